/**
 * What crosses google.script.run between the sidebar and the server: JSON-like data only
 * (no Date, no class instances: `google.script.run` cannot carry them). The sidebar imports
 * these types (`import type`), and the server functions in submit.ts return them.
 */
import type { Categories, FieldId, GroupInput, IssueCode, Lang, Settings } from '../core';

export interface FormConfig {
  lang: Lang;
  /** The lists of this spreadsheet (Kategori sheet over the defaults), with aliases. */
  categories: Categories;
  settings: Settings;
  /** The signed-in volunteer's email when Apps Script exposes it, else ''. */
  user: string;
  /** Why the Kategori sheet was not used (the defaults are), if it was not. */
  categoriesProblem?: string;
}

/** One field's problem, with the message in the form's language (no row/column prefix). */
export interface FieldError {
  field: FieldId;
  code: IssueCode;
  message: string;
}

export type SubmitResult =
  | {
      ok: true;
      /** 1-based row of the entry in the Data sheet. */
      row: number;
      /** The entry's ID (the client id it was submitted with). */
      id: string;
      /** True when this client id had already been saved: the retry changed nothing. */
      already: boolean;
    }
  | { ok: false; kind: 'invalid'; errors: FieldError[] }
  | { ok: false; kind: 'busy' | 'not_found' | 'no_sheet' | 'error'; message: string };

/** One of the volunteer's recent entries, as the sidebar lists them. */
export interface RecentEntry {
  id: string;
  row: number;
  namaKelompok: string;
  jenisKelompok: string;
  /** ISO timestamp of the save. */
  savedAt: string;
}

/** An entry read back for editing: the form's values, as text the form can show. */
export interface StoredEntry {
  id: string;
  row: number;
  input: GroupInput;
}

/** An existing row that looks like the entry about to be saved (the core's duplicate key: same normalised name, type, RW and kelurahan). */
export interface SimilarGroup {
  row: number;
  /** Its ID, so the sidebar can open it for editing; null for a row without one. */
  id: string | null;
  namaKelompok: string;
  jenisKelompok: string;
  rw: string;
}
