/**
 * "Buat Tabel": the five tables of CODEBOOK §6 on five sheets the add-on owns ("Tabel 1" …,
 * or "Tabel 1 (Pranata)" beside a user's own "Tabel 1"), each with its chart. A second run
 * finds the same sheets by metadata, clears them (values, formats, merges, hidden columns,
 * charts) and writes them again: no duplicates, no leftovers. Each table is one setValues plus
 * 2-D format setters; the whole run reads the Data sheet once.
 */
import { isoDate, rolledSurvey, Rollup, surveyUnder, type Lang, type RowCounts, type TableId, type TableModel } from '../core';
import { SpreadsheetFull, spreadsheetFullMessage } from './capacity';
import { insertChart } from './charts';
import { kelurahanSheetBase, writeKelurahanSheets } from './kelurahan-sheets';
import { clearSheet } from './sheet-clear';
import { SHEET_NAMES } from './constants';
import { readDataSheet, type ReadOptions } from './data';
import { dataFingerprint } from './fingerprint';
import { saveTablesRecord } from './freshness';
import { loadCategories } from './kategori';
import { loadTargets, registerCollector, writeListings } from './register-sheets';
import { userLang } from './lang';
import { say, sayf } from './messages';
import { notify } from './notify';
import { ownedSheets } from './owned';
import { sheetClock, type SheetClock } from './sheet-clock';
import { loadSettings } from './settings';
import { ensureOwnedSheet, sheetNames } from './sheets';
import { confirmLargeSheet } from './size-check';
import { boxRange, styleBlocks, writeCells } from './grid-sheet';
import { tableLayout, type TableLayout } from './table-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const pad = (n: number) => String(n).padStart(2, '0');

/** The line under each table: when it was made, from how many rows, for which survey year. */
export function tableStamp(now: Date, rows: RowCounts, surveyYear: number, clock: SheetClock): string {
  // The spreadsheet's clock, not the script's: the reader sees the sheet's dates in that zone.
  const wall = clock.wall(now);
  const at = `${isoDate(wall)} ${pad(wall.getHours())}:${pad(wall.getMinutes())}`;
  return `Dibuat ${at} · ${rows.valid} baris sah, ${rows.invalid} baris tidak sah (tidak dihitung) · Tahun survei ${surveyYear}`;
}


/** Writes one table sheet; false when only its chart could not be made (the table stands). */
export function writeTableSheet(sheet: Sheet, t: TableModel, layout: TableLayout): boolean {
  const size = clearSheet(sheet);
  const height = layout.values.length;
  const width = layout.values[0]?.length ?? 1;
  if (height > size.maxRows) sheet.insertRowsAfter(size.maxRows, height - size.maxRows);
  if (width > size.maxColumns) sheet.insertColumnsAfter(size.maxColumns, width - size.maxColumns);

  writeCells(sheet, layout);
  for (const m of layout.merges) if (m.rows > 1 || m.columns > 1) boxRange(sheet, m).merge();
  styleBlocks(sheet, layout);
  sheet.setColumnWidth(2, 230);
  sheet.setColumnWidths(3, layout.tableColumns - 2, 64);
  sheet.hideColumns(layout.hidden.column, layout.hidden.count);
  try {
    insertChart(sheet, t, layout);
    return true;
  } catch (e) {
    // A chart the platform refuses must not leave the later tables stale.
    if (e instanceof SpreadsheetFull) throw e;
    return false;
  }
}

export type TablesOutcome =
  | {
      ok: true;
      rows: RowCounts;
      sheetIds: number[];
      /** Sheets written per kelurahan (Pengaturan's setting, several kelurahan), 0 when none. */
      kelurahanSheets: number;
      /** Tables whose chart could not be made (their numbers were written). */
      chartsFailed: TableId[];
      /** Why the Kategori sheet was not used (the default lists were), if it was not. */
      categoriesProblem?: string;
      /** Why the Target sheet was not used (the Rekap has no targets then), if it was not. */
      targetsProblem?: string;
    }
  /** `cancelled`: the user said No to reading a very large sheet; nothing was read or changed. */
  | { ok: false; message: string; cancelled?: boolean };

/** "Tabel 1" … "Tabel 9", and "Tabel K" for the roll-up: the table's own number or letter. */
export function tableSheetName(id: TableId): string {
  return `${SHEET_NAMES.tabel} ${id.slice(1)}`;
}

/**
 * The five table sheets, made where missing, before any is written: when the spreadsheet has
 * no room for one, the ones just made are removed again and nothing has changed.
 */
function tableSheets(ss: Spreadsheet, ids: readonly TableId[]): Sheet[] {
  const owned = ownedSheets(ss);
  const taken = sheetNames(ss);
  const made: Sheet[] = [];
  try {
    return ids.map((id) => {
      const ensured = ensureOwnedSheet(ss, owned, taken, id, tableSheetName(id));
      if (ensured.created) made.push(ensured.sheet);
      return ensured.sheet;
    });
  } catch (e) {
    for (const sheet of made) ss.deleteSheet(sheet);
    throw e;
  }
}

