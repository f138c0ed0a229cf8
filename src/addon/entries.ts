/**
 * Reading entries back for the sidebar: the volunteer's recent entries and one entry for
 * editing. Rows are found by ID, never by a remembered row number: a coordinator may have
 * sorted the sheet or deleted rows since. One read of the Data sheet per call.
 */
import { cellText, schemaContext, type HeaderMap, type Lang, type RawCell } from '../core';
import type { RecentEntry, StoredEntry } from './contract';
import { readDataSheet } from './data';
import { isClientId } from './form';
import { loadCategories } from './kategori';
import { userLang } from './lang';
import { readRecent, writeRecent } from './recent';
import { loadSettings } from './settings';
import { rowInput } from './stored';

interface Rows {
  values: RawCell[][];
  header: HeaderMap;
  /** 1-based row of each id (the first row holding it). */
  rowById: Map<string, number>;
}

/** The Data sheet's values (one read) and where each id is; null without a readable Data sheet. */
function readRows(lang: Lang): Rows | null {
  const data = readDataSheet(SpreadsheetApp.getActiveSpreadsheet(), lang);
  if (!data.ok) return null;
  const { values, header } = data.data;
  const idColumn = header.index.id;
  const rowById = new Map<string, number>();
  if (idColumn !== undefined) {
    for (let i = header.headerRow; i < values.length; i++) {
      const id = cellText(values[i]?.[idColumn]);
      if (id !== '' && !rowById.has(id)) rowById.set(id, i + 1);
    }
  }
  return { values, header, rowById };
}

/** The volunteer's recent entries, newest first, re-read from the sheet; ids no longer there are dropped. */
export function getRecentEntries(): RecentEntry[] {
  const lang = userLang();
  const recent = readRecent();
  if (recent.length === 0) return [];
  const rows = readRows(lang);
  if (rows === null) return [];
  const { index } = rows.header;
  const out: RecentEntry[] = [];
  for (const r of recent) {
    const row = rows.rowById.get(r.id);
    if (row === undefined) continue;
    const cells = rows.values[row - 1] ?? [];
    const text = (column: number | undefined): string => (column === undefined ? '' : cellText(cells[column]));
    out.push({ id: r.id, row, namaKelompok: text(index.namaKelompok), jenisKelompok: text(index.jenisKelompok), savedAt: r.savedAt });
  }
  if (out.length !== recent.length) writeRecent(recent.filter((r) => rows.rowById.has(r.id)));
  return out;
}

/** One entry as form input, for editing; null when no row holds `id`. */
export function getEntry(id: string): StoredEntry | null {
  if (!isClientId(id)) return null;
  const lang = userLang();
  const rows = readRows(lang);
  if (rows === null) return null;
  const row = rows.rowById.get(id);
  if (row === undefined) return null;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = schemaContext(loadCategories(ss, lang).categories, loadSettings());
  const zone = ss.getSpreadsheetTimeZone();
  const dateText = (d: Date): string => Utilities.formatDate(d, zone, 'yyyy-MM-dd');
  return { id, row, input: rowInput(rows.values[row - 1] ?? [], rows.header, ctx, dateText) };
}
