/**
 * The Validasi sheet: one row per issue (row, column, value, message, severity and a link that
 * jumps to the cell), rewritten by every run of Periksa Data. It is owned by metadata, so a
 * user's own sheet named "Validasi" is left alone.
 *
 * The Nilai (value) column is given the plain-text format before it is written: a bad value
 * such as "=1+1" or "+62 812…" is shown as typed, never turned into a formula or a number.
 * The link column is left automatic: its cells are the add-on's own HYPERLINK formulas.
 */
import { CORE_WORDS, type CellValue, type Issue, type Lang } from '../core';
import { cellA1 } from './a1';
import { insertRowsChecked } from './capacity';
import { SHEET_NAMES, type SheetRole } from './constants';
import { say, sayf } from './messages';
import { ensureOwnedSheet } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Issues listed at most; the cells of all of them are marked on the Data sheet anyway. */
export const VALIDASI_LIMIT = 5000;
/** Header, the listed issues and the closing line. */
const VALIDASI_ROWS = VALIDASI_LIMIT + 2;
const WIDTH = 6;

export function valueText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** The link formula: `#gid=…&range=C7` opens the cell in the same spreadsheet. */
export function cellLink(gid: number, row: number, column: number): string {
  const a1 = cellA1(row, column);
  return `=HYPERLINK("#gid=${gid}&range=${a1}","${a1}")`;
}

/** The sheet's cells: header, one row per listed issue, and a closing line when needed. */
export function validasiGrid(issues: readonly Issue[], gid: number, lang: Lang, limit = VALIDASI_LIMIT): (string | number)[][] {
  const w = CORE_WORDS[lang];
  const h = w.issueColumns;
  const grid: (string | number)[][] = [[h.row, h.column, h.value, h.message, h.severity, h.cell]];
  const listed = issues.slice(0, limit);
  for (const i of listed) {
    grid.push([
      i.row,
      i.column,
      valueText(i.value),
      i.messages[lang],
      w.severity[i.severity],
      cellLink(gid, i.row, i.columnIndex + 1),
    ]);
  }
  const pad = (text: string) => [text, ...Array<string>(WIDTH - 1).fill('')];
  if (issues.length === 0) grid.push(pad(say('validasiNone', lang)));
  else if (issues.length > listed.length) grid.push(pad(sayf('validasiMore', lang, { more: issues.length - listed.length })));
  return grid;
}

export interface ValidasiWritten {
  sheet: string;
  listed: number;
}

/**
 * The Validasi sheet, made if needed, with room for the longest list, whatever this run
 * finds: the sheet grows once, when it is new, so the number of calls never depends on the
 * number of issues (or rows). Called before Periksa Data marks anything, so a spreadsheet
 * too full for it stops the run before any change.
 */
export function prepareValidasi(ss: Spreadsheet, owned: Map<SheetRole, Sheet>, taken: Set<string>): Sheet {
  const { sheet, created } = ensureOwnedSheet(ss, owned, taken, 'validasi', SHEET_NAMES.validasi);
  const maxRows = sheet.getMaxRows();
  try {
    if (maxRows < VALIDASI_ROWS) insertRowsChecked(ss, sheet, maxRows, VALIDASI_ROWS - maxRows);
  } catch (e) {
    // A sheet made just now and left empty would only be in the way (and take room).
    if (created) ss.deleteSheet(sheet);
    throw e;
  }
  return sheet;
}

export function writeValidasi(sheet: Sheet, data: Sheet, issues: readonly Issue[], lang: Lang): ValidasiWritten {
  const grid = validasiGrid(issues, data.getSheetId(), lang);
  sheet.clear();
  // Column, value, message and severity as plain text before the values go in (see above).
  sheet.getRange(2, 2, grid.length - 1, 4).setNumberFormat('@');
  sheet.getRange(1, 1, grid.length, WIDTH).setValues(grid);
  sheet.getRange(1, 1, 1, WIDTH).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return { sheet: sheet.getName(), listed: Math.min(issues.length, VALIDASI_LIMIT) };
}
