/**
 * The sidebar's own words, in Bahasa Indonesia (default) and English. Field labels come from
 * the codebook (header / English alias) and value messages from core/i18n; only the form's
 * chrome (sections, buttons, notices) is written here.
 */
import { dayInWords, type Lang, type SectionId } from '../src/core';

interface Words {
  title: string;
  loading: string;
  loadFailed: string;
  requiredNote: string;
  sections: Record<SectionId, string>;
  choose: string;
  unknownOption: (value: string) => string;
  kegiatanHint: string;
  save: string;
  saveChanges: string;
  saving: string;
  shortcut: string;
  retry: string;
  saved: (row: number) => string;
  savedAlready: (row: number) => string;
  updated: (row: number) => string;
  fixFields: (n: number) => string;
  network: string;
  draftRestored: string;
  discardDraft: string;
  editing: (name: string, row: number) => string;
  cancelEdit: string;
  recentTitle: string;
  recentEmpty: string;
  recentFailed: string;
  edit: string;
  editLabel: (name: string, row: number) => string;
  confirmReplace: string;
  rowLabel: (row: number) => string;
  opening: string;
  entryGone: string;
  badStoredDate: (value: string) => string;
  incompleteDate: string;
  where: (kelurahan: string, year: number) => string;
  unexpected: string;
  fixedBySettings: string;
  dateHint: string;
  datePlaceholder: string;
  /** yyyy-mm-dd in words: "15 Maret 2006". */
  dateInWords: (iso: string) => string;
  otherNames: string;
  aliasOption: (alias: string, label: string) => string;
  emptyForm: string;
  similar: (row: number, name: string, type: string, rw: string) => string;
  saveAnyway: string;
  openRow: (row: number) => string;
}

/** "15 Maret 2006" / "15 March 2006": the core's day in words, from yyyy-mm-dd. */
function inWords(iso: string, lang: Lang): string {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  return dayInWords(y, m, d, lang);
}

const ID: Words = {
  title: 'Formulir Kelompok',
  loading: 'Memuat formulir…',
  loadFailed: 'Formulir tidak dapat dimuat. Periksa sambungan internet lalu tekan "Coba lagi".',
  requiredNote: 'Isian bertanda * wajib diisi.',
  sections: {
    identitas: 'Identitas',
    keanggotaan: 'Keanggotaan',
    sumberDaya: 'Sumber Daya',
    kegiatan: 'Kegiatan',
    jaringan: 'Jaringan Kerja',
    pendataan: 'Pendataan',
  },
  choose: '— pilih —',
  unknownOption: (v) => `${v} (tidak dikenal)`,
  kegiatanHint: 'Misalnya arisan, simpan-pinjam, pengajian',
  save: 'Simpan',
  saveChanges: 'Simpan perubahan',
  saving: 'Menyimpan…',
  shortcut: 'Ctrl+Enter menyimpan dari isian mana pun.',
  retry: 'Coba lagi',
  saved: (row) => `Tersimpan di baris ${row}.`,
  savedAlready: (row) => `Sudah tersimpan di baris ${row} (tidak digandakan).`,
  updated: (row) => `Baris ${row} diperbarui.`,
  fixFields: (n) => (n === 1 ? 'Ada 1 isian yang perlu diperbaiki.' : `Ada ${n} isian yang perlu diperbaiki.`),
  network:
    'Tidak tersambung ke server (jaringan terputus atau waktu habis). Isian Anda tetap ada; tekan "Coba lagi".',
  draftRestored: 'Draf yang belum disimpan dipulihkan.',
  discardDraft: 'Buang draf',
  editing: (name, row) => `Mengubah baris ${row}: ${name}`,
  cancelEdit: 'Batal ubah',
  recentTitle: 'Entri terakhir Anda',
  recentEmpty: 'Belum ada entri.',
  recentFailed: 'Daftar entri terakhir tidak dapat dimuat.',
  edit: 'Ubah',
  editLabel: (name, row) => `Ubah ${name}, baris ${row}`,
  confirmReplace: 'Ganti isian?',
  rowLabel: (row) => `baris ${row}`,
  opening: 'Membuka entri…',
  entryGone: 'Entri itu tidak ditemukan lagi di lembar Data.',
  badStoredDate: (v) => `Tanggal tersimpan "${v}" tidak dapat dibaca; isi ulang.`,
  incompleteDate: 'Tanggal belum lengkap: isi hari, bulan, dan tahun.',
  where: (k, y) => (k === '' ? `Tahun survei ${y}` : `Kelurahan ${k} · tahun survei ${y}`),
  unexpected: 'Jawaban server tidak dikenali. Isian Anda tetap ada; tekan "Coba lagi".',
  fixedBySettings: 'Ditetapkan koordinator di menu Pengaturan.',
  dateHint: 'Hari/bulan/tahun, misalnya 15/03/2006 atau 15032006.',
  datePlaceholder: 'hh/bb/tttt',
  dateInWords: (iso) => inWords(iso, 'id'),
  otherNames: 'Nama lain',
  aliasOption: (a, l) => `${a} (= ${l})`,
  emptyForm: 'Formulir masih kosong; tidak ada yang disimpan. Isi kelompok berikutnya, mulai dari Nama Kelompok.',
  similar: (row, name, type, rw) =>
    `Kelompok ini mirip dengan baris ${row}: ${name} (${type}${rw === '' ? '' : `, RW ${rw}`}). Nama, jenis, dan RW-nya sama. Simpan juga sebagai kelompok baru?`,
  saveAnyway: 'Simpan juga',
  openRow: (row) => `Buka baris ${row}`,
};

