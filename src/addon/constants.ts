/** Names and keys the add-on uses in the spreadsheet, defined once. */
import type { ListingId, TableId } from '../core';

/** Default names of the sheets the add-on creates (a renamed sheet is still found by metadata). */
export const SHEET_NAMES = {
  data: 'Data',
  kategori: 'Kategori',
  validasi: 'Validasi',
  /** The volunteers' guide for entering groups on a phone (petunjuk-sheet.ts). */
  petunjuk: 'Petunjuk',
  /** Table sheets are "Tabel 1" … "Tabel 9". */
  tabel: 'Tabel',
  /** A kelurahan's tables: "Kel. Melong" (as the CLI's XLSX names its sheets). */
  kelurahan: 'Kel.',
  /** The coordinator's own sheet of groups expected per RW (RW | Target), read by name like Kategori. */
  target: 'Target',
} as const;

/** DeveloperMetadata key on every sheet the add-on owns; its value is the sheet's role. */
export const OWNER_KEY = 'pranata.role';

/**
 * Lists (Rekap, Daftar Kelompok, the comparison) are owned under their ListingId; a
 * kelurahan's sheet of tables under `kel:` and its key (kelurahan-sheets.ts).
 */
export type SheetRole = 'data' | 'kategori' | 'validasi' | 'petunjuk' | TableId | ListingId | KelurahanRole;
export type KelurahanRole = `${typeof KELURAHAN_ROLE}${string}`;
export const KELURAHAN_ROLE = 'kel:';

/** Document property holding the settings as JSON. */
export const SETTINGS_KEY = 'pranata.settings';
/** Document property: where Periksa Data last marked cells (so a later run can clear them all). */
export const MARKS_KEY = 'pranata.marks';
/** Document property: when the tables were made, and a fingerprint of what they were made from. */
export const TABLES_KEY = 'pranata.tables';
/** Document property: each role's sheet id (JSON { role: id }), which wins over a copy claiming the role. */
export const SHEET_IDS_KEY = 'pranata.sheetIds';
/** User property holding the ids of the user's recent entries. */
export const RECENT_KEY = 'pranata.recent';

/** Columns the add-on keeps after the codebook's fields: who recorded a row, and when. */
export const AUDIT_HEADERS = ['Dicatat Oleh', 'Waktu Pencatatan'] as const;

/** How long a submit waits for the document lock before telling the volunteer to retry. */
export const LOCK_WAIT_MS = 20_000;
