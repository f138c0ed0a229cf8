/**
 * One entry as the cells of its row: values in the sheet's own column order (from the header
 * map), each with the number format it is written under.
 *
 * Text stays text: every string cell (free text, category labels, "A; B" lists, the ID, the
 * recorder's email) gets the plain-text format '@' in the same pass, before its value, so a group
 * named "=1+1", a phone "+62 812…" or "@x" is stored as typed and never parsed as a formula,
 * a number or a date. Formatting, rather than prefixing an apostrophe, because the set-up
 * already gives the text columns '@', and in a '@' cell an apostrophe would be kept as part
 * of the value.
 *
 * The survey date is written as its yyyy-mm-dd text into a cell formatted 'yyyy-mm-dd', and
 * Sheets turns it into a date at midnight of that day in the spreadsheet's own time zone, as
 * if the volunteer had typed it. Not a script Date: a Date is an instant, and the script's
 * and the spreadsheet's time zones may differ (WIB / WITA / WIT, or a sheet left in UTC), so
 * midnight in one can be the previous day in the other. Not '@' text either: the set-up
 * leaves that column to dates, so typed and submitted dates sort and filter together.
 */
import { FIELD_BY_ID, FIELDS, cellText, type FieldId, type GroupRecord, type RawCell } from '../core';
import type { Layout } from './data-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TEXT_FORMAT = '@';
export const WHOLE_FORMAT = '0';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const TIMESTAMP_FORMAT = 'yyyy-mm-dd hh:mm:ss';

export type OutValue = string | number | Date;

export interface OutCell {
  /** 0-based column. */
  column: number;
  value: OutValue;
  format: string;
}

export interface Audit {
  by: string;
  at: Date;
}

function fieldCell(record: GroupRecord, id: FieldId): { value: OutValue; format: string } {
  const value: unknown = record[id];
  const kind = FIELD_BY_ID[id].kind.type;
  const format = kind === 'integer' ? WHOLE_FORMAT : kind === 'date' ? DATE_FORMAT : TEXT_FORMAT;
  if (typeof value === 'number' || typeof value === 'string') return { value, format };
  if (Array.isArray(value)) return { value: value.join('; '), format };
  // null: an optional number or date left empty.
  return { value: '', format };
}

/** The cells of one entry, sorted by column: the codebook's columns the sheet has, plus the audit pair when given. */
export function recordCells(record: GroupRecord, layout: Layout, audit: Audit | null): OutCell[] {
  const out: OutCell[] = [];
  for (const f of FIELDS) {
    const column = layout.header.index[f.id];
    if (column !== undefined) out.push({ column, ...fieldCell(record, f.id) });
  }
  if (audit !== null) {
    if (layout.recordedBy !== undefined) out.push({ column: layout.recordedBy, value: audit.by, format: TEXT_FORMAT });
    if (layout.recordedAt !== undefined) out.push({ column: layout.recordedAt, value: audit.at, format: TIMESTAMP_FORMAT });
  }
  return out.sort((a, b) => a.column - b.column);
}

/**
 * Runs of adjacent columns. Only the add-on's own columns are written, never a coordinator's
 * column in between (it may hold an ARRAYFORMULA that a written '' would break). On a sheet
 * the set-up made, all of them are adjacent: one run, so one setValues per entry.
 */
export function columnRuns(cells: readonly OutCell[]): OutCell[][] {
  const runs: OutCell[][] = [];
  for (const cell of cells) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run !== undefined && last !== undefined && last.column + 1 === cell.column) run.push(cell);
    else runs.push([cell]);
  }
  return runs;
}

/** Writes the cells into `row`: per run, the formats first (they decide how the values are read), then the values. */
export function writeCells(sheet: Sheet, row: number, cells: readonly OutCell[]): void {
  for (const run of columnRuns(cells)) {
    const first = run[0];
    if (first === undefined) continue;
    const range = sheet.getRange(row, first.column + 1, 1, run.length);
    range.setNumberFormats([run.map((c) => c.format)]);
    range.setValues([run.map((c) => c.value)]);
  }
}

/** The 0-based first column and width that cover all of `cells`. */
export function span(cells: readonly OutCell[]): { first: number; width: number } {
  const first = cells[0]?.column ?? 0;
  const last = cells[cells.length - 1]?.column ?? first;
  return { first, width: last - first + 1 };
}

/** True when the row (read from column `first`) already holds every cell's value. */
export function rowHolds(current: readonly RawCell[], first: number, cells: readonly OutCell[]): boolean {
  return cells.every((c) => cellText(current[c.column - first]) === cellText(c.value));
}
