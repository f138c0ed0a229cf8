/**
 * The Kategori sheet at set-up time. It holds every list (Daftar | Label | Alias | Kunci) and is
 * the coordinator's to edit: it is written only when it does not exist, never overwritten.
 * Each category column of the Data sheet gets its dropdown from the labels of its list here.
 */
import {
  categoriesToRows,
  categoryColumn,
  cellText,
  cloneCategories,
  listIdOf,
  type Categories,
  type Lang,
  type ListId,
  type RawCell,
} from '../core';
import { insertSheetChecked } from './capacity';
import { SHEET_NAMES, type SheetRole } from './constants';
import { categoriesOfRows } from './kategori';
import { say } from './messages';
import { markOwned } from './owned';
import { freeSheetName } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface KategoriSheet {
  sheet: Sheet;
  /** The sheet's cells as they stand after set-up (row i is sheet row i + 1). */
  rows: RawCell[][];
  created: boolean;
  /** The lists it defines over the defaults (the defaults when it cannot be read). */
  categories: Categories;
}

/** A sheet whose first row names the Daftar and Label columns is a category list. */
function looksLikeKategori(rows: readonly (readonly RawCell[])[]): boolean {
  const header = rows[0] ?? [];
  return categoryColumn(header, 'list') >= 0 && categoryColumn(header, 'label') >= 0;
}

function readAll(sheet: Sheet): RawCell[][] {
  return sheet.getDataRange().getValues() as RawCell[][];
}

function listsOf(rows: readonly (readonly RawCell[])[]): Categories {
  return categoriesOfRows(rows, 'id').categories;
}

/** Writes the default lists into a new sheet: plain text first, so no label is ever parsed. */
function writeDefaults(sheet: Sheet, lang: Lang): RawCell[][] {
  const rows = categoriesToRows(cloneCategories());
  const width = rows[0]?.length ?? 4;
  const block = sheet.getRange(1, 1, rows.length, width);
  block.setNumberFormat('@');
  block.setValues(rows);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.getRange(1, 1).setNote(say('kategoriNote', lang));
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, 3, 240);
  return rows;
}

/**
 * The Kategori sheet: the owned one; else a sheet named "Kategori" that looks like a list
 * (adopted, not rewritten); else a new one with the default lists.
 */
export function ensureKategoriSheet(
  ss: Spreadsheet,
  owned: Map<SheetRole, Sheet>,
  taken: Set<string>,
  lang: Lang,
): KategoriSheet {
  const mine = owned.get('kategori');
  if (mine !== undefined) {
    const rows = readAll(mine);
    return { sheet: mine, rows, created: false, categories: listsOf(rows) };
  }
  const named = ss.getSheetByName(SHEET_NAMES.kategori);
  if (named !== null) {
    const rows = readAll(named);
    if (looksLikeKategori(rows)) {
      markOwned(named, 'kategori');
      owned.set('kategori', named);
      return { sheet: named, rows, created: false, categories: listsOf(rows) };
    }
  }
  const name = freeSheetName(taken, SHEET_NAMES.kategori);
  const sheet = insertSheetChecked(ss, name, taken.size);
  taken.add(name.toLowerCase());
  markOwned(sheet, 'kategori');
  owned.set('kategori', sheet);
  const rows = writeDefaults(sheet, lang);
  return { sheet, rows, created: true, categories: listsOf(rows) };
}

export type DropdownSource = { kind: 'range'; range: Range } | { kind: 'list'; labels: string[] };

/**
 * Where the dropdown of `list` comes from: the Label cells of that list when they stand in one
 * block of rows (a type inserted inside the block widens the range by itself), else the labels
 * as a fixed list (rows of one list scattered over the sheet cannot make one range).
 */
export function dropdownSource(k: KategoriSheet, list: ListId): DropdownSource {
  const header = k.rows[0] ?? [];
  const iList = categoryColumn(header, 'list');
  const iLabel = categoryColumn(header, 'label');
  const labels = k.categories[list].map((c) => c.label);
  if (iList < 0 || iLabel < 0) return { kind: 'list', labels };
  const rows: number[] = [];
  k.rows.forEach((row, i) => {
    if (i > 0 && listIdOf(cellText(row[iList])) === list && cellText(row[iLabel]) !== '') rows.push(i + 1);
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined || last - first + 1 !== rows.length) return { kind: 'list', labels };
  return { kind: 'range', range: k.sheet.getRange(first, iLabel + 1, rows.length, 1) };
}
