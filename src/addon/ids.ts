/**
 * The ID column: read with one getValues, searched for an entry's id. A submit that finds its
 * client id there is a retry and writes nothing. Kept in its own module so the concurrency
 * tests can build a variant of the bundle without the check and watch retries double rows.
 */
import { cellText, type RawCell } from '../core';
import type { Layout } from './data-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The ID cells of the data rows (row headerRow + 1 down to the last row), one service call. */
export function readIds(sheet: Sheet, layout: Layout, idColumn: number): RawCell[] {
  const count = layout.lastRow - layout.headerRow;
  if (count <= 0) return [];
  const values = sheet.getRange(layout.headerRow + 1, idColumn + 1, count, 1).getValues() as RawCell[][];
  return values.map((row) => row[0]);
}

/**
 * The 1-based sheet row holding `id`, or null. Cells are compared as text: an id typed by hand
 * into a cell without the plain-text format may have become a number (123) or a boolean.
 * With two rows holding the same id (a row copied by hand), the first one wins.
 */
export function rowOfId(ids: readonly RawCell[], id: string, firstRow: number): number | null {
  for (let i = 0; i < ids.length; i++) if (cellText(ids[i]) === id) return firstRow + i;
  return null;
}
