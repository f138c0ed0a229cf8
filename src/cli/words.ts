/**
 * The command line's own words (usage, argument and file errors, notes on stderr, the text
 * and XLSX writers' own lines), in Bahasa Indonesia (default) and English. One shape,
 * Record<Lang, CliWords>: the type checker refuses a language that leaves a word out. The
 * options' help lines stay beside their options (args.ts, a Record<Lang, string> each); value
 * messages and the issue lists' words are the core's (core/i18n.ts), the report's its own
 * (report/labels.ts).
 */
import type { Lang } from '../core';

export interface CliWords {
  /** Usage (args.ts). */
  banner: string;
  usage: string;
  commands: string;
  optionsOf(command: string): string;
  exitCodes: string;
  seeHelp: string;
  /** Argument errors (args.ts). */
  baseRequired: string;
  codebookFormat: string;
  xlsformNeedsOut: string;
  xlsformOutXlsx(out: string): string;
  wholeBetween(name: string, min: number, max: number, value: string): string;
  twoIncreasing(name: string, example: string): string;
  formatOneOf(formats: string): string;
  formatUnknownFromOut(out: string): string;
  formatContradictsOut(given: string, out: string, ext: string, implied: string): string;
  inputRequired: string;
  unknownOption(flag: string): string;
  optionNeedsValue(flag: string): string;
  noCommand: string;
  langIdOrEn: string;
  unknownCommand(command: string, names: string): string;
  unexpectedArgument(args: string): string;
  optionNotFor(option: string, command: string): string;
  mapShape(m: string): string;
  /** The closing block's flags (args.ts). */
  closingNeedsName(flag: string): string;
  closingNeedsPlace: string;
  closingOnlyPdf(format: string): string;
  closingBlank(flag: string): string;
  nipDigits(value: string, digits: number): string;
  /** Files (main.ts). */
  categoriesNotFound(path: string): string;
  categoriesNotJson(path: string): string;
  categoriesExtension(path: string): string;
  mapFileNotFound(path: string): string;
  mapFileJson(path: string): string;
  mapFileExtension(path: string): string;
  fileNotFound(path: string): string;
  /** Several inputs, a folder (inputs.ts). */
  byOnlyKelurahan(value: string): string;
  folderEmpty(path: string): string;
  givenTwice(file: string, before: string): string;
  readFiles(count: number, files: string): string;
  notUtf8: string;
  sheetNotFound(wanted: string, available: string): string;
  xlsxUnreadable(path: string): string;
  /** `ext` is '' for a file name without an extension. */
  unknownFormat(ext: string): string;
  replacedInPdf(n: number): string;
  written(out: string, read: number, valid: number, invalid: number): string;
  writtenXlsform(out: string): string;
  formatNeedsOut(format: string): string;
  failed: string;
  /** The Rekap's target file (register.ts). */
  targetNotFound(path: string): string;
  targetXlsxUnreadable(path: string): string;
  targetExtension(path: string): string;
  /** The text writer (text.ts); `place` is CORE_WORDS' place of the kelurahan covered ('' for none). */
  summary(place: string, year: number, read: number, valid: number, invalid: number, blank: number): string;
  kelurahanRows(read: number, valid: number, invalid: number): string;
  noIssues: string;
  issuesHead(n: number): string;
  moreIssues(n: number): string;
  /** The XLSX writer's sheet of issues (xlsx.ts). */
  issuesSheet: string;
}

