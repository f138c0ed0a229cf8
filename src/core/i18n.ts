/**
 * Messages in Bahasa Indonesia (default) and English. Every user-facing sentence the core
 * produces is here, once, in one shape: CORE_WORDS is a Record<Lang, CoreWords>, so the type
 * checker refuses a language that leaves a word out. The add-on, the CLI and the sidebar
 * import the messages built from them; categories.ts and xlsform.ts take their words here.
 */
import type { SectionId } from './codebook';
import type { IssueCode, IssueParams, Lang, Severity } from './model';

type Body = (value: string, p: IssueParams) => string;

/** What the core says, in one language. */
export interface CoreWords {
  /** One issue's message about its field, without the place (issueBody). */
  issues: Record<IssueCode, Body>;
  /** An issue's severity as a list of issues names it (the CLI's text and XLSX, the Validasi sheet). */
  severity: Record<Severity, string>;
  /** The columns of a list of issues (the CLI's Masalah sheet, the add-on's Validasi sheet). */
  issueColumns: { file: string; row: string; column: string; value: string; code: string; severity: string; message: string; cell: string };
  /** The months' names, January first (a day in words: the report's dates, the sidebar's date). */
  months: readonly string[];
  /** Where an issue is: "Baris 3, kolom "Nama Kelompok"". */
  where(row: number, column: string): string;
  /** The rest of a list cut short: "dan 3 lainnya". */
  andMore(n: number): string;
  /** An empty list of headers. */
  none: string;
  /** A missing column's likely own name, and how to say so on the command line or in the Kategori sheet. */
  renameMap(found: string, column: string): string;
  renameKolom(found: string, column: string): string;
  perhaps(parts: string): string;
  /** Why a file or sheet cannot be read at all (fatalMessage). */
  missingColumns(columns: string, hint: string, found: string): string;
  duplicateColumn(columns: string, found: string): string;
  noHeader: string;
  /** The category lists (categories.ts). */
  notPranataColumn(where: string, label: string, columns: string): string;
  categoriesFileInvalid(where: string): string;
  unknownList(name: string, allowed: string): string;
  categoryListHeader: string;
  categoryRow(row: number): string;
  categoryRowUnknownList(row: number, name: string, allowed: string): string;
  categoryRowEmptyLabel(row: number): string;
  /** The XLSForm (xlsform.ts): its sections, a whole number's rule and hint, a several-of question's hint. */
  sections: Record<SectionId, string>;
  wholeBetween(min: number, max: number): string;
  wholeHint(min: number, max: number): string;
  chooseSeveral: string;
  /**
   * The kelurahan a result covers, for a title or a summary (coveredKelurahan): one by name,
   * a few listed, many counted; '' for none known. `count` formats the number (default: digits).
   */
  place(names: readonly string[], count?: (n: number) => string): string;
  /** Many kelurahan counted: "15 Kelurahan" (place, the report's file name). */
  kelurahanCount(n: string): string;
  /** The word before a list's last item: "A, B dan C" (joinList). */
  and: string;
}

/** "A", "A dan B", "A, B dan C". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** At most this many kelurahan are named in a title; more are counted ("15 Kelurahan"). */
const NAMED_PLACES = 3;

/** CoreWords.place in the words of `w`. */
function placeIn(w: CoreWords, names: readonly string[], count: (n: number) => string = String): string {
  if (names.length === 0) return '';
  if (names.length > NAMED_PLACES) return w.kelurahanCount(count(names.length));
  return `Kelurahan ${joinList(names, w.and)}`;
}

const q = (s: string): string => `"${s.length > 60 ? `${s.slice(0, 57)}...` : s}"`;

/** At most this many allowed choices are listed in a message; the rest are counted. */
const LISTED_CHOICES = 20;

const list = (xs: readonly string[] | undefined, w: CoreWords): string => {
  const items = xs ?? [];
  if (items.length <= LISTED_CHOICES) return items.join(', ');
  return `${items.slice(0, LISTED_CHOICES).join(', ')} (${w.andMore(items.length - LISTED_CHOICES)})`;
};

