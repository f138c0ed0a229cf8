/**
 * "Periksa Data": validates every row of the Data sheet with the core (one read), marks the
 * cells it reports and clears marks that no longer apply (one 2-D write of backgrounds and
 * one of notes), lists the issues on the Validasi sheet, and ends with a toast. It never
 * writes a value into the Data sheet.
 */
import { surveyUnder, type Lang, type RowCounts } from '../core';
import { SpreadsheetFull, spreadsheetFullMessage } from './capacity';
import { readDataSheet, type ReadOptions } from './data';
import { loadCategories } from './kategori';
import { userLang } from './lang';
import { markCells } from './mark-cells';
import { say, sayf } from './messages';
import { notify } from './notify';
import { ownedSheets } from './owned';
import { loadSettings } from './settings';
import { sheetNames } from './sheets';
import { confirmLargeSheet } from './size-check';
import { prepareValidasi, writeValidasi } from './validasi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type CheckOutcome =
  | {
      ok: true;
      rows: RowCounts;
      errors: number;
      warnings: number;
      /** Issues listed on the Validasi sheet (all of them up to its limit). */
      listed: number;
      validasiSheet: string;
      /** Why the Kategori sheet was not used (the default lists were), if it was not. */
      categoriesProblem?: string;
    }
  /** `cancelled`: the user said No to checking a very large sheet; nothing was read or changed. */
  | { ok: false; message: string; cancelled?: boolean };

function check(ss: Spreadsheet, lang: Lang, now: Date, options: ReadOptions): CheckOutcome {
  const lists = loadCategories(ss, lang);
  const columns = lists.columns ?? [];
  const read = readDataSheet(ss, lang, { ...options, columns });
  if (!read.ok) return read;
  const { sheet, values, header } = read.data;
  const { issues, rows } = surveyUnder(header, values, { settings: loadSettings(now), categories: lists.categories, columns });
  // The Validasi sheet first: if the spreadsheet has no room for it, nothing is marked either.
  const validasi = prepareValidasi(ss, ownedSheets(ss), sheetNames(ss));
  markCells(sheet, header, values.length, issues, lang);
  const written = writeValidasi(validasi, sheet, issues, lang);
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const out = { ok: true as const, rows, errors: issues.length - warnings, warnings, listed: written.listed, validasiSheet: written.sheet };
  return lists.problem === undefined ? out : { ...out, categoriesProblem: lists.problem };
}

export function checkDataIn(ss: Spreadsheet, lang: Lang, now: Date = new Date(), options: ReadOptions = {}): CheckOutcome {
  try {
    return check(ss, lang, now, options);
  } catch (e) {
    if (e instanceof SpreadsheetFull) return { ok: false, message: spreadsheetFullMessage(e, lang) };
    throw e;
  }
}

function summary(out: Extract<CheckOutcome, { ok: true }>, lang: Lang): string {
  if (out.rows.read === 0) return say('checkNoRows', lang);
  const total = out.errors + out.warnings;
  const counts = sayf('checkSummary', lang, { valid: out.rows.valid, invalid: out.rows.invalid, warnings: out.warnings });
  const more = out.listed < total ? ` ${sayf('checkListed', lang, { sheet: out.validasiSheet, listed: out.listed, total })}` : '';
  return counts + more;
}

/**
 * Menu "Periksa Data" / "Check Data": marks every bad cell of the Data sheet, writes the
 * Validasi sheet and shows "N baris sah, M tidak sah, K peringatan" in a toast. On a very
 * large Data sheet it first asks whether to go on (size-check.ts).
 */
export function checkData(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang();
  const out = checkDataIn(ss, lang, new Date(), { confirmSize: confirmLargeSheet('check', lang) });
  if (!out.ok) {
    if (out.cancelled !== true) notify(ss, out.message, lang);
    return;
  }
  notify(ss, [summary(out, lang), out.categoriesProblem ?? ''].join(' ').trim(), lang);
}
