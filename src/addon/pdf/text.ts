/**
 * The PDF export's own words, in Bahasa Indonesia and English, shaped like messages.ts
 * (kept here so the export can grow without edits to a file other actions share). A failure
 * to make the report says that no file was made: no one goes looking for a half report.
 */
import type { Lang } from '../../core';
import { fill } from '../messages';

const NOTHING_SAVED = ['Tidak ada berkas yang dibuat.', 'No file was made.'] as const;

const TEXT = {
  preparing: ['Menyusun laporan PDF dari lembar Data…', 'Making the PDF report from the Data sheet…'],
  renderFailed: ['Laporan PDF tidak dapat dibuat: {detail} {none}', 'The PDF report could not be made: {detail} {none}'],
  ready: ['Laporan siap: <b>{name}</b> ({pages} halaman).', 'The report is ready: <b>{name}</b> ({pages} pages).'],
  replaced: [
    '{n} karakter di luar huruf Latin dicetak sebagai \uFFFD.',
    '{n} characters outside the Latin alphabet are printed as \uFFFD.',
  ],
  download: ['Unduh PDF', 'Download PDF'],
  saveDrive: ['Simpan ke Drive', 'Save to Drive'],
  saving: ['Menyimpan ke Google Drive…', 'Saving to Google Drive…'],
  savedDrive: ['Disimpan di Google Drive Anda:', 'Saved to your Google Drive:'],
  saveFailed: [
    'PDF tidak dapat disimpan ke Google Drive: {detail} Unduh PDF tetap bisa dipakai.',
    'The PDF could not be saved to Google Drive: {detail} Download PDF still works.',
  ],
  driveMissing: [
    'Layanan lanjutan Drive tidak aktif untuk Pranata, jadi PDF tidak dapat disimpan ke Drive. Gunakan Unduh PDF.',
    'The Drive advanced service is not enabled for Pranata, so the PDF cannot be saved to Drive. Use Download PDF.',
  ],
  badPdf: [
    'Data PDF yang diterima rusak. Jalankan Ekspor PDF lagi.',
    'The PDF data received is damaged. Run Export PDF again.',
  ],
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
