/**
 * Writing a laid-out sheet (table-layout.ts: a study table; listing-sheet.ts: a list) the
 * same way for both: every cell in three 2-D calls, then its blocks styled, a fixed number
 * of calls whatever the rows.
 */
import type { Box, SheetGrid } from './table-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function boxRange(sheet: Sheet, b: Box): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(b.row, b.column, b.rows, b.columns);
}

/** Every cell of the grid from A1: number formats, values, weights. */
export function writeCells(sheet: Sheet, grid: Pick<SheetGrid, 'values' | 'formats' | 'weights'>): void {
  const all = sheet.getRange(1, 1, grid.values.length, grid.values[0]?.length ?? 1);
  // Formats before values: a label or name written into a '@' cell stays text whatever it looks like.
  all.setNumberFormats(grid.formats);
  all.setValues(grid.values);
  all.setFontWeights(grid.weights);
}

/** The title larger, the header centred and wrapped, the body ruled, the notes italic, column A narrow. */
export function styleBlocks(sheet: Sheet, grid: SheetGrid): void {
  boxRange(sheet, grid.header).setHorizontalAlignment('center').setVerticalAlignment('middle').setWrap(true);
  boxRange(sheet, grid.body).setBorder(true, true, true, true, true, true);
  sheet.getRange(1, 1).setFontSize(12);
  boxRange(sheet, grid.notes).setFontStyle('italic');
  sheet.setColumnWidth(1, 36);
}
