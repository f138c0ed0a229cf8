/**
 * "Siapkan Lembar Data": creates or repairs the Data sheet without ever wiping or moving a row.
 * Missing headers are appended after the last used column (a user's column order is kept);
 * the header row is frozen, bold and protected with a warning; text columns get the plain-text
 * format so "=…", "+62…" or "@…" typed by a volunteer stay text; category columns get a
 * dropdown from the Kategori sheet that still accepts other spellings (flagged, not refused).
 * Every step is one batched call or a handful: the cost does not grow with the rows.
 */
import {
  cellText,
  fatalMessage,
  fieldForHeader,
  FIELDS,
  mapHeaders,
  normalizeHeader,
  type FieldDef,
  type HeaderResult,
  type Lang,
} from '../core';
import { columnA1 } from './a1';
import { insertColumnsChecked, insertRowsChecked, SpreadsheetFull, spreadsheetFullMessage } from './capacity';
import { disputedDataSheetMessage, mergesInRow, mergesText } from './data-problems';
import { AUDIT_HEADERS, SETTINGS_KEY } from './constants';
import { auditColumns } from './data-layout';
import { dataTarget, type DataTarget } from './data-target';
import { entryColumns, lastEntryRow } from './entry-row';
import { ensureEditTrigger, type TriggerState } from './edit-trigger';
import { dropdownSource, ensureKategoriSheet, type KategoriSheet } from './kategori-sheet';
import { ensurePetunjukSheet, writePetunjuk } from './petunjuk-sheet';
import { say, sayf } from './messages';
import { ownedLookup } from './owned';
import { settingsFrom, thisYear } from './settings';
import { sheetNames } from './sheets';
import { openSettings } from './dialogs';
import { userLang } from './lang';
import { notify } from './notify';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows a Data sheet gets when it has none below its header. */
const NEW_ROWS = 1000;

export type SetupOutcome =
  | {
      ok: true;
      /** Name of the Data sheet. */
      sheet: string;
      /** Headers appended, in order. */
      added: string[];
      /** Rows below the header, up to the last one holding anything in an entry's columns: all kept. */
      rowsKept: number;
      /** True when a sheet named "Data" held another table and a new sheet was made. */
      other: boolean;
      kategoriCreated: boolean;
      /** True when no settings were stored before (the defaults were stored now). */
      settingsWereNew: boolean;
      /** What is still wrong with the header row that set-up cannot repair (a duplicated column). */
      headerProblem?: string;
      /** The edit trigger behind the checks on edit: made now, there already, or not possible. */
      editChecks: TriggerState;
    }
  | { ok: false; message: string };

/** The header after repair: one entry per column (blank for unnamed columns). */
interface Header {
  cells: string[];
  added: string[];
}

const AUDIT_KEYS = AUDIT_HEADERS.map((h) => normalizeHeader(h));

function completeHeader(t: DataTarget): Header {
  const cells = t.headerCells.map((c) => cellText(c));
  const fields = new Set(t.headerCells.map((c) => fieldForHeader(c)));
  const audits = new Set(cells.map((c) => normalizeHeader(c)));
  const added = [
    ...FIELDS.filter((f) => !fields.has(f.id)).map((f) => f.header),
    ...AUDIT_HEADERS.filter((_, i) => !audits.has(AUDIT_KEYS[i] ?? '')),
  ];
  // Appended after the last used column of the sheet, so nothing typed anywhere is covered.
  while (cells.length < t.lastColumn) cells.push('');
  return { cells: [...cells, ...added], added };
}

/** Makes room: a sheet needs the columns of the full header and rows below it. */
function ensureSize(ss: Spreadsheet, sheet: Sheet, columns: number, headerRow: number): number {
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) insertColumnsChecked(ss, sheet, maxColumns, columns - maxColumns);
  const maxRows = sheet.getMaxRows();
  if (maxRows <= headerRow) {
    insertRowsChecked(ss, sheet, maxRows, headerRow + NEW_ROWS - maxRows);
    return headerRow + NEW_ROWS;
  }
  return maxRows;
}

