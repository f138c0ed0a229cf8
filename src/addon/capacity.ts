/**
 * Google Sheets holds at most 10,000,000 cells per spreadsheet: every sheet's whole grid,
 * empty cells included. Past that, inserting a sheet, rows or columns throws, in English and
 * in words Google may change ("This action would increase the number of cells in the
 * workbook above the limit of 10000000 cells."). The add-on grows a spreadsheet in a few
 * places only (a new Data, Kategori, Validasi or table sheet; set-up's missing columns; a
 * submit on a full Data sheet), and each goes through the functions here.
 *
 * Nothing is checked before growing: that would cost a read of every sheet's size on every
 * growth, and a wrong guess of the limit would refuse a change Google allows. Instead, when a
 * growth throws, the spreadsheet's size is read once; if the growth could not fit, the error
 * becomes SpreadsheetFull, which every action turns into a clear message. Any other error
 * passes on unchanged. A failed insert changes nothing, so the message can say so.
 */
import { formatCount, type Lang } from '../core';
import { sayf } from './messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Cells one spreadsheet may hold (Google raised it from 5 to 10 million in 2022). */
export const CELL_LIMIT = 10_000_000;
/** The grid of a sheet made by insertSheet(): 1000 rows x 26 columns. */
export const NEW_SHEET_CELLS = 1000 * 26;

export class SpreadsheetFull extends Error {
  constructor(
    /** Cells the spreadsheet holds now. */
    readonly cells: number,
    /** Cells the failed growth asked for. */
    readonly wanted: number,
  ) {
    super(`spreadsheet full: ${cells} cells, ${wanted} more wanted`);
    this.name = 'SpreadsheetFull';
  }
}

/** Cells of every sheet's grid: what Google counts against the limit. Two calls per sheet. */
export function workbookCells(ss: Spreadsheet): number {
  return ss.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
}

/**
 * Runs `change`, which grows the spreadsheet by `wanted()` cells (asked only if it fails, so
 * the happy path costs no extra call). Throws SpreadsheetFull when it failed for want of room.
 */
export function growing<T>(ss: Spreadsheet, wanted: () => number, change: () => T): T {
  try {
    return change();
  } catch (e) {
    let cells: number;
    let more: number;
    try {
      cells = workbookCells(ss);
      more = wanted();
    } catch {
      throw e;
    }
    if (cells + more > CELL_LIMIT) throw new SpreadsheetFull(cells, more);
    throw e;
  }
}

export function insertSheetChecked(ss: Spreadsheet, name: string, index: number): Sheet {
  return growing(ss, () => NEW_SHEET_CELLS, () => ss.insertSheet(name, index));
}

export function insertRowsChecked(ss: Spreadsheet, sheet: Sheet, after: number, count: number): void {
  growing(ss, () => count * sheet.getMaxColumns(), () => sheet.insertRowsAfter(after, count));
}

export function insertColumnsChecked(ss: Spreadsheet, sheet: Sheet, after: number, count: number): void {
  growing(ss, () => count * sheet.getMaxRows(), () => sheet.insertColumnsAfter(after, count));
}

/** Sheets an action had written before the spreadsheet was full, and those it had not. */
export interface PartlyWritten {
  written: readonly string[];
  missing: readonly string[];
}

/**
 * The message for a spreadsheet with no room left: the limit, the count, what changed, what to
 * do. `partly`: an action that writes several sheets in turn (Buat Tabel) names those written
 * and those not; without it nothing was changed.
 */
export function spreadsheetFullMessage(e: SpreadsheetFull, lang: Lang, partly?: PartlyWritten): string {
  const names = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');
  const changed = partly === undefined || partly.written.length === 0
    ? sayf('spreadsheetFullNothing', lang, {})
    : sayf('spreadsheetFullPartly', lang, { written: names(partly.written), missing: names(partly.missing) });
  return sayf('spreadsheetFull', lang, { cells: formatCount(e.cells, lang), wanted: formatCount(e.wanted, lang), changed });
}