const ID: CoreWords = {
  issues: {
    required: () => 'wajib diisi.',
    unknown_category: (v, p) => `${q(p.part ?? v)} bukan pilihan yang dikenal. Pilihan yang boleh: ${list(p.allowed, ID)}.`,
    not_integer: (v) => `${q(v)} bukan angka utuh. Tulis angka saja, misalnya 12 (tanpa koma atau huruf).`,
    out_of_range: (v, p) => `${v} di luar batas: harus antara ${p.min} dan ${p.max}.`,
    invalid_date: (v) => `${q(v)} bukan tanggal yang sah. Tulis seperti 2006-03-15 atau 15/03/2006.`,
    bad_format: (v, p) => `${q(v)} tidak sesuai format ${p.format} (angka dan titik), misalnya ${p.example}.`,
    duplicate_group: (_v, p) => `kemungkinan duplikat dari baris ${p.otherRow}${p.otherFile === undefined ? '' : ` (berkas ${p.otherFile})`}: nama, jenis kelompok, RW, dan kelurahan sama.`,
    duplicate_id: (v, p) => `ID ${q(v)} sudah dipakai di baris ${p.otherRow}${p.otherFile === undefined ? '' : ` (berkas ${p.otherFile})`}.`,
    totals_row: (v) => `${q(v)} adalah baris jumlah, bukan kelompok: dilewati dan tidak dihitung dalam tabel.`,
    duplicate_column: (_v, p) => `judul kolom ini sudah ada di kolom ke-${p.otherColumn}; kolom itu yang dibaca, kolom ini diabaikan.`,
    unclosed_quote: (v) =>
      `tanda kutip (") di awal sel tidak ditutup, sehingga baris-baris berikutnya bisa tergabung ke sel ini. Sel dibaca apa adanya: ${q(v)}. Tutup tanda kutipnya atau hapus.`,
    stray_quote: (v) => `tanda kutip (") di tengah sel; dibaca seperti Excel membacanya: ${q(v)}.`,
    formula_no_value: () =>
      'sel berisi rumus tanpa nilai tersimpan (berkas disimpan tanpa menghitung). Buka dan simpan ulang di Excel atau Google Sheets, atau tulis nilainya.',
  },
  severity: { error: 'galat', warning: 'peringatan' },
  issueColumns: { file: 'Berkas', row: 'Baris', column: 'Kolom', value: 'Nilai', code: 'Kode', severity: 'Tingkat', message: 'Pesan', cell: 'Sel' },
  months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  where: (row, column) => `Baris ${row}, kolom "${column}"`,
  andMore: (n) => `dan ${n} lainnya`,
  none: '(tidak ada)',
  renameMap: (f, column) => `"${f}" untuk "${column}": --map "${f}=${column}"`,
  renameKolom: (f, column) => `"${f}" untuk "${column}": di lembar Kategori tambahkan baris Daftar "Kolom", Label "${column}", Alias "${f}"`,
  perhaps: (parts) => ` Mungkin ${parts}.`,
  missingColumns: (cols, hint, found) => `Kolom wajib tidak ditemukan: ${cols}.${hint} Judul kolom yang ada: ${found}.`,
  duplicateColumn: (cols, found) => `Kolom ${cols} muncul lebih dari sekali di baris judul; hapus atau ganti nama salah satunya. Judul kolom yang ada: ${found}.`,
  noHeader: 'Tidak ada baris judul kolom: berkas atau lembar ini kosong.',
  notPranataColumn: (where, label, columns) => `${where}: "${label}" bukan kolom Pranata. Kolom yang ada: ${columns}.`,
  categoriesFileInvalid: (where) => `Berkas kategori tidak sah di "${where}": tiap daftar harus berupa larik label atau {"label", "aliases"}.`,
  unknownList: (name, allowed) => `Daftar "${name}" tidak dikenal. Daftar yang boleh: ${allowed}.`,
  categoryListHeader: 'Daftar kategori harus punya kolom "Daftar" dan "Label" (dan boleh "Alias") di baris pertama.',
  categoryRow: (row) => `Baris ${row}`,
  categoryRowUnknownList: (row, name, allowed) => `Baris ${row} daftar kategori: daftar "${name}" tidak dikenal (boleh: ${allowed}).`,
  categoryRowEmptyLabel: (row) => `Baris ${row} daftar kategori: label kosong.`,
  sections: {
    identitas: 'Identitas Kelompok',
    keanggotaan: 'Keanggotaan',
    sumberDaya: 'Sumber Daya dan Dana',
    kegiatan: 'Kegiatan',
    jaringan: 'Jaringan Kerja',
    pendataan: 'Pendataan',
  },
  wholeBetween: (min, max) => `Harus bilangan bulat antara ${min} dan ${max}.`,
  wholeHint: (min, max) => `Bilangan bulat ${min}–${max}.`,
  chooseSeveral: 'Boleh pilih lebih dari satu.',
  place: (names, count) => placeIn(ID, names, count),
  kelurahanCount: (n) => `${n} Kelurahan`,
  and: 'dan',
};

