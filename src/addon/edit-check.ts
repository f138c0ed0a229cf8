/**
 * Checks on edit: when anyone edits the Data sheet (in a browser or the Sheets app on a phone,
 * where no add-on menu or sidebar exists), the edited rows are checked with the core and marked
 * exactly as Periksa Data marks them (planRowMarks, the same code), marks of cells now right
 * are cleared, and a row typed by hand gets its ID and Waktu Pencatatan when those are empty.
 *
 * It runs from the installable edit trigger that Siapkan Lembar Data creates (edit-trigger.ts):
 * a simple onEdit would not fire for a volunteer who never installed the add-on, and could not
 * take the lock. Cost per edit, one cell or a pasted block of 500 rows alike: the header block,
 * the edited rows, the key columns of the rows down to the edit (for the duplicate warning,
 * skipped above DUP_ROWS_MAX rows), the block's backgrounds and notes; then the writes.
 *
 * Every read comes before the first write, so a failure on the way (a quota, a lock not
 * granted) leaves the sheet as it was. Dicatat Oleh is not filled: in an installable trigger
 * Session.getActiveUser() is blank for another account's edit (reference base/session: the
 * email is there only for the same Workspace domain) and, by reports outside Google's pages
 * (tanaikech, "Detecting operations to Google Spreadsheet by owner, specific users and
 * anonymous users", 2022), can be the trigger's creator for an anonymous editor, so a
 * name written here could be the wrong person; the sidebar, which runs as the volunteer,
 * fills it. A check is idempotent, so the same edit checked again
 * (by a second coordinator's trigger, edit-trigger.ts) leaves the sheet as one check does:
 * its reads are under the lock and see the first run's writes, an ID is filled only when
 * empty, and the marks are a function of the cells. Values typed by a volunteer are never written: only the
 * empty ID and Waktu Pencatatan cells of the edited rows are.
 */
import { onSheetClock } from './sheet-clock';
import {
  isBlankCell,
  keySpan,
  repeatIssues,
  RowValidator,
  schemaContext,
  type Issue,
  type Lang,
  type RawCell,
} from '../core';
import { columnA1 } from './a1';
import { OWNER_KEY } from './constants';
import { readLayout, type Layout } from './data-layout';
import { loadCategories } from './kategori';
import { withDocumentLock } from './lock';
import { markableColumns, planRowMarks, writeMarks } from './mark-cells';
import { TEXT_FORMAT, TIMESTAMP_FORMAT } from './rowcells';
import { loadSettings } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * How long an edit waits for the document lock (held by a sidebar save or the previous edit's
 * check). Each typed cell fires its own execution; the one that runs last reads the latest
 * values, so a check skipped here is made by the next one.
 */
export const EDIT_LOCK_MS = 10_000;

/**
 * The duplicate warning reads the name, type, RW and ID columns of every row down to the edit.
 * Assumed time limit: 30 seconds, the simple triggers' limit, although an installable trigger
 * may run 6 minutes: every run is charged to the trigger creator's daily trigger quota (90
 * minutes on a consumer account) and the volunteer is waiting for the mark. Periksa Data's
 * estimate (3,000,000 cells read and written in 6 minutes) gives 250,000 cells in 30 s; the
 * key span is 5 columns on a sheet Siapkan Lembar Data made, hence 50,000 rows.
 */
export const DUP_ROWS_MAX = 50_000;

export type EditOutcome =
  | { checked: false; reason: 'other_sheet' | 'header' | 'outside' | 'unreadable' | 'busy' }
  | {
      checked: true;
      /** Rows of the edit that hold something. */
      rows: number;
      issues: number;
      /** Rows given an ID (and Waktu Pencatatan). */
      filled: number;
      /** False when the sheet was too long for the duplicate warning. */
      duplicates: boolean;
    };

/** True when the add-on marked `sheet` as its Data sheet (one metadata read). */
function isDataSheet(sheet: Sheet): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === OWNER_KEY && m.getValue() === 'data');
}

interface Edit {
  top: number;
  numRows: number;
  left: number;
}

/** The last 0-based column the add-on knows in the header: edits right of it are not data. */
function lastKnownColumn(layout: Layout): number {
  const columns = [...markableColumns(layout.header), layout.recordedBy ?? -1, layout.recordedAt ?? -1];
  return Math.max(...columns);
}

/** Runs of consecutive rows (1-based) among `rows`, sorted. */
function runsOf(rows: readonly number[]): { first: number; count: number }[] {
  const out: { first: number; count: number }[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last !== undefined && last.first + last.count === row) last.count++;
    else out.push({ first: row, count: 1 });
  }
  return out;
}

