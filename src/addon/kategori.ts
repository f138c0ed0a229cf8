/**
 * The category lists of this spreadsheet: the Kategori sheet (Daftar | Label | Alias | Kunci),
 * which the coordinator edits, over the codebook's defaults. A list the sheet names replaces
 * the default list; a list it does not mention keeps the default.
 */
import { categoriesFromRows, cloneCategories, type Categories, type ColumnAlias, type Lang, type RawCell } from '../core';
import { SHEET_NAMES } from './constants';
import { findOwnedOrNamed } from './owned';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CategoriesRead {
  categories: Categories;
  /** Why the sheet was not used, when it was not (the defaults are used then). */
  problem?: string;
  /** The coordinator's own headers for Pranata's columns (rows of the list `Kolom`). */
  columns?: ColumnAlias[];
}

export function loadCategories(ss: Spreadsheet, lang: Lang): CategoriesRead {
  const sheet = findOwnedOrNamed(ss, 'kategori', SHEET_NAMES.kategori);
  if (sheet === null) return { categories: cloneCategories() };
  return categoriesOfRows(sheet.getDataRange().getValues() as RawCell[][], lang);
}

/** A Kategori sheet's rows over the defaults; the defaults, and why, when the rows are unusable. */
export function categoriesOfRows(rows: readonly (readonly RawCell[])[], lang: Lang): CategoriesRead {
  const out = categoriesFromRows(rows, cloneCategories(), 'replace');
  return out.ok ? { categories: out.categories, columns: out.columns } : { categories: cloneCategories(), problem: out.message[lang] };
}