const EN: CoreWords = {
  issues: {
    required: () => 'is required.',
    unknown_category: (v, p) => `${q(p.part ?? v)} is not a known choice. Allowed: ${list(p.allowed, EN)}.`,
    not_integer: (v) => `${q(v)} is not a whole number. Write digits only, for example 12 (no decimals or letters).`,
    out_of_range: (v, p) => `${v} is out of range: it must be between ${p.min} and ${p.max}.`,
    invalid_date: (v) => `${q(v)} is not a valid date. Write it like 2006-03-15 or 15/03/2006.`,
    bad_format: (v, p) => `${q(v)} does not have the format ${p.format} (digits and dots), for example ${p.example}.`,
    duplicate_group: (_v, p) => `likely a duplicate of row ${p.otherRow}${p.otherFile === undefined ? '' : ` (file ${p.otherFile})`}: same name, group type, RW and kelurahan.`,
    duplicate_id: (v, p) => `ID ${q(v)} is already used in row ${p.otherRow}${p.otherFile === undefined ? '' : ` (file ${p.otherFile})`}.`,
    totals_row: (v) => `${q(v)} is a totals row, not a group: skipped and not counted in the tables.`,
    duplicate_column: (_v, p) => `this header is already column ${p.otherColumn}; that column is read, this one is ignored.`,
    unclosed_quote: (v) =>
      `the quote (") that opens this cell is never closed, so the following rows could merge into it. The cell was read as it stands: ${q(v)}. Close the quote or delete it.`,
    stray_quote: (v) => `a quote (") inside the cell; read as Excel reads it: ${q(v)}.`,
    formula_no_value: () =>
      'the cell holds a formula with no saved value (the file was saved without calculating). Open and save it again in Excel or Google Sheets, or type the value.',
  },
  severity: { error: 'error', warning: 'warning' },
  issueColumns: { file: 'File', row: 'Row', column: 'Column', value: 'Value', code: 'Code', severity: 'Severity', message: 'Message', cell: 'Cell' },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  where: (row, column) => `Row ${row}, column "${column}"`,
  andMore: (n) => `and ${n} more`,
  none: '(none)',
  renameMap: (f, column) => `"${f}" for "${column}": --map "${f}=${column}"`,
  renameKolom: (f, column) => `"${f}" for "${column}": in the Kategori sheet add a row with Daftar "Kolom", Label "${column}", Alias "${f}"`,
  perhaps: (parts) => ` Perhaps ${parts}.`,
  missingColumns: (cols, hint, found) => `Required column not found: ${cols}.${hint} Headers found: ${found}.`,
  duplicateColumn: (cols, found) => `Column ${cols} appears more than once in the header row; delete or rename one of them. Headers found: ${found}.`,
  noHeader: 'No header row: the file or sheet is empty.',
  notPranataColumn: (where, label, columns) => `${where}: "${label}" is not a Pranata column. Columns: ${columns}.`,
  categoriesFileInvalid: (where) => `Invalid categories file at "${where}": each list must be an array of labels or {"label", "aliases"}.`,
  unknownList: (name, allowed) => `Unknown list "${name}". Allowed lists: ${allowed}.`,
  categoryListHeader: 'A category list needs the columns "Daftar" (list) and "Label" (and optionally "Alias") in its first row.',
  categoryRow: (row) => `Row ${row}`,
  categoryRowUnknownList: (row, name, allowed) => `Row ${row} of the category list: unknown list "${name}" (allowed: ${allowed}).`,
  categoryRowEmptyLabel: (row) => `Row ${row} of the category list: empty label.`,
  sections: {
    identitas: 'Group identity',
    keanggotaan: 'Membership',
    sumberDaya: 'Resources and funds',
    kegiatan: 'Activities',
    jaringan: 'Network',
    pendataan: 'Survey',
  },
  wholeBetween: (min, max) => `Must be a whole number between ${min} and ${max}.`,
  wholeHint: (min, max) => `Whole number ${min}–${max}.`,
  chooseSeveral: 'Choose one or more.',
  place: (names, count) => placeIn(EN, names, count),
  kelurahanCount: (n) => `${n} kelurahan`,
  and: 'and',
};

