/**
 * The add-on's own words (menu, toasts, dialogs, the PDF export), in Bahasa Indonesia and
 * English, in one table per language: EN is typed Record<MessageKey, string>, so it must
 * define every word ID does. Messages about data values and the issue lists' words live in
 * the core (src/core/i18n.ts), the report's words in src/report/labels.ts. A message that
 * goes into HTML has its values escaped by the caller.
 */
import type { Lang } from '../core';

const ID = {
  menuOpenForm: 'Buka Formulir',
  menuSetup: 'Siapkan Lembar Data',
  menuSettings: 'Pengaturan',
  menuCheck: 'Periksa Data',
  menuTables: 'Buat Tabel',
  menuExportPdf: 'Ekspor PDF',
  menuRekap: 'Rekap Pendataan',
  menuCompare: 'Bandingkan dengan Putaran Lalu',
  sidebarTitle: 'Pranata: Formulir Kelompok',
  noDataSheet: 'Lembar "Data" tidak ditemukan. Jalankan menu Pranata › Siapkan Lembar Data dulu. Bila data kelompok sudah ada di lembar dengan nama lain, ganti dulu nama lembar itu menjadi "Data".',
  noDataSheetElsewhere: 'Lembar "Data" tidak ditemukan, tetapi lembar "{sheet}" berisi judul kolom data kelompok. Bila itu lembar data Anda, ganti namanya menjadi "Data", lalu jalankan menu Pranata › Siapkan Lembar Data.',
  ownedCopy: 'Lembar "{copy}" ditandai sebagai lembar Pranata yang sama dengan "{kept}" (mungkin salinannya). Pranata tetap memakai "{kept}" dan kini menganggap "{copy}" lembar biasa milik Anda; isinya tidak diubah. Hapus "{copy}" bila tidak diperlukan.',
  ownedAmbiguous: 'Lembar {sheets} sama-sama ditandai sebagai lembar Pranata yang sama (mungkin salah satunya salinan), dan Pranata tidak tahu mana yang asli, jadi tidak menulis ke lembar-lembar itu. Hapus salinannya atau beri nama lain, lalu coba lagi.',
  dataSheetUnreadable: 'Lembar Data tidak dapat dibaca.',
  hintMissingColumns: 'Bila kolom itu terhapus, kembalikan dengan Edit › Urungkan atau File › Histori versi; atau jalankan Pranata › Siapkan Lembar Data untuk menambahkan judul kolom yang hilang di ujung kanan, lalu isi kolomnya.',
  hintMergedHeader: 'Baris judul kolom berisi sel yang digabung ({ranges}); sel gabungan hanya menyimpan judul sel pertamanya. Pisahkan sel itu (Format › Gabungkan sel) dan tulis lagi judul setiap kolom.',
  hintNoHeader: 'Jalankan menu Pranata › Siapkan Lembar Data untuk menulis judul kolom.',
  spreadsheetFull: 'Spreadsheet ini sudah penuh: Google Sheets menampung paling banyak 10.000.000 sel per spreadsheet (semua lembar, termasuk sel kosong). Sekarang ada {cells} sel, dan tindakan ini perlu {wanted} sel lagi. Tidak ada data yang diubah. Hapus baris atau kolom kosong yang tidak dipakai (di lembar mana pun), atau pindahkan data lama ke spreadsheet baru, lalu coba lagi.',
  largeSheetCheck: 'Lembar Data berisi {rows} baris dan {columns} kolom ({cells} sel). Pada lembar sebesar ini Periksa Data bisa berjalan beberapa menit dan dihentikan oleh batas 6 menit Google sebelum selesai; tanda pada sel dan lembar Validasi lalu belum diperbarui. Bila ada isian nyasar jauh di bawah data, hapus dulu baris-baris itu. Lanjutkan?',
  largeSheetTables: 'Lembar Data berisi {rows} baris dan {columns} kolom ({cells} sel). Pada lembar sebesar ini Buat Tabel bisa berjalan beberapa menit dan dihentikan oleh batas 6 menit Google sebelum selesai; sebagian tabel lalu belum diperbarui. Bila ada isian nyasar jauh di bawah data, hapus dulu baris-baris itu. Lanjutkan?',
  lockTimeout: 'Lembar sedang dipakai relawan lain. Tunggu sebentar lalu tekan "Coba lagi"; isian Anda tidak hilang.',
  // Submitting from the sidebar (submit.ts).
  submitBadClientId: 'Formulir mengirim kode entri yang tidak sah. Muat ulang formulir lalu simpan lagi.',
  submitNoIdColumn: 'Lembar Data tidak punya kolom "ID", jadi penyimpanan tidak bisa dijaga dari data ganda. Jalankan menu Pranata › Siapkan Lembar Data dulu.',
  submitNotFound: 'Entri ini tidak ada lagi di lembar Data (mungkin barisnya dihapus). Simpan sebagai entri baru bila masih diperlukan.',
  submitFailed: 'Penyimpanan gagal; isian Anda tidak hilang. Coba lagi sebentar lagi.',
  // Menu actions: set-up, checks, tables, settings (setup.ts, check.ts, tables-sheet.ts, dialogs.ts).
  toastTitle: 'Pranata',
  setupDone: 'Lembar "{sheet}" siap: {added} judul kolom ditambahkan, {rows} baris data tetap utuh.',
  setupOtherSheet: 'Lembar "Data" berisi tabel lain, jadi tidak diubah; lembar data dibuat sebagai "{sheet}".',
  setupNoHeader: 'Baris judul kolom di lembar "{sheet}" tidak dikenali dan baris 1 tidak kosong; tidak ada yang diubah. Tulis judul kolom (misalnya "Nama Kelompok") di baris 1 lalu jalankan lagi.',
  setupElsewhere: 'Lembar "Data" belum ada, tetapi lembar "{sheet}" berisi judul kolom data kelompok; tidak ada yang diubah. Bila itu lembar data Anda, ganti namanya menjadi "Data" lalu jalankan menu ini lagi. Bila Anda ingin lembar data baru yang kosong, buat lembar kosong bernama "Data" lalu jalankan menu ini lagi.',
  setupMergedHeader: 'Baris judul kolom di lembar "{sheet}" berisi sel yang digabung ({ranges}); tidak ada yang diubah. Sel gabungan hanya menyimpan judul sel pertamanya, jadi judul kolom lain di dalamnya hilang. Pisahkan sel itu (Format › Gabungkan sel), tulis lagi judul setiap kolom, lalu jalankan menu ini lagi.',
  setupColumnsEmpty: 'Kolom yang ditambahkan ({headers}) masih kosong pada {rows} baris yang sudah ada: isi kolom itu, lalu jalankan Periksa Data.',
  setupHeaderProblem: 'Perhatian: {problem}',
  // The Petunjuk sheet (petunjuk-sheet.ts): a volunteer's guide to entering a group on a phone.
  petunjukTitle: 'Panduan HP: menambah kelompok dari aplikasi Google Sheets',
  petunjukSteps: [
      '1. Buka aplikasi Google Sheets di HP, buka spreadsheet ini, lalu pilih lembar "{data}" di bagian bawah layar.',
      '2. Gulir ke baris kosong pertama di bawah data. Ketuk sel di kolom Nama Kelompok dan ketik nama kelompoknya; isi sel lain di baris yang sama ke arah kanan.',
      '3. Jenis Kelompok, Tujuan, Pendidikan Pengurus, dan Jaringan Kerja: ketuk sel, lalu pilih dari daftar. Arti setiap pilihan dan nama lainnya ada di lembar "{kategori}" (misalnya SLTA = Sekolah Menengah Tingkat Atas).',
      '4. RW, RT, Tahun Berdiri, dan Jumlah Anggota: tulis angka saja, misalnya 12. Tanggal Pendataan: hari/bulan/tahun, misalnya 15/03/2006.',
      '5. Setiap baris diperiksa begitu diketik. Sel yang salah berwarna merah muda; kuning berarti mungkin kelompok yang sama sudah ada. Ketuk sel itu untuk membaca catatannya: di situ tertulis apa yang salah dan apa yang boleh. Setelah diperbaiki, warnanya hilang sendiri.',
      '6. Kolom ID dan Waktu Pencatatan diisi otomatis; biarkan saja. Jangan mengubah baris judul kolom.',
      '7. Di komputer ada juga menu Ekstensi › Pranata › Buka Formulir untuk mengisi lewat formulir.',
    ].join('\n'),
  // The checks on edit (edit-trigger.ts): said by set-up, because they run as this account.
  setupChecksOn: 'Pemeriksaan otomatis aktif: setiap baris yang diketik di lembar Data, juga dari aplikasi Google Sheets di HP, langsung diperiksa dan sel yang salah ditandai. Pemeriksaan berjalan atas nama akun Anda, untuk semua relawan.',
  setupChecksFailed: 'Pemeriksaan otomatis belum dapat dipasang (izin "menjalankan saat Anda tidak ada" belum diberikan). Jalankan Siapkan Lembar Data lagi dan setujui izinnya; sampai itu, pakai Periksa Data.',
  setupSettingsHint: 'Isi nama kelurahan dan tahun survei di Pranata › Pengaturan.',
  headerProtection: 'Judul kolom Pranata: mengubahnya membuat pemeriksaan dan tabel salah.',
  dropdownHelp: 'Pilih dari daftar di lembar Kategori. Nilai lain (misalnya singkatan) boleh, tetapi akan ditandai.',
  kategoriNote: 'Daftar pilihan. Tambahkan jenis baru dengan menyisipkan baris di dalam kelompok daftarnya (kolom Daftar sama), lalu jalankan Pranata › Siapkan Lembar Data agar muncul di pilihan. Alias dipisah dengan ";".',
  checkSummary: '{valid} baris sah, {invalid} tidak sah, {warnings} peringatan.',
  checkNoRows: 'Lembar Data belum berisi baris data di bawah judul kolom. Isi data lewat Pranata › Buka Formulir atau ketik di lembar Data, lalu periksa lagi.',
  checkListed: 'Lembar "{sheet}" memuat {listed} masalah pertama dari {total}.',
  validasiNone: 'Tidak ada masalah: semua baris sah.',
  validasiMore: '… dan {more} masalah lagi (sel-selnya tetap ditandai di lembar Data).',
  tablesDone: '{tables} tabel dibuat dari {valid} baris sah; {invalid} baris tidak sah tidak dihitung.',
  tablesChartFailed: 'Grafik untuk {tables} tidak dapat dibuat; angka tabelnya tetap ditulis. Jalankan Buat Tabel lagi.',
  tablesNoRows: 'Lembar Data belum berisi baris data, jadi semua tabel berisi angka 0. Isi data lewat Pranata › Buka Formulir atau ketik di lembar Data, lalu jalankan Buat Tabel lagi.',
  rekapDone: 'Rekap dibuat dari {read} baris ({valid} sah, {invalid} tidak sah): lembar Rekap RW dan Rekap Petugas.',
  compareAsk: 'Nama lembar berisi data putaran lalu (misalnya yang ditempel dari berkas 2006). Lembar yang ada: {sheets}.',
  compareNoSheet: 'Lembar "{sheet}" tidak ada. Lembar yang ada: {sheets}.',
  compareSameSheet: 'Lembar "{sheet}" adalah lembar Data putaran kini; pilih lembar putaran lalu.',
  compareUnreadable: 'Lembar "{sheet}" tidak dapat dibaca sebagai data kelompok.',
  compareDone: 'Dibandingkan dengan "{sheet}": {new} kelompok baru, {gone} hilang, {continuing} berlanjut, {ambiguous} tidak pasti. Lihat lembar Perbandingan dan Perubahan Kelompok.',
  settingsTitle: 'Pengaturan Pranata',
  settingsKelurahan: 'Kelurahan',
  settingsSurveyYear: 'Tahun survei',
  settingsAgeYears: 'Batas umur kelompok (tahun), Tabel 1',
  settingsMembersSmall: 'Anggota paling banyak untuk kelompok kecil, Tabel 3',
  settingsMembersLarge: 'Anggota paling banyak untuk kelompok sedang, Tabel 3',
  settingsTenureShort: 'Lama kepengurusan paling lama untuk kelompok pertama (tahun), Tabel 7',
  settingsTenureLong: 'Lama kepengurusan paling lama untuk kelompok kedua (tahun), Tabel 7',
  settingsSave: 'Simpan',
  settingsCancel: 'Batal',
  settingsSaved: 'Pengaturan disimpan.',
  // Ekspor PDF (pdf-export.ts, pdf/): a failure says no file was made, so no one looks for a half report.
  pdfPreparing: 'Menyusun laporan PDF dari lembar Data…',
  pdfRenderFailed: 'Laporan PDF tidak dapat dibuat: {detail} Tidak ada berkas yang dibuat.',
  pdfReady: 'Laporan siap: <b>{name}</b> ({pages} halaman).',
  pdfDownload: 'Unduh PDF',
  pdfSaveDrive: 'Simpan ke Drive',
  pdfSaving: 'Menyimpan ke Google Drive…',
  pdfSavedDrive: 'Disimpan di Google Drive Anda:',
  pdfSaveFailed: 'PDF tidak dapat disimpan ke Google Drive: {detail} Unduh PDF tetap bisa dipakai.',
  pdfDriveMissing: 'Layanan lanjutan Drive tidak aktif untuk Pranata, jadi PDF tidak dapat disimpan ke Drive. Gunakan Unduh PDF.',
  pdfBad: 'Data PDF yang diterima rusak. Jalankan Ekspor PDF lagi.',
  pdfClose: 'Tutup',
} as const;