interface Fill {
  /** Rows needing an ID, in order. */
  rows: number[];
  ids: string[];
}

/** Non-blank edited rows whose ID cell is empty: a row typed by hand. Ids: one uuid per run of the trigger, numbered. */
function plannedFill(values: readonly (readonly RawCell[])[], top: number, idColumn: number | undefined, blank: (c: readonly RawCell[]) => boolean): Fill {
  const rows: number[] = [];
  if (idColumn === undefined) return { rows, ids: [] };
  values.forEach((cells, i) => {
    if (!blank(cells) && isBlankCell(cells[idColumn])) rows.push(top + i);
  });
  if (rows.length === 0) return { rows, ids: [] };
  const base = Utilities.getUuid();
  return { rows, ids: rows.map((_, k) => `${base}-${k + 1}`) };
}

function writeFill(sheet: Sheet, fill: Fill, layout: Layout, now: Date): void {
  const idColumn = layout.header.index.id;
  if (idColumn === undefined || fill.rows.length === 0) return;
  const runs = runsOf(fill.rows);
  let k = 0;
  for (const run of runs) {
    // Text format first, so an id is never read as a number or a date.
    const range = sheet.getRange(run.first, idColumn + 1, run.count, 1);
    range.setNumberFormat(TEXT_FORMAT);
    range.setValues(fill.ids.slice(k, k + run.count).map((id) => [id]));
    k += run.count;
  }
  const at = layout.recordedAt;
  if (at === undefined) return;
  // The same instant in every row: one RangeList for all runs.
  const list = sheet.getRangeList(runs.map((r) => columnA1(at + 1, r.first, r.first + r.count - 1)));
  list.setNumberFormat(TIMESTAMP_FORMAT);
  list.setValue(now);
}

function checkLocked(ss: Spreadsheet, sheet: Sheet, edit: Edit, lang: Lang, now: Date): EditOutcome {
  const read = readLayout(sheet, lang);
  if (!read.ok) return { checked: false, reason: 'unreadable' };
  const layout = read.layout;
  const { header, headerRow } = layout;
  if (edit.top <= headerRow) return { checked: false, reason: 'header' };
  const known = lastKnownColumn(layout);
  if (edit.left - 1 > known) return { checked: false, reason: 'outside' };

  // Every column up to the last one holding anything, as Periksa Data reads: a row is blank
  // only when all its cells are (CODEBOOK §1).
  const width = Math.max(layout.lastColumn, known + 1);
  const values = sheet.getRange(edit.top, 1, edit.numRows, width).getValues() as RawCell[][];
  onSheetClock(ss, values);
  const ctx = schemaContext(loadCategories(ss, lang).categories, loadSettings(now));
  const validator = new RowValidator(header, ctx);
  const issues: Issue[] = [];
  const checked = new Map<number, boolean>();
  values.forEach((cells, i) => {
    const row = edit.top + i;
    if (validator.isBlank(cells)) return;
    const r = validator.check(cells, row);
    issues.push(...r.issues);
    checked.set(row, r.record !== null);
  });

  const firstData = headerRow + 1;
  const lastEdited = edit.top + edit.numRows - 1;
  const span = keySpan(header);
  const duplicates = span.width > 0 && lastEdited - firstData + 1 <= DUP_ROWS_MAX;
  if (duplicates && checked.size > 0) {
    const rows = sheet.getRange(firstData, span.first + 1, lastEdited - firstData + 1, span.width).getValues() as RawCell[][];
    issues.push(...repeatIssues(header, ctx, { firstRow: firstData, firstColumn: span.first, rows }, checked));
  }

  const marks = planRowMarks(sheet, edit.top, lastEdited, new Set(markableColumns(header)), issues, lang);
  const fill = plannedFill(values, edit.top, header.index.id, (c) => validator.isBlank(c));
  // The reads are done: from here on only writes.
  if (marks !== null) writeMarks(marks);
  writeFill(sheet, fill, layout, now);
  return { checked: true, rows: checked.size, issues: issues.length, filled: fill.rows.length, duplicates };
}

/** Checks and marks the rows of `range` if it is an edit of the Data sheet's data rows. */
export function checkEdit(ss: Spreadsheet, range: Range, lang: Lang, now: Date = new Date()): EditOutcome {
  const sheet = range.getSheet();
  if (!isDataSheet(sheet)) return { checked: false, reason: 'other_sheet' };
  const edit: Edit = { top: range.getRow(), numRows: range.getNumRows(), left: range.getColumn() };
  const locked = withDocumentLock(EDIT_LOCK_MS, () => checkLocked(ss, sheet, edit, lang, now));
  return locked.ok ? locked.value : { checked: false, reason: 'busy' };
}
