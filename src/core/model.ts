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
  parsed?: number;
  part?: string;
  /** 1-based number of the column a duplicated header repeats (the one that is read). */
  otherColumn?: number;
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
}

/** The study's tables in order: T1–T5 (CODEBOOK §6), T6–T9 (§8). */
export const TABLE_IDS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'] as const;
export type TableId = (typeof TABLE_IDS)[number];
/**
 * `row`, `column`: largest remainder over a row or the column (CODEBOOK §6); `base`: each
 * row on its own as a share of the base, half up (the several-of tables of §8).
 */
export type PercentBase = 'row' | 'column' | 'base';

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
}

/** CODEBOOK §7 exactly: what `--format json` prints. */
export interface JsonIssue {
  row: number;
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
export interface JsonResult {
  surveyYear: number;
  kelurahan: string;
  rows: RowCounts;
  tables: JsonTable[];
  issues: JsonIssue[];
}
