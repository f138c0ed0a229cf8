/**
 * Reading the Data sheet: one getDataRange().getValues() for the whole sheet, whatever its
 * size, then the core finds and maps the header row.
 */
import { fatalMessage, locateHeader, type HeaderMap, type Lang, type RawCell } from '../core';
import { SHEET_NAMES } from './constants';
import { say } from './messages';
import { findOwned } from './owned';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DataSheet {
  sheet: Sheet;
  values: RawCell[][];
  header: HeaderMap;
}

export type DataOutcome = { ok: true; data: DataSheet } | { ok: false; message: string };

/** The Data sheet: the one the add-on marked, else one named "Data" (rows typed before set-up). */
export function findDataSheet(ss: Spreadsheet): Sheet | null {
  return findOwned(ss, 'data') ?? ss.getSheetByName(SHEET_NAMES.data);
}

export function readDataSheet(ss: Spreadsheet, lang: Lang): DataOutcome {
  const sheet = findDataSheet(ss);
  if (sheet === null) return { ok: false, message: say('noDataSheet', lang) };
  const values = sheet.getDataRange().getValues() as RawCell[][];
  const header = locateHeader(values);
  if (!header.ok) return { ok: false, message: `${say('dataSheetUnreadable', lang)} ${fatalMessage(header.error, lang)}` };
  return { ok: true, data: { sheet, values, header: header.value } };
}
