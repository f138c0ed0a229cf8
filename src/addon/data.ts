/**
 * Reading the Data sheet: one getDataRange().getValues() for the whole sheet, whatever its
 * size, then the core finds and maps the header row. A caller may look at the sheet's size
 * before the read (size-check.ts asks the user about a very large sheet) and stop there.
 */
import { keepTopLeft, locateHeader, mergedBlock, type ColumnAlias, type HeaderMap, type Lang, type MergedBlock, type RawCell } from '../core';
import { SHEET_NAMES } from './constants';
import { disputedDataSheetMessage, missingDataSheetMessage, unreadableMessage } from './data-problems';
import { findOwnedOrNamed, ownedOrNamed } from './owned';
import { onSheetClock } from './sheet-clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DataSheet {
  sheet: Sheet;
  values: RawCell[][];
  header: HeaderMap;
}

/** `cancelled`: the caller's confirmSize said no; nothing was read, the message is empty. */
export type DataOutcome = { ok: true; data: DataSheet } | { ok: false; message: string; cancelled?: boolean };

export interface ReadOptions {
  /**
   * Called with the size of the block about to be read (rows and columns up to the last ones
   * holding anything), before it is read; false stops the read.
   */
  confirmSize?: (rows: number, columns: number) => boolean;
  /** The coordinator's own headers (the Kategori sheet's `Kolom` list). */
  columns?: readonly ColumnAlias[];
}

/** The Data sheet: the one the add-on marked, else one named "Data" (rows typed before set-up). */
export function findDataSheet(ss: Spreadsheet): Sheet | null {
  return findOwnedOrNamed(ss, 'data', SHEET_NAMES.data);
}

/**
 * The Data sheet, or why there is none to use: missing (where the data probably is), or
 * claimed by several sheets (which ones, and what to do).
 */
export function dataSheetOrWhy(ss: Spreadsheet, lang: Lang): { ok: true; sheet: Sheet } | { ok: false; message: string } {
  const { sheet, claimants } = ownedOrNamed(ss, 'data', SHEET_NAMES.data);
  if (sheet !== null) return { ok: true, sheet };
  return { ok: false, message: claimants.length > 0 ? disputedDataSheetMessage(claimants, lang) : missingDataSheetMessage(ss, lang) };
}

export function readDataSheet(ss: Spreadsheet, lang: Lang, options: ReadOptions = {}): DataOutcome {
  const found = dataSheetOrWhy(ss, lang);
  if (!found.ok) return found;
  const { sheet } = found;
  const range = sheet.getDataRange();
  if (options.confirmSize !== undefined && !options.confirmSize(range.getNumRows(), range.getNumColumns())) {
    return { ok: false, message: '', cancelled: true };
  }
  const values = range.getValues() as RawCell[][];
  // Date cells as the days the sheet shows, whatever the script's zone (sheet-clock.ts).
  onSheetClock(ss, values);
  // Sheets already gives a merge's value in its top-left cell only; the core's merge rule is
  // applied all the same, so the add-on and the CLI read one workbook by one rule (two calls
  // plus one per merge, whatever the row count).
  const merges = range.getMergedRanges().map((m) => mergedBlock(m.getA1Notation())).filter((b): b is MergedBlock => b !== null);
  keepTopLeft(values, merges, 1);
  const header = locateHeader(values, options.columns);
  if (!header.ok) return { ok: false, message: unreadableMessage(sheet, header.error, lang) };
  return { ok: true, data: { sheet, values, header: header.value } };
}
