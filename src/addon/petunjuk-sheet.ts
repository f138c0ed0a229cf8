/**
 * The Petunjuk sheet: how a volunteer adds a group on a phone, where the Sheets app shows no
 * add-on menu and no sidebar, only the grid (open the Data sheet, use the dropdowns, tap a
 * marked cell to read its note). Set-up writes it once, like the Kategori sheet: after that it
 * is the coordinator's to adapt, and a rerun leaves it as it is.
 */
import type { Lang } from '../core';
import { SHEET_NAMES, type SheetRole } from './constants';
import { sayf, say } from './messages';
import { ensureOwnedSheet } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Wide enough for a sentence on a laptop; the Sheets app wraps it on a phone. */
const TEXT_WIDTH = 640;

/** The guide's lines: a title, then one step per row. */
export function petunjukLines(lang: Lang, names: { data: string; kategori: string }): string[] {
  return [say('petunjukTitle', lang), ...sayf('petunjukSteps', lang, names).split('\n')];
}

/**
 * Makes the Petunjuk sheet when the add-on has none (growth only: no write). `write` then fills
 * it, after every other growth of set-up, so a full spreadsheet stops set-up before any write.
 */
export function ensurePetunjukSheet(ss: Spreadsheet, owned: Map<SheetRole, Sheet>, taken: Set<string>): { sheet: Sheet; created: boolean } {
  return ensureOwnedSheet(ss, owned, taken, 'petunjuk', SHEET_NAMES.petunjuk);
}

export function writePetunjuk(sheet: Sheet, lang: Lang, names: { data: string; kategori: string }): void {
  const lines = petunjukLines(lang, names);
  const range = sheet.getRange(1, 1, lines.length, 1);
  range.setNumberFormat('@');
  range.setValues(lines.map((l) => [l]));
  range.setWrap(true);
  range.setVerticalAlignment('top');
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.setColumnWidth(1, TEXT_WIDTH);
  // A new sheet has 1,000 x 26 empty cells, and they count against the spreadsheet's
  // 10,000,000: keep only the guide's own.
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  if (rows > lines.length) sheet.deleteRows(lines.length + 1, rows - lines.length);
  if (columns > 1) sheet.deleteColumns(2, columns - 1);
}
