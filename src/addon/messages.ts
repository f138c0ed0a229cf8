/**
 * The add-on's own words (menu, toasts, dialogs), in Bahasa Indonesia and English. Messages
 * about data values live in the core (src/core/i18n.ts).
 */
import type { Lang } from '../core';

const TEXT = {
  menuOpenForm: ['Buka Formulir', 'Open Form'],
  menuSetup: ['Siapkan Lembar Data', 'Set Up Data Sheet'],
  menuSettings: ['Pengaturan', 'Settings'],
  menuCheck: ['Periksa Data', 'Check Data'],
  menuTables: ['Buat Tabel', 'Make Tables'],
  menuExportPdf: ['Ekspor PDF', 'Export PDF'],
  sidebarTitle: ['Pranata: Formulir Kelompok', 'Pranata: Group Form'],
  noDataSheet: [
    'Lembar "Data" tidak ditemukan. Jalankan menu Pranata › Siapkan Lembar Data dulu.',
    'The "Data" sheet was not found. Run Pranata › Set Up Data Sheet first.',
  ],
  dataSheetUnreadable: ['Lembar Data tidak dapat dibaca.', 'The Data sheet cannot be read.'],
  lockTimeout: [
    'Lembar sedang dipakai relawan lain. Tunggu sebentar lalu tekan "Coba lagi"; isian Anda tidak hilang.',
    'Another volunteer is saving right now. Wait a moment and press "Try again"; nothing you typed is lost.',
  ],
  // Submitting from the sidebar (submit.ts).
  submitBadClientId: [
    'Formulir mengirim kode entri yang tidak sah. Muat ulang formulir lalu simpan lagi.',
    'The form sent an invalid entry code. Reload the form and save again.',
  ],
  submitNoIdColumn: [
    'Lembar Data tidak punya kolom "ID", jadi penyimpanan tidak bisa dijaga dari data ganda. Jalankan menu Pranata › Siapkan Lembar Data dulu.',
    'The Data sheet has no "ID" column, so saving cannot be kept safe from doubled rows. Run Pranata › Set Up Data Sheet first.',
  ],
  submitNotFound: [
    'Entri ini tidak ada lagi di lembar Data (mungkin barisnya dihapus). Simpan sebagai entri baru bila masih diperlukan.',
    'This entry is no longer in the Data sheet (its row may have been deleted). Save it as a new entry if it is still needed.',
  ],
  submitFailed: [
    'Penyimpanan gagal; isian Anda tidak hilang. Coba lagi sebentar lagi.',
    'Saving failed; nothing you typed is lost. Try again in a moment.',
  ],
  // Menu actions: set-up, checks, tables, settings (setup.ts, check.ts, tables-sheet.ts, dialogs.ts).
  toastTitle: ['Pranata', 'Pranata'],
  setupDone: [
    'Lembar "{sheet}" siap: {added} judul kolom ditambahkan, {rows} baris data tetap utuh.',
    'Sheet "{sheet}" is ready: {added} column headers added, {rows} data rows kept as they were.',
  ],
  setupOtherSheet: [
    'Lembar "Data" berisi tabel lain, jadi tidak diubah; lembar data dibuat sebagai "{sheet}".',
    'The sheet "Data" holds another table, so it was left alone; the data sheet is "{sheet}".',
  ],
  setupNoHeader: [
    'Baris judul kolom di lembar "{sheet}" tidak dikenali dan baris 1 tidak kosong; tidak ada yang diubah. Tulis judul kolom (misalnya "Nama Kelompok") di baris 1 lalu jalankan lagi.',
    'The header row of sheet "{sheet}" was not recognised and row 1 is not empty; nothing was changed. Write the column headers (e.g. "Nama Kelompok") in row 1 and run again.',
  ],
  setupSettingsHint: [
    'Isi nama kelurahan dan tahun survei di Pranata › Pengaturan.',
    'Fill in the kelurahan and survey year in Pranata › Settings.',
  ],
  headerProtection: [
    'Judul kolom Pranata: mengubahnya membuat pemeriksaan dan tabel salah.',
    'Pranata column headers: changing them breaks the checks and the tables.',
  ],
  dropdownHelp: [
    'Pilih dari daftar di lembar Kategori. Nilai lain (misalnya singkatan) boleh, tetapi akan ditandai.',
    'Choose from the list on the Kategori sheet. Other values (an abbreviation, say) are allowed but flagged.',
  ],
  kategoriNote: [
    'Daftar pilihan. Tambahkan jenis baru dengan menyisipkan baris di dalam kelompok daftarnya (kolom Daftar sama), lalu jalankan Pranata › Siapkan Lembar Data agar muncul di pilihan. Alias dipisah dengan ";".',
    'The choice lists. Add a new type by inserting a row inside its list (same Daftar), then run Pranata › Set Up Data Sheet so it appears in the dropdowns. Separate aliases with ";".',
  ],
  checkSummary: [
    '{valid} baris sah, {invalid} tidak sah, {warnings} peringatan.',
    '{valid} rows valid, {invalid} invalid, {warnings} warnings.',
  ],
  checkListed: [
    'Lembar "{sheet}" memuat {listed} masalah pertama dari {total}.',
    'Sheet "{sheet}" lists the first {listed} of {total} issues.',
  ],
  validasiHeaders: ['Baris|Kolom|Nilai|Pesan|Tingkat|Sel', 'Row|Column|Value|Message|Severity|Cell'],
  validasiNone: ['Tidak ada masalah: semua baris sah.', 'No issues: every row is valid.'],
  validasiMore: ['… dan {more} masalah lagi (sel-selnya tetap ditandai di lembar Data).', '… and {more} more issues (their cells are still marked on the Data sheet).'],
  severityError: ['galat', 'error'],
  severityWarning: ['peringatan', 'warning'],
  tablesDone: [
    'Lima tabel dibuat dari {valid} baris sah; {invalid} baris tidak sah tidak dihitung.',
    'Five tables made from {valid} valid rows; {invalid} invalid rows were left out.',
  ],
  settingsTitle: ['Pengaturan Pranata', 'Pranata Settings'],
  settingsKelurahan: ['Kelurahan', 'Kelurahan'],
  settingsSurveyYear: ['Tahun survei', 'Survey year'],
  settingsAgeYears: ['Batas umur kelompok (tahun), Tabel 1', 'Group age threshold (years), Table 1'],
  settingsMembersSmall: ['Anggota paling banyak untuk kelompok kecil, Tabel 3', 'Most members of a small group, Table 3'],
  settingsMembersLarge: ['Anggota paling banyak untuk kelompok sedang, Tabel 3', 'Most members of a medium group, Table 3'],
  settingsSave: ['Simpan', 'Save'],
  settingsCancel: ['Batal', 'Cancel'],
  settingsSaved: ['Pengaturan disimpan.', 'Settings saved.'],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageKey = keyof typeof TEXT;

export function say(key: MessageKey, lang: Lang): string {
  return TEXT[key][lang === 'id' ? 0 : 1];
}

/** A message with `{name}` placeholders filled in (numbers printed as they are). */
export function sayf(key: MessageKey, lang: Lang, vars: Record<string, string | number>): string {
  return say(key, lang).replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
