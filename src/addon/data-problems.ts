/**
 * What to tell the user when the Data sheet is missing or its header row cannot be read: the
 * core's message names the problem, these add what to do about it in the sheet. Called only
 * on those failures, so the few reads they make cost nothing on a good sheet.
 */
import { fatalMessage, type FatalError, type Lang } from '../core';
import { dataLikeSheet } from './data-target';
import { say, sayf } from './messages';
import { sheetList } from './owned';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Merges listed in a message at most (a header row merged all over says enough with three). */
const MERGES_SHOWN = 3;

/** A1 of the merged cells that touch `row` (1-based) up to column `width`, or [] when there are none. */
export function mergesInRow(sheet: Sheet, row: number, width = sheet.getLastColumn()): string[] {
  return sheet
    .getRange(row, 1, 1, Math.max(1, width))
    .getMergedRanges()
    .map((r) => r.getA1Notation());
}

export function mergesText(a1s: readonly string[]): string {
  return a1s.slice(0, MERGES_SHOWN).join(', ') + (a1s.length > MERGES_SHOWN ? ', …' : '');
}

/**
 * Several sheets claim the Data role and none is the stored one (owned.ts): there are two
 * Data sheets, not none. Names them and says what makes one of them the Data sheet again.
 */
export function disputedDataSheetMessage(claimants: readonly Sheet[], lang: Lang): string {
  return sayf('dataSheetDisputed', lang, { sheets: sheetList(claimants) });
}

/** No Data sheet: where the data probably went (a sheet renamed before set-up), or how to make one. */
export function missingDataSheetMessage(ss: Spreadsheet, lang: Lang): string {
  const elsewhere = dataLikeSheet(ss);
  return elsewhere === null ? say('noDataSheet', lang) : sayf('noDataSheetElsewhere', lang, { sheet: elsewhere });
}

/** The Data sheet's header row cannot be used: the core's reason, then what to do. */
export function unreadableMessage(sheet: Sheet, error: FatalError, lang: Lang): string {
  const base = `${say('dataSheetUnreadable', lang)} ${fatalMessage(error, lang, 'kolom')}`;
  switch (error.code) {
    case 'missing_columns': {
      // A merge over header cells keeps only the first cell's header: the others read as blank.
      const merges = error.headerRow === undefined ? [] : mergesInRow(sheet, error.headerRow);
      const hint = merges.length > 0 ? sayf('hintMergedHeader', lang, { ranges: mergesText(merges) }) : say('hintMissingColumns', lang);
      return `${base} ${hint}`;
    }
    case 'no_header':
      return `${base} ${say('hintNoHeader', lang)}`;
    case 'duplicate_column':
      // The core's message already says to delete or rename one of them.
      return base;
  }
}
