/**
 * The server side of the sidebar form: what `google.script.run` calls.
 *
 * Saving follows DESIGN.md's protocol. The sidebar makes a client id once per entry and
 * sends it with every try; the server checks the entry (no lock needed), then under the
 * document lock reads the ID column: if the id is there, this is a retry and the existing row
 * is returned; else the row is written with one setValues under the last entry (entry-row.ts), flushed, and the
 * lock released. So a retry after a lost reply is harmless: nothing lost, nothing doubled.
 * Every outcome is a value (SubmitResult); nothing is thrown to the sidebar.
 */
import { schemaContext, type GroupInput, type GroupRecord, type Lang, type RawCell } from '../core';
import { insertRowsChecked, SpreadsheetFull, spreadsheetFullMessage } from './capacity';
import { LOCK_WAIT_MS } from './constants';
import type { FormConfig, SubmitResult } from './contract';
import { dataSheetOrWhy } from './data';
import { checkForm, isClientId } from './form';
import { nextEntryRow } from './entry-row';
import { readIds, rowOfId } from './ids';
import { loadCategories } from './kategori';
import { clearOwnMarks } from './mark-cells';
import { userLang } from './lang';
import { readLayout } from './data-layout';
import { withDocumentLock } from './lock';
import { say } from './messages';
import { remember } from './recent';
import { recordCells, rowHolds, span, writeCells, type Audit } from './rowcells';
import { coreSettings, loadSettings } from './settings';

export { getEntry, getRecentEntries } from './entries';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Failure = Extract<SubmitResult, { message: string }>;

/** Rows added at once when the sheet is full: setValues, unlike appendRow, does not grow the sheet. */
const GROW_ROWS = 500;

const fail = (kind: Failure['kind'], message: string): Failure => ({ ok: false, kind, message });