const ID: CliWords = {
  banner: 'Pranata: tabel profil pranata sosial (WKSBM) dari berkas pendataan.',
  usage: 'Pemakaian:',
  commands: 'Perintah:',
  optionsOf: (command) => `Pilihan ${command}:`,
  exitCodes: 'Kode keluar: 0 selesai; 1 ada baris tidak sah (dengan --strict); 2 masukan tidak dapat dipakai.',
  seeHelp: 'Lihat: pranata --help',
  baseRequired: '--base BERKAS_LALU wajib diisi',
  codebookFormat: '--format codebook harus md atau json',
  xlsformNeedsOut: 'xlsform perlu --out BERKAS.xlsx',
  xlsformOutXlsx: (out) => `--out xlsform harus berkas .xlsx, bukan "${out}"`,
  wholeBetween: (name, min, max, v) => `--${name} harus bilangan bulat ${min}–${max}, bukan "${v}"`,
  twoIncreasing: (name, example) => `--${name} harus dua angka naik, misalnya ${example}`,
  formatOneOf: (formats) => `--format harus salah satu dari ${formats}`,
  formatUnknownFromOut: (out) => `format tidak dapat ditentukan dari "${out}": pakai ekstensi .pdf, .xlsx, .json atau .txt, atau tambahkan --format`,
  formatContradictsOut: (given, out, ext, implied) => `--format ${given} bertentangan dengan --out ${out} (berkas ${ext} berarti ${implied})`,
  inputRequired: '--input BERKAS wajib diisi',
  unknownOption: (flag) => `pilihan tidak dikenal: ${flag}`,
  optionNeedsValue: (flag) => `pilihan ${flag} perlu nilai`,
  noCommand: 'perintah belum diberikan',
  langIdOrEn: '--lang harus id atau en',
  unknownCommand: (command, names) => `perintah tidak dikenal "${command}" (yang ada: ${names})`,
  unexpectedArgument: (args) => `argumen tidak dikenal: ${args}`,
  optionNotFor: (option, command) => `pilihan --${option} tidak berlaku untuk ${command}`,
  mapShape: (m) => `--map harus "Kolom Anda=Kolom Pranata", bukan "${m}"`,
  closingNeedsName: (flag) => `--${flag} memerlukan --penandatangan (nama yang menandatangani laporan)`,
  closingNeedsPlace: '--penandatangan memerlukan --tempat (tempat penandatanganan, mis. --tempat Cimahi)',
  closingOnlyPdf: (format) => `--penandatangan dan blok penutupnya hanya untuk keluaran PDF (format kini: ${format}); pakai --out laporan.pdf`,
  closingBlank: (flag) => `--${flag} tidak boleh kosong`,
  nipDigits: (value, digits) => `--nip "${value}" tidak sah: NIP terdiri atas ${digits} angka (spasi boleh), mis. --nip "19651212 199003 1 005"`,
  categoriesNotFound: (path) => `Berkas kategori tidak ditemukan: ${path}`,
  categoriesNotJson: (path) => `Berkas kategori bukan JSON yang sah: ${path}`,
  categoriesExtension: (path) => `Berkas kategori harus .json atau .csv: ${path}`,
  mapFileNotFound: (path) => `Berkas pemetaan kolom tidak ditemukan: ${path}`,
  mapFileJson: (path) => `Berkas pemetaan kolom harus JSON {"Kolom Anda": "Kolom Pranata"}: ${path}`,
  mapFileExtension: (path) => `Berkas pemetaan kolom harus .json atau .csv: ${path}`,
  fileNotFound: (path) => `Berkas tidak ditemukan: ${path}`,
  byOnlyKelurahan: (v) => `--by hanya mengenal kelurahan, bukan "${v}"`,
  folderEmpty: (path) => `Folder ${path} tidak berisi berkas .csv atau .xlsx.`,
  givenTwice: (file, before) => `Berkas ${file} disebut dua kali (juga sebagai ${before}).`,
  readFiles: (n, files) => `Dibaca ${n} berkas: ${files}`,
  notUtf8: 'Catatan: berkas bukan UTF-8; dibaca sebagai Windows-1252.',
  sheetNotFound: (wanted, available) => `Lembar "${wanted}" tidak ada. Lembar yang ada: ${available}.`,
  xlsxUnreadable: (path) => `Berkas XLSX tidak dapat dibaca (rusak atau bukan XLSX): ${path}`,
  unknownFormat: (ext) => `Format berkas tidak dikenal "${ext || '(tanpa ekstensi)'}": gunakan .csv atau .xlsx.`,
  replacedInPdf: (n) => `Catatan: ${n} karakter di luar huruf Latin dicetak sebagai \uFFFD di PDF.`,
  written: (out, read, valid, invalid) => `Ditulis: ${out} (${read} baris, ${valid} sah, ${invalid} tidak sah)`,
  writtenXlsform: (out) => `Ditulis: ${out} (XLSForm: survey, choices, settings)`,
  formatNeedsOut: (format) => `--format ${format} perlu --out BERKAS.${format}`,
  failed: 'gagal',
  targetNotFound: (path) => `Berkas target tidak ditemukan: ${path}`,
  targetXlsxUnreadable: (path) => `Berkas target XLSX tidak dapat dibaca: ${path}`,
  targetExtension: (path) => `Berkas target harus .csv atau .xlsx: ${path}`,
  summary: (place, year, read, valid, invalid, blank) =>
    `${place === '' ? 'Tahun' : `${place}, tahun`} pendataan ${year}: ${read} baris dibaca, ${valid} sah, ${invalid} tidak sah, ${blank} baris kosong dilewati.`,
  kelurahanRows: (read, valid, invalid) => `${read} baris dibaca, ${valid} sah, ${invalid} tidak sah.`,
  noIssues: 'Tidak ada masalah pada data.',
  issuesHead: (n) => `Masalah pada data (${n}):`,
  moreIssues: (n) => `... dan ${n} lainnya (lihat --format json atau xlsx).`,
  issuesSheet: 'Masalah',
};

