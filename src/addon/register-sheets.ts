/**
 * The register's sheets besides the tables: Rekap RW, Rekap Petugas and Daftar Kelompok
 * (written with Buat Tabel; the Rekap also alone from the menu), from the same one read of
 * the Data sheet. The Rekap uses the coordinator's `Target` sheet (RW | Target, optionally
 * Kelurahan) when there is one; a Target sheet that cannot be used is said, never guessed.
 */
import { sheetClock } from './sheet-clock';
import { directoryEntry, directoryListing, progressListings, surveyUnder, targetsFromRows, type Categories, type DirectoryEntry, type Lang, type Listing, type RawCell, type SurveyOptions, type SurveyResult, type Target } from '../core';
import { SpreadsheetFull, spreadsheetFullMessage } from './capacity';
import { SHEET_NAMES } from './constants';
import { readDataSheet, type ReadOptions } from './data';
import { loadCategories } from './kategori';
import { userLang } from './lang';
import { sayf } from './messages';
import { confirmLargeSheet } from './size-check';
import { notify } from './notify';
import { loadSettings } from './settings';
import { tableStamp } from './tables-sheet';
import { listingLayout, writeListingSheet } from './listing-sheet';
import { ownedSheets } from './owned';
import { ensureOwnedSheet, sheetNames } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TargetsRead {
  targets?: Target[];
  problem?: string;
}

/** The Target sheet, found by name (the coordinator makes it); none: no Target columns in the Rekap. */
export function loadTargets(ss: Spreadsheet, lang: Lang): TargetsRead {
  const sheet = ss.getSheetByName(SHEET_NAMES.target);
  if (sheet === null) return {};
  const out = targetsFromRows(sheet.getDataRange().getValues() as RawCell[][]);
  return out.ok ? { targets: out.targets } : { problem: out.message[lang] };
}

export interface RegisterParts {
  rekap: boolean;
  daftar: boolean;
}

/** What the survey must collect for the parts, and the lists once it has run. */
export function registerCollector(parts: RegisterParts, categories: Categories, lang: Lang, targets?: readonly Target[]) {
  const entries: DirectoryEntry[] = [];
  const hooks: Pick<SurveyOptions, 'progress' | 'onRecord'> = {
    ...(parts.rekap ? { progress: true } : {}),
    ...(parts.daftar ? { onRecord: (r) => entries.push(directoryEntry(r)) } : {}),
  };
  const listings = (result: SurveyResult): Listing[] => {
    const out = parts.rekap && result.progress ? progressListings(result.progress, lang, targets) : [];
    if (parts.daftar) out.push(directoryListing(entries, categories.jenisKelompok.map((c) => c.label), result.rows, lang));
    return out;
  };
  return { hooks, listings };
}

/**
 * Each list on its owned sheet (made where missing, named after the list); returns the sheets'
 * ids. Each sheet written is pushed on `written` (Buat Tabel's message names them when the
 * spreadsheet fills up part way); a sheet made for a list that then finds no room is removed.
 */
export function writeListings(ss: Spreadsheet, listings: readonly Listing[], stamp: string, written: Sheet[] = []): number[] {
  const owned = ownedSheets(ss);
  const taken = sheetNames(ss);
  return listings.map((l) => {
    const { sheet, created } = ensureOwnedSheet(ss, owned, taken, l.id, l.name);
    try {
      writeListingSheet(sheet, listingLayout(l, stamp));
    } catch (e) {
      if (created && e instanceof SpreadsheetFull) ss.deleteSheet(sheet);
      throw e;
    }
    written.push(sheet);
    return sheet.getSheetId();
  });
}

/**
 * Menu "Rekap Pendataan": the Rekap alone (Rekap RW, Rekap Petugas), from one read of the
 * Data sheet, with the Target sheet when there is one. The tables are left as they are.
 */
export function makeRekap(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang();
  const out = makeRekapIn(ss, lang, new Date(), confirmLargeSheet('rekap', lang));
  if (out !== '') notify(ss, out, lang);
}

/** The message to show; '' when `confirmSize` said no (nothing read, nothing to say). */
export function makeRekapIn(ss: Spreadsheet, lang: Lang, now: Date, confirmSize?: ReadOptions['confirmSize']): string {
  const { categories, problem, columns = [] } = loadCategories(ss, lang);
  const read = readDataSheet(ss, lang, { columns, ...(confirmSize ? { confirmSize } : {}) });
  if (!read.ok) return read.message;
  const targets = loadTargets(ss, lang);
  const register = registerCollector({ rekap: true, daftar: false }, categories, lang, targets.targets);
  const survey = surveyUnder(read.data.header, read.data.values, { settings: loadSettings(now), categories, maxIssues: 0, columns, ...register.hooks });
  try {
    writeListings(ss, register.listings(survey), tableStamp(now, survey.rows, survey.surveyYear, sheetClock(ss)));
  } catch (e) {
    if (e instanceof SpreadsheetFull) return spreadsheetFullMessage(e, lang);
    throw e;
  }
  const { read: n, valid, invalid } = survey.rows;
  return [sayf('rekapDone', lang, { read: n, valid, invalid }), problem ?? '', targets.problem ?? ''].join(' ').trim();
}
