/**
 * Messages in Bahasa Indonesia (default) and English. Every user-facing sentence the core
 * produces is here, once; the add-on, the CLI and the sidebar import them.
 */
import type { IssueCode, IssueParams, Lang } from './model';

const q = (s: string): string => `"${s.length > 60 ? `${s.slice(0, 57)}...` : s}"`;
const list = (xs: readonly string[] | undefined, lang: Lang): string => {
  const items = xs ?? [];
  if (items.length <= 20) return items.join(', ');
  return `${items.slice(0, 20).join(', ')} ${lang === 'id' ? `(dan ${items.length - 20} lainnya)` : `(and ${items.length - 20} more)`}`;
};

type Body = (value: string, p: IssueParams) => string;

const BODIES: Record<Lang, Record<IssueCode, Body>> = {
  id: {
    required: () => 'wajib diisi.',
    unknown_category: (v, p) =>
      `${q(p.part ?? v)} bukan pilihan yang dikenal. Pilihan yang boleh: ${list(p.allowed, 'id')}.`,
    not_integer: (v) => `${q(v)} bukan angka utuh. Tulis angka saja, misalnya 12 (tanpa koma atau huruf).`,
    out_of_range: (v, p) => `${v} di luar batas: harus antara ${p.min} dan ${p.max}.`,
    invalid_date: (v) => `${q(v)} bukan tanggal yang sah. Tulis seperti 2006-03-15 atau 15/03/2006.`,
    duplicate_group: (_v, p) =>
      `kemungkinan duplikat dari baris ${p.otherRow}: nama, jenis kelompok, dan RW sama.`,
    duplicate_id: (v, p) => `ID ${q(v)} sudah dipakai di baris ${p.otherRow}.`,
    totals_row: (v) => `${q(v)} adalah baris jumlah, bukan kelompok: dilewati dan tidak dihitung dalam tabel.`,
    duplicate_column: (_v, p) => `judul kolom ini sudah ada di kolom ke-${p.otherColumn}; kolom itu yang dibaca, kolom ini diabaikan.`,
    unclosed_quote: (v) =>
      `tanda kutip (") di awal sel tidak ditutup, sehingga baris-baris berikutnya bisa tergabung ke sel ini. Sel dibaca apa adanya: ${q(v)}. Tutup tanda kutipnya atau hapus.`,
    stray_quote: (v) => `tanda kutip (") di tengah sel; dibaca seperti Excel membacanya: ${q(v)}.`,
    formula_no_value: () =>
      'sel berisi rumus tanpa nilai tersimpan (berkas disimpan tanpa menghitung). Buka dan simpan ulang di Excel atau Google Sheets, atau tulis nilainya.',
  },
  en: {
    required: () => 'is required.',
    unknown_category: (v, p) =>
      `${q(p.part ?? v)} is not a known choice. Allowed: ${list(p.allowed, 'en')}.`,
    not_integer: (v) => `${q(v)} is not a whole number. Write digits only, for example 12 (no decimals or letters).`,
    out_of_range: (v, p) => `${v} is out of range: it must be between ${p.min} and ${p.max}.`,
    invalid_date: (v) => `${q(v)} is not a valid date. Write it like 2006-03-15 or 15/03/2006.`,
    duplicate_group: (_v, p) =>
      `likely a duplicate of row ${p.otherRow}: same name, group type and RW.`,
    duplicate_id: (v, p) => `ID ${q(v)} is already used in row ${p.otherRow}.`,
    totals_row: (v) => `${q(v)} is a totals row, not a group: skipped and not counted in the tables.`,
    duplicate_column: (_v, p) => `this header is already column ${p.otherColumn}; that column is read, this one is ignored.`,
    unclosed_quote: (v) =>
      `the quote (") that opens this cell is never closed, so the following rows could merge into it. The cell was read as it stands: ${q(v)}. Close the quote or delete it.`,
    stray_quote: (v) => `a quote (") inside the cell; read as Excel reads it: ${q(v)}.`,
    formula_no_value: () =>
      'the cell holds a formula with no saved value (the file was saved without calculating). Open and save it again in Excel or Google Sheets, or type the value.',
  },
};

/** The message about one field, without its location (what the sidebar shows next to a field). */
export function issueBody(code: IssueCode, value: string, params: IssueParams, lang: Lang): string {
  return BODIES[lang][code](value, params);
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
  const where = lang === 'id' ? `Baris ${row}, kolom "${column}"` : `Row ${row}, column "${column}"`;
  return `${where}: ${issueBody(code, value, params, lang)}`;
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

function renameHint(e: FatalError, lang: Lang, how: RenameHow): string {
  const s = e.suggestions ?? [];
  if (s.length === 0) return '';
  const parts = s.map(({ column, found }) => {
    const f = shown(found);
    if (how === 'map') return lang === 'id' ? `"${f}" untuk "${column}": --map "${f}=${column}"` : `"${f}" for "${column}": --map "${f}=${column}"`;
    return lang === 'id'
      ? `"${f}" untuk "${column}": di lembar Kategori tambahkan baris Daftar "Kolom", Label "${column}", Alias "${f}"`
      : `"${f}" for "${column}": in the Kategori sheet add a row with Daftar "Kolom", Label "${column}", Alias "${f}"`;
  });
  return lang === 'id' ? ` Mungkin ${parts.join('; ')}.` : ` Perhaps ${parts.join('; ')}.`;
}

/** A header as it may be quoted in a one-line message: no line breaks or controls, not too long. */
function shown(h: string): string {
  const flat = h.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}

export function fatalMessage(e: FatalError, lang: Lang, how: RenameHow = 'map'): string {
  const more = e.found.length - 30;
  const listed = e.found.slice(0, 30).map((h) => `"${shown(h)}"`);
  if (more > 0) listed.push(lang === 'id' ? `dan ${more} lainnya` : `and ${more} more`);
  const found = listed.length > 0 ? listed.join(', ') : lang === 'id' ? '(tidak ada)' : '(none)';
  const cols = e.columns.map((h) => `"${h}"`).join(', ');
  if (lang === 'id') {
    switch (e.code) {
      case 'missing_columns':
        return `Kolom wajib tidak ditemukan: ${cols}.${renameHint(e, lang, how)} Judul kolom yang ada: ${found}.`;
      case 'duplicate_column':
        return `Kolom ${cols} muncul lebih dari sekali di baris judul; hapus atau ganti nama salah satunya. Judul kolom yang ada: ${found}.`;
      case 'no_header':
        return 'Tidak ada baris judul kolom: berkas atau lembar ini kosong.';
    }
  }
  switch (e.code) {
    case 'missing_columns':
      return `Required column not found: ${cols}.${renameHint(e, lang, how)} Headers found: ${found}.`;
    case 'duplicate_column':
      return `Column ${cols} appears more than once in the header row; delete or rename one of them. Headers found: ${found}.`;
    case 'no_header':
      return 'No header row: the file or sheet is empty.';
  }
}
