/**
 * The PDF export's own words, in Bahasa Indonesia and English, shaped like messages.ts
 * (kept here so the export can grow without edits to a file other actions share). Every
 * failure says that no file was made: the coordinator must not go looking for a half report.
 */
import type { Lang } from '../../core';
import { fill } from '../messages';

const NOTHING_SAVED = ['Tidak ada berkas yang dibuat.', 'No file was made.'] as const;

const TEXT = {
  preparing: ['Menyiapkan PDF dari lima tabel…', 'Preparing the PDF of the five tables…'],
  noTables: [
    'Tabel belum dibuat, atau ada lembar tabel yang terhapus. Jalankan Pranata › Buat Tabel dulu, lalu Ekspor PDF lagi.',
    'The tables have not been made, or a table sheet was deleted. Run Pranata › Make Tables first, then Export PDF again.',
  ],
  stale: [
    'Data, pengaturan, atau daftar kategori sudah berubah sejak tabel dibuat ({madeAt}). Buat ulang tabel dulu?\n\nYa: buat ulang, lalu ekspor.\nTidak: ekspor tabel yang ada.\nBatal: tidak jadi mengekspor.',
    'The data, settings or category lists have changed since the tables were made ({madeAt}). Remake the tables first?\n\nYes: remake them, then export.\nNo: export the tables as they are.\nCancel: do not export.',
  ],
  staleUnknown: [
    'Tidak tercatat kapan tabel dibuat, jadi tidak dapat dipastikan tabel sesuai dengan data. Buat ulang tabel dulu?\n\nYa: buat ulang, lalu ekspor.\nTidak: ekspor tabel yang ada.\nBatal: tidak jadi mengekspor.',
    'There is no record of when the tables were made, so they may not match the data. Remake the tables first?\n\nYes: remake them, then export.\nNo: export the tables as they are.\nCancel: do not export.',
  ],
  table: ['Tabel {n}', 'Table {n}'],
  denied: [
    'Google menolak ekspor {table} (HTTP {status}): Pranata belum diberi izin, atau izinnya kedaluwarsa. Muat ulang spreadsheet, jalankan Ekspor PDF lagi dan setujui izin yang diminta. {none}',
    'Google refused to export {table} (HTTP {status}): Pranata lacks permission, or it has expired. Reload the spreadsheet, run Export PDF again and accept the permissions it asks for. {none}',
  ],
  notFound: [
    'Google tidak menemukan {table} (HTTP 404). Jalankan Pranata › Buat Tabel lagi. {none}',
    'Google did not find {table} (HTTP 404). Run Pranata › Make Tables again. {none}',
  ],
  httpFailed: [
    'Google menolak ekspor {table} (HTTP {status}). {none}',
    'Google refused to export {table} (HTTP {status}). {none}',
  ],
  busy: [
    'Google sedang sibuk (HTTP {status}) dan masih menolak ekspor {table} setelah {attempts} percobaan. Coba lagi beberapa menit lagi. {none}',
    'Google is busy (HTTP {status}) and still refused to export {table} after {attempts} tries. Try again in a few minutes. {none}',
  ],
  timeout: [
    'Ekspor dihentikan sebelum {table} agar tidak melewati batas waktu Apps Script (6 menit). Coba lagi nanti. {none}',
    'The export stopped before {table} so as not to run past Apps Script’s 6-minute limit. Try again later. {none}',
  ],
  notPdf: [
    'Google tidak mengirim PDF untuk {table} (mungkin halaman masuk akun). Coba lagi. {none}',
    'Google did not send a PDF for {table} (perhaps a sign-in page). Try again. {none}',
  ],
  network: [
    'Google tidak dapat dihubungi saat mengekspor {table}: {detail} {none}',
    'Google could not be reached while exporting {table}: {detail} {none}',
  ],
  mergeFailed: [
    'PDF dari Google tidak dapat digabung: {detail} {none}',
    'The PDFs from Google could not be merged: {detail} {none}',
  ],
  saveFailed: [
    'PDF tidak dapat disimpan ke Google Drive: {detail} {none}',
    'The PDF could not be saved to Google Drive: {detail} {none}',
  ],
  saved: [
    'Laporan disimpan di Google Drive Anda: <b>{name}</b> ({pages} halaman).',
    'The report was saved to your Google Drive: <b>{name}</b> ({pages} pages).',
  ],
  open: ['Buka PDF', 'Open the PDF'],
  close: ['Tutup', 'Close'],
} as const satisfies Record<string, readonly [string, string]>;

export type PdfMessageKey = keyof typeof TEXT;

/**
 * A message with `{name}` placeholders filled in; `{none}` is always "no file was made".
 * Values are inserted as they are: a caller putting a message into HTML escapes the values first.
 */
export function pdfSay(key: PdfMessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  const i = lang === 'id' ? 0 : 1;
  const all: Record<string, string | number> = { none: NOTHING_SAVED[i], ...vars };
  return fill(TEXT[key][i], all);
}
