/**
 * The shapes every writer renders (sheet, XLSX, PDF, JSON, terminal text). No writer
 * computes a number: they all take a SurveyResult / TableModel as it is.
 */
import type { FieldId } from './codebook';
import type { Progress } from './progress';

export type Lang = 'id' | 'en';
export type Severity = 'error' | 'warning';

/** Issue codes. The first four are the codebook's; the rest are Pranata's own checks. */
export type IssueCode =
  | 'required'
  | 'unknown_category'
  | 'not_integer'
  | 'out_of_range'
  | 'invalid_date'
  | 'bad_format'
  | 'duplicate_group'
  | 'duplicate_id'
  | 'totals_row'
  | 'duplicate_column'
  | 'unclosed_quote'
  | 'stray_quote'
  | 'formula_no_value';

/** A value as it came from the cell, made JSON-safe (Dates become ISO strings). */
export type CellValue = string | number | boolean | null;

export interface Issue {
  /** 1-based row number as a spreadsheet shows it (header row = 1). */
  row: number;
  /** The file the row is in, when several were read (CODEBOOK §9); absent for one. */
  file?: string;
  /** null when the column is none of the codebook's (a quote problem in an extra column, say). */
  field: FieldId | null;
  /** The column's header as it stands in the file or sheet. */
  column: string;
  /** 0-based index of the column in the file or sheet (for marking cells). */
  columnIndex: number;
  code: IssueCode;
  severity: Severity;
  value: CellValue;
  /** Message parameters (allowed labels, bounds, the other row of a duplicate...). */
  params: IssueParams;
  /** The message in both languages; `message` in JSON is one of them. */
  messages: Record<Lang, string>;
}

export interface IssueParams {
  allowed?: string[];
  min?: number;
  max?: number;
  otherRow?: number;
  /** The file of `otherRow`, when it is another input than the row's (duplicates across files). */
  otherFile?: string;
  parsed?: number;
  part?: string;
  /** 1-based number of the column a duplicated header repeats (the one that is read). */
  otherColumn?: number;
  /** A code's required shape (`NN.NN.NN.NNNN`) and an example of it. */
  format?: string;
  example?: string;
}

export interface TableColumn {
  key: string;
  label: string;
}

export interface TableRow {
  label: string;
  counts: number[];
  percents: number[];
  total: number;
  /** TK's rows: the Kode Wilayah that keys the kelurahan, when the data gives one. */
  code?: string;
}

/** The study's tables in order: T1–T5 (CODEBOOK §6), T6–T9 (§8). */
export const TABLE_IDS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'] as const;
/** The roll-up table over many kelurahan (CODEBOOK §9): counts only, after T9. */
export const ROLLUP_TABLE_ID = 'TK';
export type StudyTableId = (typeof TABLE_IDS)[number];
export type TableId = StudyTableId | typeof ROLLUP_TABLE_ID;
/**
 * `row`, `column`: largest remainder over a row or the column (CODEBOOK §6); `base`: each
 * row on its own as a share of the base, half up (the several-of tables of §8); `none`:
 * counts only (the roll-up TK of §9).
 */
export type PercentBase = 'row' | 'column' | 'base' | 'none';

export interface TableModel {
  id: TableId;
  /** e.g. "Tabel 1. Kelompok/Perkumpulan Sosial menurut Tahun Berdiri" */
  title: string;
  percentBase: PercentBase;
  /** Header of the first (label) column, e.g. "Jenis Kelompok". */
  rowHeader: string;
  /** Header spanning the count columns, e.g. "Tahun Berdiri" (one-way tables: ""). */
  columnHeader: string;
  columns: TableColumn[];
  rows: TableRow[];
  total: TableRow;
  /**
   * T6–T9 (CODEBOOK §8): how many groups answered the question (the percent base), and that
   * said in words under the table (`Basis: N kelompok yang menjawab pertanyaan ini.`).
   */
  base?: number;
  basis?: string;
  source: string;
}

export interface RowCounts {
  /** Non-blank data rows: read = valid + invalid. */
  read: number;
  valid: number;
  invalid: number;
  /** Blank rows skipped. */
  blank: number;
  /** Trailing totals rows ("Jumlah", "Total") recognised and skipped; absent when none. */
  totals?: number;
  /** Submissions a survey platform marks rejected (Kobo "Not Approved", ODK "rejected"), left out; absent when none. */
  rejected?: number;
  /** Rows repeating an earlier row's survey-platform submission id, left out; absent when none. */
  duplicates?: number;
}

export interface SurveyResult {
  surveyYear: number;
  kelurahan: string;
  rows: RowCounts;
  tables: TableModel[];
  issues: Issue[];
  /** The Rekap, when asked for (SurveyOptions.progress); not part of CODEBOOK §7's JSON. */
  progress?: Progress;
  /** The roll-up (CODEBOOK §9, `--by kelurahan`): every table per kelurahan; TK is in `tables`. */
  byKelurahan?: KelurahanResult[];
  /** The files read, in order, when several were (or a folder). */
  inputs?: string[];
  /**
   * The kelurahan the rows name, when no one of them names the result (several in one file
   * read without --by kelurahan, no --kelurahan): for the title, not part of CODEBOOK §7.
   */
  places?: string[];
}

/** One kelurahan's part of a roll-up. */
export interface KelurahanResult {
  /** The name as first spelled in the data; `(tanpa kelurahan)` for blank ones. */
  kelurahan: string;
  /** The Kode Wilayah that keyed it; absent when keyed by name. */
  kodeWilayah?: string;
  /** Its rows (blank rows belong to no kelurahan: `blank` is 0). */
  rows: RowCounts;
  /** T1–T9 over its valid rows. */
  tables: TableModel[];
}

/** CODEBOOK §7 exactly: what `--format json` prints. */
export interface JsonIssue {
  row: number;
  /** Only when several files were read. */
  file?: string;
  field: FieldId | null;
  column: string;
  code: IssueCode;
  severity: Severity;
  message: string;
  value: CellValue;
}
export interface JsonTable {
  id: TableId;
  title: string;
  percentBase: PercentBase;
  columns: TableColumn[];
  rows: TableRow[];
  total: TableRow;
  /** T6–T9 only (CODEBOOK §8). */
  base?: number;
  source: string;
}
export interface JsonKelurahan {
  kelurahan: string;
  kodeWilayah?: string;
  rows: RowCounts;
  tables: JsonTable[];
}
export interface JsonResult {
  surveyYear: number;
  kelurahan: string;
  rows: RowCounts;
  /** T1–T9; with `--by kelurahan` then TK. */
  tables: JsonTable[];
  /** `--by kelurahan` only (CODEBOOK §9). */
  byKelurahan?: JsonKelurahan[];
  inputs?: string[];
  issues: JsonIssue[];
}
