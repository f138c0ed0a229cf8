/**
 * "Periksa Data": validates every row of the Data sheet with the core (one read), marks the
 * cells it reports and clears marks that no longer apply (one 2-D write of backgrounds and
 * one of notes), lists the issues on the Validasi sheet, and ends with a toast. It never
 * writes a value into the Data sheet.
 */
import { computeSurvey, fatalMessage, type Lang, type RowCounts } from '../core';
import { readDataSheet } from './data';
import { loadCategories } from './kategori';
import { userLang } from './lang';
import { markCells } from './mark-cells';
import { sayf } from './messages';
import { notify } from './notify';
import { ownedSheets } from './owned';
import { loadSettings } from './settings';
import { sheetNames } from './sheets';
import { writeValidasi } from './validasi';

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
  | { ok: false; message: string };

export function checkDataIn(ss: Spreadsheet, lang: Lang, now: Date = new Date()): CheckOutcome {
  const read = readDataSheet(ss, lang);
  if (!read.ok) return read;
  const { sheet, values, header } = read.data;
  const lists = loadCategories(ss, lang);
  const survey = computeSurvey(values, { settings: loadSettings(now), categories: lists.categories });
  if (!survey.ok) return { ok: false, message: fatalMessage(survey.error, lang) };
  const { issues, rows } = survey.value;
  markCells(sheet, header, values.length, issues, lang);
  const written = writeValidasi(ss, ownedSheets(ss), sheetNames(ss), sheet, issues, lang);
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const out = { ok: true as const, rows, errors: issues.length - warnings, warnings, listed: written.listed, validasiSheet: written.sheet };
  return lists.problem === undefined ? out : { ...out, categoriesProblem: lists.problem };
}

/**
 * Menu "Periksa Data" / "Check Data": marks every bad cell of the Data sheet, writes the
 * Validasi sheet and shows "N baris sah, M tidak sah, K peringatan" in a toast.
 */
export function checkData(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang();
  const out = checkDataIn(ss, lang);
  if (!out.ok) {
    notify(ss, out.message, lang);
    return;
  }
  const total = out.errors + out.warnings;
  const summary = sayf('checkSummary', lang, { valid: out.rows.valid, invalid: out.rows.invalid, warnings: out.warnings });
  const more = out.listed < total ? ` ${sayf('checkListed', lang, { sheet: out.validasiSheet, listed: out.listed, total })}` : '';
  notify(ss, [summary + more, out.categoriesProblem ?? ''].join(' ').trim(), lang);
}
