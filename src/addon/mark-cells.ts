/**
 * Writes the marks of Periksa Data onto the Data sheet with one read and one write of
 * backgrounds and notes over the data block, whatever the number of rows. The block also
 * covers the rows and columns marked by the previous run (kept in a document property), so
 * a mark left on a row that has since been emptied, or in a column since moved, is cleared.
 */
import type { HeaderMap, Issue, Lang } from '../core';
import { MARKS_KEY } from './constants';
import { hasOwnMarks, planMarks, type MarkBlock, type MarkPlan } from './marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Extent {
  sheetId: number;
  lastRow: number;
  /** 0-based columns the add-on marked. */
  columns: number[];
}

function previousExtent(text: string | null, sheetId: number): Extent | null {
  if (!text) return null;
  try {
    const e = JSON.parse(text) as Partial<Extent>;
    if (e.sheetId !== sheetId || typeof e.lastRow !== 'number' || !Array.isArray(e.columns)) return null;
    return { sheetId, lastRow: e.lastRow, columns: e.columns.filter((c): c is number => Number.isInteger(c) && c >= 0) };
  } catch {
    return null;
  }
}

/** Backgrounds and notes to write over one block of rows, planned from one read of each. */
export interface RowMarks {
  range: GoogleAppsScript.Spreadsheet.Range;
  plan: MarkPlan;
}

/**
 * Reads the backgrounds and notes of rows `firstRow`..`lastRow` over the columns of `markable`
 * (0-based) and plans Periksa Data's marks there: the cells of `issues` marked, the add-on's
 * old marks elsewhere in the block cleared. Nothing is written yet (writeMarks does), so a
 * caller can do every read before its first write. null when there is nothing to mark.
 */
export function planRowMarks(
  sheet: Sheet,
  firstRow: number,
  lastRow: number,
  markable: ReadonlySet<number>,
  issues: readonly Issue[],
  lang: Lang,
): RowMarks | null {
  const read = readBlock(sheet, firstRow, lastRow, markable);
  return read === null ? null : { range: read.range, plan: planMarks(read.block, markable, issues, lang) };
}

/** One read of backgrounds and one of notes over rows firstRow..lastRow and the columns of `markable`. */
function readBlock(
  sheet: Sheet,
  firstRow: number,
  lastRow: number,
  markable: ReadonlySet<number>,
): { range: GoogleAppsScript.Spreadsheet.Range; block: MarkBlock } | null {
  if (markable.size === 0 || lastRow < firstRow) return null;
  const first = Math.min(...markable);
  const width = Math.max(...markable) - first + 1;
  const range = sheet.getRange(firstRow, first + 1, lastRow - firstRow + 1, width);
  return { range, block: { firstRow, firstColumn: first + 1, backgrounds: range.getBackgrounds(), notes: range.getNotes() } };
}

/**
 * Clears the add-on's own marks (its colours, its part of the notes) from rows
 * firstRow..lastRow of the codebook columns: rows the add-on just grew, which Sheets formats
 * like the row before them (a red mark included), and the row it writes an entry into. A
 * person's colours and notes stay, and no value is touched. Two reads, and two writes only
 * when a mark of ours is there, whatever the number of rows.
 */
export function clearOwnMarks(sheet: Sheet, header: HeaderMap, firstRow: number, lastRow: number, lang: Lang): void {
  const markable = new Set(markableColumns(header));
  const read = readBlock(sheet, firstRow, lastRow, markable);
  if (read === null || !hasOwnMarks(read.block, markable)) return;
  writeMarks({ range: read.range, plan: planMarks(read.block, markable, [], lang) });
}

/** One write of backgrounds and one of notes. */
export function writeMarks(marks: RowMarks): void {
  marks.range.setBackgrounds(marks.plan.backgrounds);
  marks.range.setNotes(marks.plan.notes);
}

/** 0-based columns of the codebook's fields in the header: where marks go. */
export function markableColumns(header: HeaderMap): number[] {
  return Object.values(header.index).filter((c): c is number => c !== undefined);
}

/**
 * Marks the cells of `issues` and clears the add-on's marks elsewhere in the data rows.
 * `lastRow` is the last row of the data read (values.length).
 */
export function markCells(sheet: Sheet, header: HeaderMap, lastRow: number, issues: readonly Issue[], lang: Lang): void {
  const props = PropertiesService.getDocumentProperties();
  const sheetId = sheet.getSheetId();
  const before = previousExtent(props.getProperty(MARKS_KEY), sheetId);
  const mapped = markableColumns(header);
  const markable = new Set([...mapped, ...(before?.columns ?? [])]);
  const firstRow = header.headerRow + 1;
  let last = Math.max(lastRow, before?.lastRow ?? 0);
  // Rows deleted since the last run took their marks with them: never reach past the grid.
  if (last > lastRow) last = Math.min(last, sheet.getMaxRows());
  const marks = planRowMarks(sheet, firstRow, last, markable, issues, lang);
  if (marks !== null) writeMarks(marks);
  const extent: Extent = { sheetId, lastRow, columns: mapped };
  props.setProperty(MARKS_KEY, JSON.stringify(extent));
}
