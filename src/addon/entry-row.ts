/**
 * Where a new entry goes: right after the last row holding anything in the columns an entry
 * is written to (the codebook's and the audit pair). Not after Sheet.getLastRow(): that counts
 * any content in any column, and a coordinator's helper formula filled down to row 1000, or an
 * ARRAYFORMULA over an open range, would send every entry to row 1001 and beyond.
 *
 * Read under the lock, from what the submit reads anyway: the ID column (one read) gives the
 * last saved entry; only the rows after it, up to getLastRow(), are read once more over the
 * entry's columns, in case rows were typed by hand without an ID. On a sheet without helper
 * formulas that tail is empty and costs no call.
 */
import type { RawCell } from '../core';
import type { Layout } from './data-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function blank(cell: RawCell): boolean {
  return cell === '' || cell === null || cell === undefined;
}

/** Where the columns an entry is written to are: the header's fields and the audit pair. */
export type EntryColumnsOf = Pick<Layout, 'header' | 'recordedBy' | 'recordedAt'>;

/** 0-based columns an entry is written to: the codebook columns found and the audit pair. */
export function entryColumns(layout: EntryColumnsOf): number[] {
  const columns = Object.values(layout.header.index).filter((c): c is number => c !== undefined);
  if (layout.recordedBy !== undefined) columns.push(layout.recordedBy);
  if (layout.recordedAt !== undefined) columns.push(layout.recordedAt);
  return columns;
}

/**
 * The last 1-based row from `from` to `to` holding anything in `columns` (0-based), or
 * from - 1 when none does: one read of those rows over the columns' span, none when the span
 * is empty. What getLastRow would be if only an entry's columns counted.
 */
export function lastEntryRow(sheet: Sheet, columns: readonly number[], from: number, to: number): number {
  if (from > to || columns.length === 0) return from - 1;
  const first = Math.min(...columns);
  const width = Math.max(...columns) - first + 1;
  const rows = sheet.getRange(from, first + 1, to - from + 1, width).getValues() as RawCell[][];
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r] ?? [];
    if (columns.some((c) => !blank(row[c - first]))) return from + r;
  }
  return from - 1;
}

/** The 1-based row a new entry is written to; `ids` are the ID cells from the row under the header down (ids.ts). */
export function nextEntryRow(sheet: Sheet, layout: Layout, ids: readonly RawCell[]): number {
  let lastId = ids.length - 1;
  while (lastId >= 0 && blank(ids[lastId])) lastId--;
  const after = layout.headerRow + 1 + lastId + 1;
  return lastEntryRow(sheet, entryColumns(layout), after, layout.lastRow) + 1;
}
