/**
 * When the tables were made, and from what: Buat Tabel stores a record in a document property;
 * `tablesFreshness` tells a later action (the PDF export) whether the table sheets still match
 * the Data sheet, the settings and the category lists, so it can offer to remake them first.
 */
import type { Lang } from '../core';
import { TABLES_KEY } from './constants';
import { readDataSheet } from './data';
import { dataFingerprint } from './fingerprint';
import { loadCategories } from './kategori';
import { loadSettings } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TablesRecord {
  /** ISO time of the run of Buat Tabel. */
  madeAt: string;
  /** dataFingerprint of the Data sheet, settings and lists it read. */
  fingerprint: string;
  valid: number;
  invalid: number;
  /** Sheet ids (gids) of Tabel 1..5, in order. */
  sheetIds: number[];
}

export function saveTablesRecord(record: TablesRecord): void {
  PropertiesService.getDocumentProperties().setProperty(TABLES_KEY, JSON.stringify(record));
}

export function readTablesRecord(): TablesRecord | null {
  const text = PropertiesService.getDocumentProperties().getProperty(TABLES_KEY);
  if (!text) return null;
  try {
    const r = JSON.parse(text) as Partial<TablesRecord>;
    if (typeof r.madeAt !== 'string' || typeof r.fingerprint !== 'string') return null;
    return {
      madeAt: r.madeAt,
      fingerprint: r.fingerprint,
      valid: typeof r.valid === 'number' ? r.valid : 0,
      invalid: typeof r.invalid === 'number' ? r.invalid : 0,
      sheetIds: Array.isArray(r.sheetIds) ? r.sheetIds.filter((x): x is number => typeof x === 'number') : [],
    };
  } catch {
    return null;
  }
}

export interface TablesFreshness {
  /** False when Buat Tabel has never run in this spreadsheet. */
  made: boolean;
  /** ISO time of the last run, or null. */
  madeAt: string | null;
  /** True when the Data sheet, settings and lists are what the tables were made from. */
  fresh: boolean;
  /** Sheet ids of Tabel 1..5 as the last run left them ([] when never made). */
  sheetIds: number[];
}

/**
 * Whether the table sheets are up to date. Costs one read of the Data sheet (and of the
 * Kategori sheet and the settings), as much as the fingerprint needs; nothing is written.
 */
export function tablesFreshness(ss: Spreadsheet, lang: Lang = 'id', now: Date = new Date()): TablesFreshness {
  const record = readTablesRecord();
  if (record === null) return { made: false, madeAt: null, fresh: false, sheetIds: [] };
  const read = readDataSheet(ss, lang);
  const fresh =
    read.ok &&
    dataFingerprint(read.data.values, loadSettings(now), loadCategories(ss, lang).categories) === record.fingerprint;
  return { made: true, madeAt: record.madeAt, fresh, sheetIds: record.sheetIds };
}