export type MessageKey = keyof typeof ID;

const EN: Record<MessageKey, string> = {
  menuOpenForm: 'Open Form',
  menuSetup: 'Set Up Data Sheet',
  menuSettings: 'Settings',
  menuCheck: 'Check Data',
  menuTables: 'Make Tables',
  menuExportPdf: 'Export PDF',
  menuRekap: 'Survey Progress',
  menuCompare: 'Compare with the Last Round',
  sidebarTitle: 'Pranata: Group Form',
  noDataSheet: 'The "Data" sheet was not found. Run Pranata › Set Up Data Sheet first. If the group data is already in a sheet with another name, rename that sheet to "Data" first.',
  noDataSheetElsewhere: 'The "Data" sheet was not found, but sheet "{sheet}" has the group data\'s column headers. If that is your data sheet, rename it to "Data", then run Pranata › Set Up Data Sheet.',
  ownedCopy: 'Sheet "{copy}" is marked as the same Pranata sheet as "{kept}" (probably a copy of it). Pranata keeps using "{kept}" and now treats "{copy}" as an ordinary sheet of yours; its contents were not changed. Delete "{copy}" if you do not need it.',
  ownedAmbiguous: 'Sheets {sheets} are all marked as the same Pranata sheet (one is probably a copy), and Pranata cannot tell which is the original, so it writes to none of them. Delete the copy or give it another name, then try again.',
  dataSheetUnreadable: 'The Data sheet cannot be read.',
  hintMissingColumns: 'If the column was deleted, bring it back with Edit › Undo or File › Version history; or run Pranata › Set Up Data Sheet to add the missing headers at the right-hand end, then fill in the column.',
  hintMergedHeader: 'The header row has merged cells ({ranges}); a merged cell keeps only the header of its first cell. Unmerge them (Format › Merge cells) and write each column\'s header again.',
  hintNoHeader: 'Run Pranata › Set Up Data Sheet to write the column headers.',
  spreadsheetFull: 'This spreadsheet is full: Google Sheets holds at most 10,000,000 cells per spreadsheet (all sheets, empty cells included). It has {cells} cells now, and this action needs {wanted} more. No data was changed. Delete unused empty rows or columns (in any sheet), or move old data to a new spreadsheet, then try again.',
  largeSheetCheck: 'The Data sheet has {rows} rows and {columns} columns ({cells} cells). On a sheet this large Check Data may run for several minutes and be stopped by Google\'s 6-minute limit before it ends; the cell marks and the Validasi sheet would then not be updated. If something was typed far below the data, delete those rows first. Continue?',
  largeSheetTables: 'The Data sheet has {rows} rows and {columns} columns ({cells} cells). On a sheet this large Make Tables may run for several minutes and be stopped by Google\'s 6-minute limit before it ends; some tables would then not be updated. If something was typed far below the data, delete those rows first. Continue?',
  lockTimeout: 'Another volunteer is saving right now. Wait a moment and press "Try again"; nothing you typed is lost.',
  submitBadClientId: 'The form sent an invalid entry code. Reload the form and save again.',
  submitNoIdColumn: 'The Data sheet has no "ID" column, so saving cannot be kept safe from doubled rows. Run Pranata › Set Up Data Sheet first.',
  submitNotFound: 'This entry is no longer in the Data sheet (its row may have been deleted). Save it as a new entry if it is still needed.',
  submitFailed: 'Saving failed; nothing you typed is lost. Try again in a moment.',
  toastTitle: 'Pranata',
  setupDone: 'Sheet "{sheet}" is ready: {added} column headers added, {rows} data rows kept as they were.',
  setupOtherSheet: 'The sheet "Data" holds another table, so it was left alone; the data sheet is "{sheet}".',
  setupNoHeader: 'The header row of sheet "{sheet}" was not recognised and row 1 is not empty; nothing was changed. Write the column headers (e.g. "Nama Kelompok") in row 1 and run again.',
  setupElsewhere: 'There is no "Data" sheet yet, but sheet "{sheet}" has the group data\'s column headers; nothing was changed. If that is your data sheet, rename it to "Data" and run this menu again. If you want a new, empty data sheet, add an empty sheet named "Data" and run this menu again.',
  setupMergedHeader: 'The header row of sheet "{sheet}" has merged cells ({ranges}); nothing was changed. A merged cell keeps only the header of its first cell, so the other headers in it are lost. Unmerge them (Format › Merge cells), write each column\'s header again, then run this menu again.',
  setupColumnsEmpty: 'The added columns ({headers}) are still empty in the {rows} rows already there: fill them in, then run Check Data.',
  setupHeaderProblem: 'Note: {problem}',
  petunjukTitle: 'Phone guide: adding a group from the Google Sheets app',
  petunjukSteps: [
      '1. Open the Google Sheets app on the phone, open this spreadsheet, then pick the "{data}" sheet at the bottom of the screen.',
      '2. Scroll to the first empty row below the data. Tap the cell in the Group Name column and type the group\'s name; fill the other cells of the same row to the right.',
      '3. Group Type, Purpose, Leader Education and Network: tap the cell, then pick from the list. What each choice means, and its other names, is in the "{kategori}" sheet (SLTA = Sekolah Menengah Tingkat Atas, for example).',
      '4. RW, RT, Year Founded and Members: digits only, for example 12. Survey Date: day/month/year, for example 15/03/2006.',
      '5. Every row is checked as it is typed. A wrong cell turns pink; yellow means the same group may already be there. Tap the cell to read its note: it says what is wrong and what is allowed. Once fixed, the colour goes by itself.',
      '6. The ID and Waktu Pencatatan columns are filled automatically; leave them. Do not change the header row.',
      '7. On a computer there is also Extensions › Pranata › Open Form to enter a group through a form.',
    ].join('\n'),
  setupChecksOn: 'Automatic checks are on: every row typed into the Data sheet, also from the Google Sheets app on a phone, is checked at once and wrong cells are marked. The checks run as your account, for every volunteer.',
  setupChecksFailed: 'Automatic checks could not be turned on (the permission to "run when you are not present" was not granted). Run Set Up Data Sheet again and allow it; until then, use Check Data.',
  setupSettingsHint: 'Fill in the kelurahan and survey year in Pranata › Settings.',
  headerProtection: 'Pranata column headers: changing them breaks the checks and the tables.',
  dropdownHelp: 'Choose from the list on the Kategori sheet. Other values (an abbreviation, say) are allowed but flagged.',
  kategoriNote: 'The choice lists. Add a new type by inserting a row inside its list (same Daftar), then run Pranata › Set Up Data Sheet so it appears in the dropdowns. Separate aliases with ";".',
  checkSummary: '{valid} rows valid, {invalid} invalid, {warnings} warnings.',
  checkNoRows: 'The Data sheet has no data rows under its header yet. Add groups with Pranata › Open Form or type them into the Data sheet, then check again.',
  checkListed: 'Sheet "{sheet}" lists the first {listed} of {total} issues.',
  validasiNone: 'No issues: every row is valid.',
  validasiMore: '… and {more} more issues (their cells are still marked on the Data sheet).',
  tablesDone: '{tables} tables made from {valid} valid rows; {invalid} invalid rows were left out.',
  tablesChartFailed: 'The chart of {tables} could not be made; its numbers were written. Run Make Tables again.',
  tablesNoRows: 'The Data sheet has no data rows yet, so every table shows 0. Add groups with Pranata › Open Form or type them into the Data sheet, then run Make Tables again.',
  rekapDone: 'Progress made from {read} rows ({valid} valid, {invalid} invalid): sheets Rekap RW and Rekap Petugas.',
  compareAsk: 'Name of the sheet holding the last round\'s data (for example one pasted from the 2006 file). Sheets: {sheets}.',
  compareNoSheet: 'There is no sheet "{sheet}". Sheets: {sheets}.',
  compareSameSheet: 'Sheet "{sheet}" is the current round\'s Data sheet; pick the last round\'s sheet.',
  compareUnreadable: 'Sheet "{sheet}" cannot be read as group data.',
  compareDone: 'Compared with "{sheet}": {new} groups new, {gone} gone, {continuing} continuing, {ambiguous} ambiguous. See the sheets Comparison and Group Changes.',
  settingsTitle: 'Pranata Settings',
  settingsKelurahan: 'Kelurahan',
  settingsSurveyYear: 'Survey year',
  settingsAgeYears: 'Group age threshold (years), Table 1',
  settingsMembersSmall: 'Most members of a small group, Table 3',
  settingsMembersLarge: 'Most members of a medium group, Table 3',
  settingsTenureShort: 'Longest tenure of the first bucket (years), Table 7',
  settingsTenureLong: 'Longest tenure of the second bucket (years), Table 7',
  settingsSave: 'Save',
  settingsCancel: 'Cancel',
  settingsSaved: 'Settings saved.',
  pdfPreparing: 'Making the PDF report from the Data sheet…',
  pdfRenderFailed: 'The PDF report could not be made: {detail} No file was made.',
  pdfReady: 'The report is ready: <b>{name}</b> ({pages} pages).',
  pdfDownload: 'Download PDF',
  pdfSaveDrive: 'Save to Drive',
  pdfSaving: 'Saving to Google Drive…',
  pdfSavedDrive: 'Saved to your Google Drive:',
  pdfSaveFailed: 'The PDF could not be saved to Google Drive: {detail} Download PDF still works.',
  pdfDriveMissing: 'The Drive advanced service is not enabled for Pranata, so the PDF cannot be saved to Drive. Use Download PDF.',
  pdfBad: 'The PDF data received is damaged. Run Export PDF again.',
  pdfClose: 'Close',
};

/** Every word in each language: EN's type makes it define every key of ID, and no other. */
const WORDS: Record<Lang, Record<MessageKey, string>> = { id: ID, en: EN };


export function say(key: MessageKey, lang: Lang): string {
  return WORDS[lang][key];
}

/** A message with `{name}` placeholders filled in (numbers printed as they are). */
export function sayf(key: MessageKey, lang: Lang, vars: Record<string, string | number>): string {
  return fill(say(key, lang), vars);
}

/** `{name}` placeholders filled from `vars`; an unknown name stays as it is. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