/** The signed-in volunteer's email; '' where Apps Script hides it (consumer accounts, some auth modes). */
function userEmail(): string {
  try {
    return Session.getActiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
}

function messageOf(thrown: unknown): string {
  return typeof thrown === 'object' && thrown !== null && 'message' in thrown ? String(thrown.message) : String(thrown);
}

/**
 * Any exception (a Sheets service error, a quota) becomes a result the sidebar can show. A
 * full spreadsheet is not worth a retry: it says so, and what to do instead.
 */
function guarded(lang: Lang, body: () => SubmitResult): SubmitResult {
  try {
    return body();
  } catch (e) {
    if (e instanceof SpreadsheetFull) return fail('error', spreadsheetFullMessage(e, lang));
    return fail('error', `${say('submitFailed', lang)} (${messageOf(e)})`);
  }
}

/** Recording the recent list must never turn a saved entry into a failure. */
function rememberQuietly(id: string): void {
  try {
    remember(id, new Date().toISOString());
  } catch {
    // The row is saved; only the "recent entries" list misses it.
  }
}

/** Checked entry and its Data sheet, or why not: everything that needs no lock. */
function prepare(
  input: unknown,
  id: string,
  clientId: unknown,
  lang: Lang,
): { ok: true; record: GroupRecord; ss: Spreadsheet; sheet: Sheet } | { ok: false; result: SubmitResult } {
  if (!isClientId(clientId)) return { ok: false, result: fail('error', say('submitBadClientId', lang)) };
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = schemaContext(loadCategories(ss, lang).categories, loadSettings());
  const form = checkForm(input, id, ctx, lang);
  if (!form.ok) return { ok: false, result: { ok: false, kind: 'invalid', errors: form.errors } };
  const found = dataSheetOrWhy(ss, lang);
  if (!found.ok) return { ok: false, result: fail('no_sheet', found.message) };
  return { ok: true, record: form.record, ss, sheet: found.sheet };
}

/**
 * Room for the next row at the end of a full sheet: GROW_ROWS rows at once, or only the one
 * row when the spreadsheet is too close to Google's cell limit for more (SpreadsheetFull if
 * even that does not fit).
 */
function growForRow(ss: Spreadsheet, sheet: Sheet, maxRows: number): number {
  try {
    insertRowsChecked(ss, sheet, maxRows, GROW_ROWS);
    return GROW_ROWS;
  } catch (e) {
    if (!(e instanceof SpreadsheetFull)) throw e;
    insertRowsChecked(ss, sheet, maxRows, 1);
    return 1;
  }
}

/** Under the lock: the row holding `id`, or the new row it was written to. */
function saveNew(ss: Spreadsheet, sheet: Sheet, record: GroupRecord, audit: Audit, lang: Lang): SubmitResult {
  const read = readLayout(sheet, lang);
  if (!read.ok) return fail('error', read.message);
  const layout = read.layout;
  const idColumn = layout.header.index.id;
  if (idColumn === undefined) return fail('error', say('submitNoIdColumn', lang));
  const ids = readIds(sheet, layout, idColumn);
  const found = rowOfId(ids, record.id, layout.headerRow + 1);
  if (found !== null) return { ok: true, row: found, id: record.id, already: true };
  const row = nextEntryRow(sheet, layout, ids);
  const maxRows = sheet.getMaxRows();
  // Rows Sheets adds take the formats of the row before: a row Periksa Data marked red would
  // make every grown row, and this entry, red. The grown rows lose the add-on's marks at once.
  const grown = row > maxRows ? growForRow(ss, sheet, maxRows) : 0;
  clearOwnMarks(sheet, layout.header, row, grown > 0 ? maxRows + grown : row, lang);
  writeCells(sheet, row, recordCells(record, layout, audit));
  SpreadsheetApp.flush();
  return { ok: true, row, id: record.id, already: false };
}

/** Under the lock: overwrites the codebook cells of the row holding `record.id`, wherever it is now. */
function saveOver(sheet: Sheet, record: GroupRecord, lang: Lang): SubmitResult {
  const read = readLayout(sheet, lang);
  if (!read.ok) return fail('error', read.message);
  const layout = read.layout;
  const idColumn = layout.header.index.id;
  if (idColumn === undefined) return fail('error', say('submitNoIdColumn', lang));
  const row = rowOfId(readIds(sheet, layout, idColumn), record.id, layout.headerRow + 1);
  if (row === null) return fail('not_found', say('submitNotFound', lang));
  const cells = recordCells(record, layout, null);
  const { first, width } = span(cells);
  const current = (sheet.getRange(row, first + 1, 1, width).getValues()[0] ?? []) as RawCell[];
  // A retried update, or a save with nothing changed: write nothing.
  if (rowHolds(current, first, cells)) return { ok: true, row, id: record.id, already: true };
  // The entry passed the row check: a mark of Periksa Data left on it is out of date.
  clearOwnMarks(sheet, layout.header, row, row, lang);
  writeCells(sheet, row, cells);
  SpreadsheetApp.flush();
  return { ok: true, row, id: record.id, already: false };
}

function saveLocked(sheet: Sheet, lang: Lang, save: () => SubmitResult): SubmitResult {
  const locked = withDocumentLock(LOCK_WAIT_MS, save);
  if (!locked.ok) return fail('busy', say('lockTimeout', lang));
  const result = locked.value;
  if (result.ok) rememberQuietly(result.id);
  return result;
}

/** The sidebar's start-up data: lists from the Kategori sheet, settings, language, user. */
export function getFormConfig(): FormConfig {
  const lang = userLang();
  const read = loadCategories(SpreadsheetApp.getActiveSpreadsheet(), lang);
  const config: FormConfig = { lang, categories: read.categories, settings: coreSettings(loadSettings()), user: userEmail() };
  if (read.problem !== undefined) config.categoriesProblem = read.problem;
  return config;
}

/**
 * Saves a new entry once. `clientId` (1–64 of A–Z a–z 0–9 _ -) is made by the sidebar per
 * entry and becomes the row's ID; sending it again returns the same row with `already: true`.
 */
export function submitGroup(input: GroupInput, clientId: string): SubmitResult {
  const lang = userLang();
  return guarded(lang, () => {
    const ready = prepare(input, clientId, clientId, lang);
    if (!ready.ok) return ready.result;
    // Who is asked before the lock is taken: the lock is held only for the sheet's own reads and writes.
    const by = userEmail();
    return saveLocked(ready.sheet, lang, () => saveNew(ready.ss, ready.sheet, ready.record, { by, at: new Date() }, lang));
  });
}

/**
 * Overwrites the entry with ID `id`, found by its ID (rows may have been sorted or deleted
 * since it was read), in its codebook columns only. An update writes the same values however
 * often it is sent, so `clientId` is only checked; `already` is true when the row held these
 * values already and nothing was written.
 */
export function updateGroup(id: string, input: GroupInput, clientId: string): SubmitResult {
  const lang = userLang();
  return guarded(lang, () => {
    if (!isClientId(id)) return fail('not_found', say('submitNotFound', lang));
    const ready = prepare(input, id, clientId, lang);
    if (!ready.ok) return ready.result;
    return saveLocked(ready.sheet, lang, () => saveOver(ready.sheet, ready.record, lang));
  });
}
