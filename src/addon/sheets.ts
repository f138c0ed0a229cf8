/**
 * Finding or creating the sheets the add-on generates (Validasi, Tabel 1..5). They are found
 * again by DeveloperMetadata, never by name, so a user's own sheet called "Tabel 1" is never
 * taken over: the add-on's sheet then gets a free name such as "Tabel 1 (Pranata)".
 */
import { insertSheetChecked } from './capacity';
import type { SheetRole } from './constants';
import { markOwned } from './owned';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The names in use, lower-cased: Sheets refuses a new name that differs from an existing
 * one only in case, so a free name is looked for case-free. One read per sheet, once per action.
 */
export function sheetNames(ss: Spreadsheet): Set<string> {
  return new Set(ss.getSheets().map((s) => s.getName().toLowerCase()));
}

/** `base`, else "base (Pranata)", else "base (Pranata 2)"...: the first name not in `taken`. */
export function freeSheetName(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (Pranata)` : `${base} (Pranata ${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export interface EnsuredSheet {
  sheet: Sheet;
  created: boolean;
}

/**
 * The sheet that holds `role`: the owned one if it exists, else a new sheet with a free name,
 * appended after the others and marked. `owned` and `taken` are updated for later calls.
 */
export function ensureOwnedSheet(
  ss: Spreadsheet,
  owned: Map<SheetRole, Sheet>,
  taken: Set<string>,
  role: SheetRole,
  base: string,
): EnsuredSheet {
  const existing = owned.get(role);
  if (existing !== undefined) return { sheet: existing, created: false };
  const name = freeSheetName(taken, base);
  const sheet = insertSheetChecked(ss, name, taken.size);
  taken.add(name.toLowerCase());
  markOwned(sheet, role);
  owned.set(role, sheet);
  return { sheet, created: true };
}
