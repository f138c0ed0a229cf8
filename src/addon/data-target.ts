/**
 * Which sheet "Siapkan Lembar Data" works on, and where its header row is. It reads only the
 * top rows (where the core looks for the header), never the whole sheet.
 */
import { fieldForHeader, findHeaderRow, HEADER_SCAN_ROWS, type RawCell } from '../core';
import { insertSheetChecked } from './capacity';
import { SHEET_NAMES, type SheetRole } from './constants';
import { markOwned } from './owned';
import { freeSheetName } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DataTarget {
  sheet: Sheet;
  /** 1-based header row (1 when the sheet is empty: the header is written there). */
  headerRow: number;
  /** The header row's cells as they stand ([] when there is none yet). */
  headerCells: RawCell[];
  lastRow: number;
  lastColumn: number;
  /** True when "Data" held another table and a new sheet was made instead. */
  other: boolean;
}

/**
 * Why there is no target: the add-on's own Data sheet has no header it can find
 * ('no_header'), or there is no Data sheet but another sheet holds the group headers,
 * most likely the Data sheet renamed before set-up ('elsewhere').
 */
export type TargetOutcome = { ok: true; target: DataTarget } | { ok: false; reason: 'no_header' | 'elsewhere'; sheetName: string };

interface Top {
  rows: RawCell[][];
  lastRow: number;
  lastColumn: number;
}

function readTop(sheet: Sheet): Top {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const rows =
    lastRow === 0 || lastColumn === 0
      ? []
      : (sheet.getRange(1, 1, Math.min(lastRow, HEADER_SCAN_ROWS), lastColumn).getValues() as RawCell[][]);
  return { rows, lastRow, lastColumn };
}

/** 0-based index of the header row among `rows`, or -1 when no row names any codebook column. */
function headerIndex(rows: readonly (readonly RawCell[])[]): number {
  const at = findHeaderRow(rows, HEADER_SCAN_ROWS);
  const row = rows[at];
  if (row === undefined) return -1;
  return row.some((c) => fieldForHeader(c) !== undefined) ? at : -1;
}

/** Codebook headers a row must name to look like the group data's header row. */
const LIKE_DATA = 3;

/**
 * The name of a sheet, other than `except`, whose top rows hold a header row naming at least
 * three codebook columns: where the group data most likely is when no sheet is the Data
 * sheet. Three small reads per sheet; called only when the Data sheet is missing.
 */
export function dataLikeSheet(ss: Spreadsheet, except: ReadonlySet<number> = new Set()): string | null {
  for (const sheet of ss.getSheets()) {
    if (except.has(sheet.getSheetId())) continue;
    const { rows } = readTop(sheet);
    const row = rows[findHeaderRow(rows, HEADER_SCAN_ROWS)];
    if (row !== undefined && new Set(row.map((c) => fieldForHeader(c)).filter((f) => f !== undefined)).size >= LIKE_DATA) {
      return sheet.getName();
    }
  }
  return null;
}

function target(sheet: Sheet, top: Top, at: number, other: boolean): DataTarget {
  return {
    sheet,
    headerRow: at + 1,
    headerCells: top.rows[at] ?? [],
    lastRow: top.lastRow,
    lastColumn: top.lastColumn,
    other,
  };
}

/** True when the sheet has nothing in row 1 (a header can be written there without moving rows). */
function firstRowBlank(top: Top): boolean {
  return (top.rows[0] ?? []).every((c) => c === '' || c === null || c === undefined);
}

/**
 * The owned Data sheet, else a sheet named "Data" (rows typed before set-up), else a new one.
 * A "Data" sheet that is not the add-on's and holds some other table is left alone: a new
 * sheet is made beside it. The add-on's own sheet whose header cannot be found is not touched.
 */
export function dataTarget(ss: Spreadsheet, owned: Map<SheetRole, Sheet>, taken: Set<string>): TargetOutcome {
  const mine = owned.get('data');
  if (mine !== undefined) {
    const top = readTop(mine);
    const at = headerIndex(top.rows);
    if (at >= 0) return { ok: true, target: target(mine, top, at, false) };
    if (firstRowBlank(top)) return { ok: true, target: target(mine, top, 0, false) };
    return { ok: false, reason: 'no_header', sheetName: mine.getName() };
  }
  const named = ss.getSheetByName(SHEET_NAMES.data);
  let other = false;
  if (named !== null) {
    const top = readTop(named);
    const at = headerIndex(top.rows);
    const empty = top.lastRow === 0;
    if (at >= 0 || empty) {
      markOwned(named, 'data');
      owned.set('data', named);
      return { ok: true, target: target(named, top, Math.max(at, 0), false) };
    }
    other = true;
  } else {
    // No Data sheet at all: if the group data sits in a renamed sheet, a new empty one here
    // would leave it behind (and take its name back). Say where it is instead.
    const elsewhere = dataLikeSheet(ss);
    if (elsewhere !== null) return { ok: false, reason: 'elsewhere', sheetName: elsewhere };
  }
  const name = freeSheetName(taken, SHEET_NAMES.data);
  const sheet = insertSheetChecked(ss, name, 0);
  taken.add(name.toLowerCase());
  markOwned(sheet, 'data');
  owned.set('data', sheet);
  return { ok: true, target: { sheet, headerRow: 1, headerCells: [], lastRow: 0, lastColumn: 0, other } };
}