/** Columns whose cells are words, never numbers or dates (1-based), with the audit "who". */
function textColumns(cells: readonly string[]): number[] {
  const out: number[] = [];
  cells.forEach((text, i) => {
    const field = fieldForHeader(text);
    const def: FieldDef | undefined = FIELDS.find((f) => f.id === field);
    const kind = def?.kind.type;
    if (kind === 'text' || kind === 'code' || kind === 'category' || kind === 'multi' || normalizeHeader(text) === AUDIT_KEYS[0]) {
      out.push(i + 1);
    }
  });
  return out;
}

/** Replaces the add-on's header protection (found by its description in either language). */
function protectHeader(sheet: Sheet, headerRow: number, width: number, lang: Lang): void {
  const ours = new Set([say('headerProtection', 'id'), say('headerProtection', 'en')]);
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (ours.has(p.getDescription())) p.remove();
  }
  sheet.getRange(headerRow, 1, 1, width).protect().setDescription(say('headerProtection', lang)).setWarningOnly(true);
}

function addDropdowns(sheet: Sheet, cells: readonly string[], firstRow: number, lastRow: number, k: KategoriSheet, lang: Lang): void {
  cells.forEach((text, i) => {
    const def = FIELDS.find((f) => f.id === fieldForHeader(text));
    if (def === undefined || def.kind.type !== 'category') return;
    const source = dropdownSource(k, def.kind.list);
    const builder = SpreadsheetApp.newDataValidation();
    const withSource =
      source.kind === 'range' ? builder.requireValueInRange(source.range, true) : builder.requireValueInList(source.labels, true);
    // Allow invalid: an alias typed by hand ("SD", "Posyandu RW 3") is kept and shown with a
    // warning triangle; Periksa Data says whether it is a known alias or a mistake.
    const rule = withSource.setAllowInvalid(true).setHelpText(say('dropdownHelp', lang)).build();
    sheet.getRange(firstRow, i + 1, lastRow - firstRow + 1, 1).setDataValidation(rule);
  });
}

/** Stores the settings as they stand (their defaults the first time). Returns true if there were none. */
function storeSettings(ss: Spreadsheet, now: Date): boolean {
  const props = PropertiesService.getDocumentProperties();
  const text = props.getProperty(SETTINGS_KEY);
  let raw: unknown = {};
  try {
    raw = text ? (JSON.parse(text) as unknown) : {};
  } catch {
    raw = {};
  }
  props.setProperty(SETTINGS_KEY, JSON.stringify(settingsFrom(raw, now, (d) => thisYear(d, ss))));
  return text === null;
}

/** A duplicated column: set-up cannot tell which one to keep, so it says so. */
function headerProblem(mapped: HeaderResult, lang: Lang): string | undefined {
  return mapped.ok ? undefined : fatalMessage(mapped.error, lang);
}

/**
 * Data rows under the header: up to the last row holding anything in an entry's columns, as
 * a new entry is placed (entry-row.ts), not getLastRow(), which counts a helper column's
 * formulas filled down the sheet. With a duplicated column (the header does not map) every
 * column with a codebook header counts. One read, none for an empty sheet.
 */
function dataRows(t: DataTarget, cells: readonly string[], mapped: HeaderResult): number {
  const columns = mapped.ok
    ? entryColumns({ header: mapped.map, ...auditColumns(cells) })
    : cells.flatMap((c, i) => (fieldForHeader(c) !== undefined || AUDIT_KEYS.includes(normalizeHeader(c)) ? [i] : []));
  // Columns set-up has just appended are empty: only the sheet's own columns are read.
  const own = columns.filter((c) => c < t.lastColumn);
  return lastEntryRow(t.sheet, own, t.headerRow + 1, t.lastRow) - t.headerRow;
}