const EN: Words = {
  title: 'Group Form',
  loading: 'Loading the form…',
  loadFailed: 'The form could not be loaded. Check the connection and press "Try again".',
  requiredNote: 'Fields marked * are required.',
  sections: {
    identitas: 'Identity',
    keanggotaan: 'Membership',
    sumberDaya: 'Resources',
    kegiatan: 'Activities',
    jaringan: 'Network',
    pendataan: 'Survey',
  },
  choose: '— choose —',
  unknownOption: (v) => `${v} (unknown)`,
  kegiatanHint: 'For example arisan, savings and loans, pengajian',
  save: 'Save',
  saveChanges: 'Save changes',
  saving: 'Saving…',
  shortcut: 'Ctrl+Enter saves from any field.',
  retry: 'Try again',
  saved: (row) => `Saved in row ${row}.`,
  savedAlready: (row) => `Already saved in row ${row} (not doubled).`,
  updated: (row) => `Row ${row} updated.`,
  fixFields: (n) => (n === 1 ? '1 field needs fixing.' : `${n} fields need fixing.`),
  network: 'Could not reach the server (network down or timed out). Nothing you typed is lost; press "Try again".',
  draftRestored: 'An unsaved draft was restored.',
  discardDraft: 'Discard draft',
  editing: (name, row) => `Editing row ${row}: ${name}`,
  cancelEdit: 'Cancel edit',
  recentTitle: 'Your recent entries',
  recentEmpty: 'No entries yet.',
  recentFailed: 'Recent entries could not be loaded.',
  edit: 'Edit',
  editLabel: (name, row) => `Edit ${name}, row ${row}`,
  confirmReplace: 'Replace the form?',
  rowLabel: (row) => `row ${row}`,
  opening: 'Opening the entry…',
  entryGone: 'That entry is no longer in the Data sheet.',
  badStoredDate: (v) => `The stored date "${v}" cannot be read; enter it again.`,
  incompleteDate: 'The date is incomplete: fill in day, month and year.',
  where: (k, y) => (k === '' ? `Survey year ${y}` : `Kelurahan ${k} · survey year ${y}`),
  unexpected: 'The server gave an answer the form does not know. Nothing you typed is lost; press "Try again".',
  fixedBySettings: 'Set by the coordinator in Settings.',
  dateHint: 'Day/month/year, for example 15/03/2006 or 15032006.',
  datePlaceholder: 'dd/mm/yyyy',
  dateInWords: (iso) => inWords(iso, 'en'),
  otherNames: 'Other names',
  aliasOption: (a, l) => `${a} (= ${l})`,
  emptyForm: 'The form is empty; nothing was saved. Fill in the next group, starting with Group Name.',
  similar: (row, name, type, rw) =>
    `This looks like row ${row}: ${name} (${type}${rw === '' ? '' : `, RW ${rw}`}), with the same name, type and RW. Save it as a new group anyway?`,
  saveAnyway: 'Save anyway',
  openRow: (row) => `Open row ${row}`,
};

export type { Words };

/** Every word in each language; the Words type makes each language define every one. */
const WORDS: Record<Lang, Words> = { id: ID, en: EN };

export function words(lang: Lang): Words {
  return WORDS[lang];
}
