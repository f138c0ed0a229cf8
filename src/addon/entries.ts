/**
 * Reading entries back for the sidebar: the volunteer's recent entries and one entry for
 * editing. Rows are found by ID, never by a remembered row number: a coordinator may have
 * sorted the sheet or deleted rows since. The sidebar calls these whenever it opens, so they
 * never read the whole Data sheet: the header block, the ID column, then only the rows wanted
 * (on a 450,000-row sheet that is 450,000 cells instead of ten million).
 */
import { cellText, schemaContext, type HeaderMap, type Lang, type RawCell } from '../core';
import type { RecentEntry, StoredEntry } from './contract';
import { findDataSheet } from './data';
import { readLayout, type Layout } from './data-layout';
import { isClientId } from './form';
import { readIds, rowOfId } from './ids';
import { loadCategories } from './kategori';
import { userLang } from './lang';
import { readRecent, writeRecent } from './recent';
import { loadSettings } from './settings';
import { rowInput } from './stored';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Rows {
  sheet: Sheet;
  layout: Layout;
  header: HeaderMap;
  /** The ID cells of the data rows, from the row under the header down. */
  ids: RawCell[];
}

/** Where the Data sheet's header and ids are (a few small reads); null without a readable sheet. */
function readRows(lang: Lang): Rows | null {
  const sheet = findDataSheet(SpreadsheetApp.getActiveSpreadsheet());
  if (sheet === null) return null;
  const read = readLayout(sheet, lang);
  if (!read.ok) return null;
  const { layout } = read;
  const idColumn = layout.header.index.id;
  const ids = idColumn === undefined ? [] : readIds(sheet, layout, idColumn);
  return { sheet, layout, header: layout.header, ids };
}

function rowOf(rows: Rows, id: string): number | null {
  return rowOfId(rows.ids, id, rows.layout.headerRow + 1);
}

/** One row's cells (one read of that row). */
function cellsOf(rows: Rows, row: number): RawCell[] {
  return (rows.sheet.getRange(row, 1, 1, rows.layout.lastColumn).getValues() as RawCell[][])[0] ?? [];
}

/** The volunteer's recent entries, newest first, re-read from the sheet; ids no longer there are dropped. */
export function getRecentEntries(): RecentEntry[] {
  const lang = userLang();
  const recent = readRecent();
  if (recent.length === 0) return [];
  const rows = readRows(lang);
  if (rows === null) return [];
  const { index } = rows.header;
  const found = recent.map((r) => ({ r, row: rowOf(rows, r.id) }));
  const out: RecentEntry[] = [];
  for (const { r, row } of found) {
    if (row === null) continue;
    // At most ten entries: one small read each, whatever the size of the sheet.
    const cells = cellsOf(rows, row);
    const text = (column: number | undefined): string => (column === undefined ? '' : cellText(cells[column]));
    out.push({ id: r.id, row, namaKelompok: text(index.namaKelompok), jenisKelompok: text(index.jenisKelompok), savedAt: r.savedAt });
  }
  if (out.length !== recent.length) writeRecent(found.filter((f) => f.row !== null).map((f) => f.r));
  return out;
}

/** One entry as form input, for editing; null when no row holds `id`. */
export function getEntry(id: string): StoredEntry | null {
  if (!isClientId(id)) return null;
  const lang = userLang();
  const rows = readRows(lang);
  if (rows === null) return null;
  const row = rowOf(rows, id);
  if (row === null) return null;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = schemaContext(loadCategories(ss, lang).categories, loadSettings());
  const zone = ss.getSpreadsheetTimeZone();
  const dateText = (d: Date): string => Utilities.formatDate(d, zone, 'yyyy-MM-dd');
  return { id, row, input: rowInput(cellsOf(rows, row), rows.header, ctx, dateText) };
}