function setUp(ss: Spreadsheet, lang: Lang, now: Date): SetupOutcome {
  const lookup = ownedLookup(ss);
  // Two sheets claim Data and neither is the stored one: making either the Data sheet here
  // (by its name) would be a guess. Say which they are and what to do.
  const claimants = lookup.disputed.get('data');
  if (claimants !== undefined) return { ok: false, message: disputedDataSheetMessage(claimants, lang) };
  const owned = lookup.sheets;
  const taken = sheetNames(ss);
  const found = dataTarget(ss, owned, taken);
  if (!found.ok) {
    const key = found.reason === 'elsewhere' ? 'setupElsewhere' : 'setupNoHeader';
    return { ok: false, message: sayf(key, lang, { sheet: found.sheetName }) };
  }
  const t = found.target;
  const { sheet, headerRow } = t;
  // A merge over header cells has kept only its first cell's header: appending the "missing"
  // ones would put empty columns beside the data that is still there. Stop and say so.
  if (t.headerCells.length > 0) {
    const merges = mergesInRow(sheet, headerRow, t.lastColumn);
    if (merges.length > 0) {
      return { ok: false, message: sayf('setupMergedHeader', lang, { sheet: sheet.getName(), ranges: mergesText(merges) }) };
    }
  }
  const header = completeHeader(t);
  const width = header.cells.length;
  const mapped = mapHeaders(header.cells, headerRow);
  const rowsKept = dataRows(t, header.cells, mapped);
  // Every growth (columns, rows, the Kategori sheet) before any write: when the spreadsheet is
  // full, set-up stops with nothing written.
  const maxRows = ensureSize(ss, sheet, width, headerRow);
  const kategori = ensureKategoriSheet(ss, owned, taken, lang);
  const petunjuk = ensurePetunjukSheet(ss, owned, taken);

  if (header.added.length > 0) {
    const start = width - header.added.length + 1;
    sheet.getRange(headerRow, start, 1, header.added.length).setValues([header.added]);
  }
  sheet.getRange(headerRow, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(headerRow);
  protectHeader(sheet, headerRow, width, lang);

  const firstRow = headerRow + 1;
  const text = textColumns(header.cells).map((c) => columnA1(c, firstRow, maxRows));
  if (text.length > 0) sheet.getRangeList(text).setNumberFormat('@');

  addDropdowns(sheet, header.cells, firstRow, maxRows, kategori, lang);
  if (petunjuk.created) writePetunjuk(petunjuk.sheet, lang, { data: sheet.getName(), kategori: kategori.sheet.getName() });

  const out: SetupOutcome = {
    ok: true,
    sheet: sheet.getName(),
    added: header.added,
    rowsKept,
    other: t.other,
    kategoriCreated: kategori.created,
    settingsWereNew: storeSettings(ss, now),
    // Last: everything above is done even when the trigger cannot be made.
    editChecks: ensureEditTrigger(ss),
  };
  const problem = headerProblem(mapped, lang);
  return problem === undefined ? out : { ...out, headerProblem: problem };
}

export function setupDataSheetIn(ss: Spreadsheet, lang: Lang, now: Date = new Date()): SetupOutcome {
  try {
    return setUp(ss, lang, now);
  } catch (e) {
    if (e instanceof SpreadsheetFull) return { ok: false, message: spreadsheetFullMessage(e, lang) };
    throw e;
  }
}

/** Codebook columns just added to a sheet that already has rows: empty there until filled in. */
function emptyColumnsNote(added: readonly string[], rows: number, lang: Lang): string {
  const fields = added.filter((h) => FIELDS.some((f) => f.header === h));
  if (fields.length === 0 || rows === 0) return '';
  return sayf('setupColumnsEmpty', lang, { headers: fields.map((h) => `"${h}"`).join(', '), rows });
}

/**
 * Menu "Siapkan Lembar Data" / "Set Up Data Sheet": creates or repairs the Data sheet and the
 * Kategori sheet, then says what it did in a toast. The first time, it opens the settings
 * dialog so the coordinator names the kelurahan and the survey year.
 */
export function setupDataSheet(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang();
  const out = setupDataSheetIn(ss, lang);
  if (!out.ok) {
    notify(ss, out.message, lang);
    return;
  }
  const parts = [
    out.other ? sayf('setupOtherSheet', lang, { sheet: out.sheet }) : '',
    sayf('setupDone', lang, { sheet: out.sheet, added: out.added.length, rows: out.rowsKept }),
    emptyColumnsNote(out.added, out.rowsKept, lang),
    out.headerProblem === undefined ? '' : sayf('setupHeaderProblem', lang, { problem: out.headerProblem }),
    say(out.editChecks === 'failed' ? 'setupChecksFailed' : 'setupChecksOn', lang),
    out.settingsWereNew ? say('setupSettingsHint', lang) : '',
  ];
  notify(ss, parts.filter((p) => p !== '').join(' '), lang);
  if (out.settingsWereNew) openSettings();
}
