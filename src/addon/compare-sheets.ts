/**
 * Menu "Bandingkan dengan Putaran Lalu": the coordinator names a sheet of this spreadsheet
 * holding the last round (for example one pasted from the 2006 file); it and the Data sheet
 * are read once each and compared (core rounds.ts, CODEBOOK §9), and the result goes on two
 * sheets the add-on owns: Perbandingan (per type) and Perubahan Kelompok (the groups).
 */
import { sheetClock } from './sheet-clock';
import { compareRounds, comparisonListings, fatalMessage, locateHeader, RoundReader, surveyUnder, type Lang, type RawCell } from '../core';
import { SpreadsheetFull, spreadsheetFullMessage } from './capacity';
import { readDataSheet, type ReadOptions } from './data';
import { loadCategories } from './kategori';
import { userLang } from './lang';
import { say, sayf } from './messages';
import { confirmLargeSheet } from './size-check';
import { notify } from './notify';
import { writeListings } from './register-sheets';
import { loadSettings } from './settings';
import { tableStamp } from './tables-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Compares the Data sheet with the sheet named `baseName`; the message to show, '' when
 * `confirmSize` said no (nothing read, nothing to say).
 */
export function compareWithSheet(ss: Spreadsheet, baseName: string, lang: Lang, now: Date, confirmSize?: ReadOptions['confirmSize']): string {
  const sheets = ss.getSheets();
  const names = sheets.map((s) => s.getName());
  const wanted = baseName.trim().toLowerCase();
  const base = sheets.find((s, i) => (names[i] ?? '').toLowerCase() === wanted);
  if (base === undefined) return sayf('compareNoSheet', lang, { sheet: baseName.trim(), sheets: names.join(', ') });
  const { categories, problem, columns = [] } = loadCategories(ss, lang);
  const read = readDataSheet(ss, lang, { columns, ...(confirmSize ? { confirmSize } : {}) });
  if (!read.ok) return read.message;
  if (read.data.sheet.getSheetId() === base.getSheetId()) return sayf('compareSameSheet', lang, { sheet: base.getName() });
  const values = base.getDataRange().getValues() as RawCell[][];
  const header = locateHeader(values, columns);
  if (!header.ok) return `${sayf('compareUnreadable', lang, { sheet: base.getName() })} ${fatalMessage(header.error, lang, 'kolom')}`;
  const settings = loadSettings(now);
  // The last round's year is its latest Tanggal Pendataan's (none when it has no dates), not the setting's.
  const round = (h: typeof header.value, v: readonly (readonly RawCell[])[], year?: number) => {
    const reader = new RoundReader();
    const result = surveyUnder(h, v, { settings, categories, maxIssues: 0, columns, onRecord: reader.add });
    return { result, reader, info: reader.info(result, year) };
  };
  const then = round(header.value, values);
  const current = round(read.data.header, read.data.values, settings.surveyYear);
  const c = compareRounds(then.reader.groups, current.reader.groups, categories.jenisKelompok.map((t) => t.label));
  try {
    writeListings(ss, comparisonListings(c, then.info, current.info, lang), tableStamp(now, current.result.rows, current.result.surveyYear, sheetClock(ss)));
  } catch (e) {
    if (e instanceof SpreadsheetFull) return spreadsheetFullMessage(e, lang);
    throw e;
  }
  const done = sayf('compareDone', lang, { sheet: base.getName(), new: c.total.new, gone: c.total.gone, continuing: c.total.continuing, ambiguous: c.ambiguous.length });
  return [done, problem ?? ''].join(' ').trim();
}

/** Menu "Bandingkan dengan Putaran Lalu": asks for the sheet, then compares (Cancel: nothing changes). */
export function compareWithLastRound(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const names = ss.getSheets().map((s) => s.getName()).join(', ');
  const answer = ui.prompt(say('menuCompare', lang), sayf('compareAsk', lang, { sheets: names }), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const out = compareWithSheet(ss, answer.getResponseText(), lang, new Date(), confirmLargeSheet('compare', lang));
  if (out !== '') notify(ss, out, lang);
}