export const CORE_WORDS: Record<Lang, CoreWords> = { id: ID, en: EN };

/** A day in words, "15 Maret 2006" / "15 March 2006"; `month` is 1..12. */
export function dayInWords(year: number, month: number, day: number, lang: Lang): string {
  return `${day} ${CORE_WORDS[lang].months[month - 1] ?? String(month)} ${year}`;
}

/** A message in every language at once (what categories.ts returns and the XLSForm holds). */
export function inEveryLang(say: (w: CoreWords, lang: Lang) => string): Record<Lang, string> {
  return { id: say(ID, 'id'), en: say(EN, 'en') };
}

/** The message about one field, without its location (what the sidebar shows next to a field). */
export function issueBody(code: IssueCode, value: string, params: IssueParams, lang: Lang): string {
  return CORE_WORDS[lang].issues[code](value, params);
}

/** The full message: row, column and what is wrong or allowed. */
export function issueMessage(
  row: number,
  column: string,
  code: IssueCode,
  value: string,
  params: IssueParams,
  lang: Lang,
): string {
  return `${CORE_WORDS[lang].where(row, column)}: ${issueBody(code, value, params, lang)}`;
}

/** Problems that make a whole file or sheet unreadable (no row-level result is possible). */
export type FatalCode = 'missing_columns' | 'duplicate_column' | 'no_header';

export interface FatalError {
  code: FatalCode;
  /** Canonical headers of the missing or duplicated columns. */
  columns: string[];
  /** Headers found in the header row (trimmed, blanks dropped). */
  found: string[];
  /** 1-based row of the header row used, when one was found. */
  headerRow?: number;
  /** For missing columns: the header found that is most like each (a likely own name for it). */
  suggestions?: { column: string; found: string }[];
}

/** How the user can give a column another name: on the command line, or in the Kategori sheet. */
export type RenameHow = 'map' | 'kolom';

function renameHint(e: FatalError, w: CoreWords, how: RenameHow): string {
  const s = e.suggestions ?? [];
  if (s.length === 0) return '';
  const parts = s.map(({ column, found }) => (how === 'map' ? w.renameMap(shown(found), column) : w.renameKolom(shown(found), column)));
  return w.perhaps(parts.join('; '));
}

/** A header as it may be quoted in a one-line message: no line breaks or controls, not too long. */
function shown(h: string): string {
  const flat = h.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}

/** At most this many of the headers found are quoted in a message; the rest are counted. */
const LISTED_HEADERS = 30;

export function fatalMessage(e: FatalError, lang: Lang, how: RenameHow = 'map'): string {
  const w = CORE_WORDS[lang];
  const more = e.found.length - LISTED_HEADERS;
  const listed = e.found.slice(0, LISTED_HEADERS).map((h) => `"${shown(h)}"`);
  if (more > 0) listed.push(w.andMore(more));
  const found = listed.length > 0 ? listed.join(', ') : w.none;
  const cols = e.columns.map((h) => `"${h}"`).join(', ');
  switch (e.code) {
    case 'missing_columns':
      return w.missingColumns(cols, renameHint(e, w, how), found);
    case 'duplicate_column':
      return w.duplicateColumn(cols, found);
    case 'no_header':
      return w.noHeader;
  }
}
