/**
 * One of Pranata's lists (core listing.ts: Rekap, Daftar Kelompok, the comparison of two
 * rounds) on a sheet the add-on owns: the title, the list from row 3 (header bold, ruled), its
 * notes and a stamp under it. Placed by `listingLayout` (pure), written by `writeListingSheet`
 * with one setValues and 2-D format setters, so the calls do not grow with the list's rows.
 */
import { cellValue, type BodyCell, type Listing } from '../core';
import { growing } from './capacity';
import { clearSheet } from './sheet-clear';
import { COUNT, PERCENT, TEXT, type Box, type Cell, type Weight } from './table-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ListingLayout {
  values: Cell[][];
  formats: string[][];
  weights: Weight[][];
  header: Box;
  body: Box;
  notes: Box;
}

const FORMAT: Record<BodyCell['kind'], string> = { index: COUNT, label: TEXT, count: COUNT, percent: PERCENT, blank: TEXT };
const HEADER_TOP = 3;

export function listingLayout(l: Listing, stamp: string): ListingLayout {
  const width = l.columns.length;
  const first = HEADER_TOP + l.headerRows;
  const notesRow = first + l.body.length + 1;
  const height = notesRow + l.notes.length;
  const values: Cell[][] = Array.from({ length: height }, () => Array<Cell>(width).fill(''));
  const formats: string[][] = Array.from({ length: height }, () => Array<string>(width).fill(TEXT));
  const weights: Weight[][] = Array.from({ length: height }, () => Array<Weight>(width).fill('normal'));
  const put = (row: number, col: number, v: Cell, format: string, weight: Weight) => {
    (values[row - 1] as Cell[])[col - 1] = v;
    (formats[row - 1] as string[])[col - 1] = format;
    (weights[row - 1] as Weight[])[col - 1] = weight;
  };
  put(1, 1, l.title, TEXT, 'bold');
  for (const h of l.header) put(HEADER_TOP + h.row, 1 + h.col, h.text, TEXT, 'bold');
  l.body.forEach((r, i) => r.cells.forEach((c, j) => put(first + i, 1 + j, cellValue(c), FORMAT[c.kind], r.role === 'total' ? 'bold' : 'normal')));
  l.notes.forEach((n, i) => put(notesRow + i, 1, n, TEXT, 'normal'));
  put(height, 1, stamp, TEXT, 'normal');
  return {
    values,
    formats,
    weights,
    header: { row: HEADER_TOP, column: 1, rows: l.headerRows, columns: width },
    body: { row: HEADER_TOP, column: 1, rows: l.headerRows + l.body.length, columns: width },
    notes: { row: notesRow, column: 1, rows: l.notes.length + 1, columns: 1 },
  };
}

const range = (sheet: Sheet, b: Box) => sheet.getRange(b.row, b.column, b.rows, b.columns);

export function writeListingSheet(sheet: Sheet, layout: ListingLayout): void {
  const size = clearSheet(sheet);
  const height = layout.values.length;
  const width = layout.values[0]?.length ?? 1;
  const ss = sheet.getParent();
  // The sheet is sized to the list, both ways: a shorter list gives back its rows (the
  // spreadsheet's 10 million cells are shared), and the calls stay one whatever the length.
  if (height > size.maxRows) growing(ss, () => (height - size.maxRows) * size.maxColumns, () => sheet.insertRowsAfter(size.maxRows, height - size.maxRows));
  else if (height < size.maxRows) sheet.deleteRows(height + 1, size.maxRows - height);
  if (width > size.maxColumns) growing(ss, () => (width - size.maxColumns) * Math.max(height, size.maxRows), () => sheet.insertColumnsAfter(size.maxColumns, width - size.maxColumns));
  const all = sheet.getRange(1, 1, height, width);
  // Formats before values: a name written into a '@' cell stays text whatever it looks like.
  all.setNumberFormats(layout.formats);
  all.setValues(layout.values);
  all.setFontWeights(layout.weights);
  range(sheet, layout.header).setHorizontalAlignment('center').setVerticalAlignment('middle').setWrap(true);
  range(sheet, layout.body).setBorder(true, true, true, true, true, true);
  sheet.getRange(1, 1).setFontSize(12);
  range(sheet, layout.notes).setFontStyle('italic');
  sheet.setColumnWidth(1, 36);
}
