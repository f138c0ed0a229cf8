/**
 * One of Pranata's lists (core listing.ts: Rekap, Daftar Kelompok, the comparison of two
 * rounds) on a sheet the add-on owns: the title, the list from row 3 (header bold, ruled), its
 * notes and a stamp under it. Placed by `listingLayout` (pure), written by `writeListingSheet`
 * with one setValues and 2-D format setters, so the calls do not grow with the list's rows.
 */
import { cellValue, type Listing } from '../core';
import { growing } from './capacity';
import { clearSheet } from './sheet-clear';
import { styleBlocks, writeCells } from './grid-sheet';
import { blocks, BODY_FORMAT, cellGrid, TEXT, type SheetGrid } from './table-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type ListingLayout = SheetGrid;

const HEADER_TOP = 3;

export function listingLayout(l: Listing, stamp: string): ListingLayout {
  const width = l.columns.length;
  const first = HEADER_TOP + l.headerRows;
  const notesRow = first + l.body.length + 1;
  const height = notesRow + l.notes.length;
  const { values, formats, weights, put } = cellGrid(height, width);
  put(1, 1, l.title, TEXT, 'bold');
  for (const h of l.header) put(HEADER_TOP + h.row, 1 + h.col, h.text, TEXT, 'bold');
  l.body.forEach((r, i) => r.cells.forEach((c, j) => put(first + i, 1 + j, cellValue(c), BODY_FORMAT[c.kind], r.role === 'total' ? 'bold' : 'normal')));
  l.notes.forEach((n, i) => put(notesRow + i, 1, n, TEXT, 'normal'));
  put(height, 1, stamp, TEXT, 'normal');
  return {
    values,
    formats,
    weights,
    ...blocks(HEADER_TOP, l.headerRows, l.body.length, notesRow, l.notes.length, width),
  };
}

export function writeListingSheet(sheet: Sheet, layout: SheetGrid): void {
  const height = layout.values.length;
  const width = layout.values[0]?.length ?? 1;
  const ss = sheet.getParent();
  const before = { maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns() };
  // Grown before it is cleared: with no room left (SpreadsheetFull) the sheet stays as it was.
  if (height > before.maxRows) growing(ss, () => (height - before.maxRows) * before.maxColumns, () => sheet.insertRowsAfter(before.maxRows, height - before.maxRows));
  if (width > before.maxColumns) growing(ss, () => (width - before.maxColumns) * Math.max(height, before.maxRows), () => sheet.insertColumnsAfter(before.maxColumns, width - before.maxColumns));
  const size = clearSheet(sheet, { maxRows: Math.max(height, before.maxRows), maxColumns: Math.max(width, before.maxColumns) });
  // The sheet is sized to the list, both ways: a shorter list gives back its rows (the
  // spreadsheet's 10 million cells are shared), and the calls stay one whatever the length.
  if (height < size.maxRows) sheet.deleteRows(height + 1, size.maxRows - height);
  writeCells(sheet, layout);
  styleBlocks(sheet, layout);
}
