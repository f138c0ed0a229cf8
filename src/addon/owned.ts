/**
 * Sheets the add-on owns are found by DeveloperMetadata, not by name: a user's own sheet that
 * happens to be called "Tabel 1" is never touched, and a renamed Data sheet is still found.
 */
import { OWNER_KEY, type SheetRole } from './constants';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every owned sheet by role, with one metadata read per sheet. */
export function ownedSheets(ss: Spreadsheet): Map<SheetRole, Sheet> {
  const out = new Map<SheetRole, Sheet>();
  for (const sheet of ss.getSheets()) {
    for (const m of sheet.getDeveloperMetadata()) {
      if (m.getKey() === OWNER_KEY) {
        const role = m.getValue() as SheetRole;
        if (!out.has(role)) out.set(role, sheet);
      }
    }
  }
  return out;
}

export function findOwned(ss: Spreadsheet, role: SheetRole): Sheet | null {
  return ownedSheets(ss).get(role) ?? null;
}

export function markOwned(sheet: Sheet, role: SheetRole): void {
  sheet.addDeveloperMetadata(OWNER_KEY, role);
}