/**
 * What a run has written so far, for the message when the spreadsheet fills up part way: the
 * sheets written, in order, and the names of every sheet it means to write, in the same order.
 */
interface Progress {
  written: Sheet[];
  planned: string[];
}

function makeTablesFrom(ss: Spreadsheet, lang: Lang, now: Date, options: ReadOptions, progress: Progress): TablesOutcome {
  const { categories, problem, columns = [] } = loadCategories(ss, lang);
  const read = readDataSheet(ss, lang, { ...options, columns });
  if (!read.ok) return read;
  const settings = loadSettings(now);
  const { values, header } = read.data;
  // maxIssues 0: the tables need the counts, not the issue list (Periksa Data shows that).
  const targets = loadTargets(ss, lang);
  const register = registerCollector({ rekap: true, daftar: true }, categories, lang, targets.targets);
  // The rows also count into a roll-up (CODEBOOK §9): a Data sheet of several kelurahan gets
  // Tabel K after the nine, from the same read (no service call more, whatever the rows).
  const rollup = new Rollup(categories, settings);
  const counted = surveyUnder(header, values, { settings, categories, maxIssues: 0, columns, ...register.hooks, rollup: { into: rollup, kelurahan: settings.kelurahan } });
  const rolled = rollup.finish();
  // The kelurahan's own tables go on sheets of their own (below), not into the survey's.
  const { survey, several } = rolledSurvey(counted, rolled, false);
  const { tables, rows, surveyYear } = survey;
  const clock = sheetClock(ss);
  const stamp = tableStamp(now, rows, surveyYear, clock);
  const listings = register.listings(survey);
  // Pengaturan's "one set per kelurahan": a sheet each, only over several (else none, and old ones go).
  const perKelurahan = settings.perKelurahan && several ? rolled.kelurahan : [];
  progress.planned.push(
    ...tables.map((t) => tableSheetName(t.id)),
    ...perKelurahan.map((k) => kelurahanSheetBase(k, perKelurahan)),
    ...listings.map((l) => l.name),
  );
  const sheets = tableSheets(ss, tables.map((t) => t.id));
  const chartsFailed: TableId[] = [];
  const sheetIds = tables.map((t, i) => {
    const sheet = sheets[i] as Sheet;
    if (!writeTableSheet(sheet, t, tableLayout(t, stamp))) chartsFailed.push(t.id);
    progress.written.push(sheet);
    return sheet.getSheetId();
  });
  // The tables stand: their record is kept even if a list below finds no room.
  saveTablesRecord({
    madeAt: now.toISOString(),
    fingerprint: dataFingerprint(values, settings, categories),
    valid: rows.valid,
    invalid: rows.invalid,
    sheetIds,
  });
  const kelurahanSheets = writeKelurahanSheets(ss, perKelurahan, (r) => tableStamp(now, r, surveyYear, clock), progress.written, several);
  // Rekap RW, Rekap Petugas and Daftar Kelompok after the tables, from the same read.
  writeListings(ss, listings, stamp, progress.written);
  const out = { ok: true as const, rows, sheetIds, kelurahanSheets: kelurahanSheets.length, chartsFailed, ...(targets.problem === undefined ? {} : { targetsProblem: targets.problem }) };
  return problem === undefined ? out : { ...out, categoriesProblem: problem };
}

export function makeTablesIn(ss: Spreadsheet, lang: Lang, now: Date = new Date(), options: ReadOptions = {}): TablesOutcome {
  const progress: Progress = { written: [], planned: [] };
  try {
    return makeTablesFrom(ss, lang, now, options, progress);
  } catch (e) {
    if (!(e instanceof SpreadsheetFull)) throw e;
    // The sheets written keep what was written; the message says which they are (one name read each, only here).
    const written = progress.written.map((s) => s.getName());
    return { ok: false, message: spreadsheetFullMessage(e, lang, { written, missing: progress.planned.slice(written.length) }) };
  }
}

/**
 * Menu "Buat Tabel" / "Make Tables": writes Tabel 1 … Tabel 9 (and Tabel K over several kelurahan) with their charts from the valid
 * rows of the Data sheet, and says how many rows were used and left out. On a very large Data
 * sheet it first asks whether to go on (size-check.ts).
 */
export function makeTables(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang();
  const out = makeTablesIn(ss, lang, new Date(), { confirmSize: confirmLargeSheet('tables', lang) });
  if (!out.ok) {
    if (out.cancelled !== true) notify(ss, out.message, lang);
    return;
  }
  const done =
    out.rows.read === 0 ? say('tablesNoRows', lang) : sayf('tablesDone', lang, { tables: out.sheetIds.length, valid: out.rows.valid, invalid: out.rows.invalid });
  const perKelurahan = out.kelurahanSheets === 0 ? '' : sayf('tablesPerKelurahan', lang, { sheets: out.kelurahanSheets });
  const charts = out.chartsFailed.length === 0 ? ''
    : sayf('tablesChartFailed', lang, { tables: out.chartsFailed.map(tableSheetName).join(', ') });
  notify(ss, [done, perKelurahan, charts, out.categoriesProblem ?? '', out.targetsProblem ?? ''].join(' ').trim(), lang);
}