const EN: CliWords = {
  banner: 'Pranata: the WKSBM social-group tables from a survey file.',
  usage: 'Usage:',
  commands: 'Commands:',
  optionsOf: (command) => `${command} options:`,
  exitCodes: 'Exit codes: 0 done; 1 invalid rows (with --strict); 2 unusable input.',
  seeHelp: 'See: pranata --help',
  baseRequired: '--base OLD_FILE is required',
  codebookFormat: 'codebook --format must be md or json',
  xlsformNeedsOut: 'xlsform needs --out FILE.xlsx',
  xlsformOutXlsx: (out) => `xlsform --out must be an .xlsx file, not "${out}"`,
  wholeBetween: (name, min, max, v) => `--${name} must be a whole number ${min}–${max}, not "${v}"`,
  twoIncreasing: (name, example) => `--${name} must be two increasing numbers, e.g. ${example}`,
  formatOneOf: (formats) => `--format must be one of ${formats}`,
  formatUnknownFromOut: (out) => `cannot tell the format from "${out}": use a .pdf, .xlsx, .json or .txt extension, or add --format`,
  formatContradictsOut: (given, out, ext, implied) => `--format ${given} contradicts --out ${out} (a ${ext} file means ${implied})`,
  inputRequired: '--input FILE is required',
  unknownOption: (flag) => `unknown option: ${flag}`,
  optionNeedsValue: (flag) => `option ${flag} needs a value`,
  noCommand: 'no command given',
  langIdOrEn: '--lang must be id or en',
  unknownCommand: (command, names) => `unknown command "${command}" (available: ${names})`,
  unexpectedArgument: (args) => `unexpected argument: ${args}`,
  optionNotFor: (option, command) => `option --${option} does not apply to ${command}`,
  mapShape: (m) => `--map must be "Your Header=Pranata Header", not "${m}"`,
  closingNeedsName: (flag) => `--${flag} needs --penandatangan (the name of who signs the report)`,
  closingNeedsPlace: '--penandatangan needs --tempat (where it is signed, e.g. --tempat Cimahi)',
  closingOnlyPdf: (format) => `--penandatangan and its closing block are for PDF output only (format now: ${format}); use --out report.pdf`,
  closingBlank: (flag) => `--${flag} must not be empty`,
  nipDigits: (value, digits) => `--nip "${value}" is not valid: a NIP has ${digits} digits (spaces allowed), e.g. --nip "19651212 199003 1 005"`,
  categoriesNotFound: (path) => `Categories file not found: ${path}`,
  categoriesNotJson: (path) => `Categories file is not valid JSON: ${path}`,
  categoriesExtension: (path) => `Categories file must be .json or .csv: ${path}`,
  mapFileNotFound: (path) => `Column map file not found: ${path}`,
  mapFileJson: (path) => `A column map file must be JSON {"Your Header": "Pranata Header"}: ${path}`,
  mapFileExtension: (path) => `Column map file must be .json or .csv: ${path}`,
  fileNotFound: (path) => `File not found: ${path}`,
  byOnlyKelurahan: (v) => `--by knows only kelurahan, not "${v}"`,
  folderEmpty: (path) => `Folder ${path} holds no .csv or .xlsx file.`,
  givenTwice: (file, before) => `File ${file} is given twice (also as ${before}).`,
  readFiles: (n, files) => `Read ${n} ${n === 1 ? 'file' : 'files'}: ${files}`,
  notUtf8: 'Note: the file is not UTF-8; read as Windows-1252.',
  sheetNotFound: (wanted, available) => `Sheet "${wanted}" not found. Sheets: ${available}.`,
  xlsxUnreadable: (path) => `Cannot read the XLSX file (damaged or not XLSX): ${path}`,
  unknownFormat: (ext) => `Unknown file format "${ext || '(no extension)'}": use .csv or .xlsx.`,
  replacedInPdf: (n) => `Note: ${n} characters outside the Latin alphabet are printed as \uFFFD in the PDF.`,
  written: (out, read, valid, invalid) => `Written: ${out} (${read} rows, ${valid} valid, ${invalid} invalid)`,
  writtenXlsform: (out) => `Written: ${out} (XLSForm: survey, choices, settings)`,
  formatNeedsOut: (format) => `--format ${format} needs --out FILE.${format}`,
  failed: 'failed',
  targetNotFound: (path) => `Target file not found: ${path}`,
  targetXlsxUnreadable: (path) => `Cannot read the target XLSX file: ${path}`,
  targetExtension: (path) => `A target file must be .csv or .xlsx: ${path}`,
  summary: (place, year, read, valid, invalid, blank) =>
    `${place === '' ? 'Survey' : `${place}, survey`} year ${year}: ${read} rows read, ${valid} valid, ${invalid} invalid, ${blank} blank rows skipped.`,
  kelurahanRows: (read, valid, invalid) => `${read} rows read, ${valid} valid, ${invalid} invalid.`,
  noIssues: 'No problems in the data.',
  issuesHead: (n) => `Problems in the data (${n}):`,
  moreIssues: (n) => `... and ${n} more (see --format json or xlsx).`,
  issuesSheet: 'Issues',
};

export const CLI_WORDS: Record<Lang, CliWords> = { id: ID, en: EN };
