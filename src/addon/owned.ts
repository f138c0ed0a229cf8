/**
 * Sheets the add-on owns are found by DeveloperMetadata, not by name: a user's own sheet that
 * happens to be called "Tabel 1" is never touched, and a renamed Data sheet is still found.
 *
 * A duplicated sheet may carry its original's metadata (Google does not document whether
 * Sheet.copyTo / Duplicate copy it; test/fake assumes they do), so two sheets can claim one
 * role, and the copy, dragged in front, would be found first. So each role's sheet id is also
 * kept in a document property and wins. A second claimant is a copy: the coordinator is told,
 * naming both sheets, and the copy's claim is removed (its contents are not touched). When
 * several sheets claim a role and none is the stored one (sheets made before the ids were
 * kept), the add-on cannot tell the original: it uses none of them and says so.
 */
import { OWNER_KEY, SHEET_IDS_KEY, type SheetRole } from './constants';
import { userLang } from './lang';
import { sayf } from './messages';
import { notify } from './notify';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

interface Claim {
  sheet: Sheet;
  mark: Metadata;
}

type StoredIds = Partial<Record<SheetRole, number>>;

function readIds(props: GoogleAppsScript.Properties.Properties): StoredIds {
  try {
    const parsed: unknown = JSON.parse(props.getProperty(SHEET_IDS_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as StoredIds) : {};
  } catch {
    return {};
  }
}

function storeId(props: GoogleAppsScript.Properties.Properties, ids: StoredIds, role: SheetRole, id: number): void {
  ids[role] = id;
  props.setProperty(SHEET_IDS_KEY, JSON.stringify(ids));
}

export interface OwnedLookup {
  sheets: Map<SheetRole, Sheet>;
  /** Roles several sheets claim with none of them the stored one, and those sheets: none is used. */
  disputed: Map<SheetRole, Sheet[]>;
}

/** Sheet names as messages list them: "Data", "Salinan dari Data". */
export function sheetList(sheets: readonly Sheet[]): string {
  return sheets.map((s) => `"${s.getName()}"`).join(', ');
}

/** Every owned sheet by role: one metadata read per sheet and one property read. */
export function ownedLookup(ss: Spreadsheet): OwnedLookup {
  const claims = new Map<SheetRole, Claim[]>();
  for (const sheet of ss.getSheets()) {
    for (const mark of sheet.getDeveloperMetadata()) {
      if (mark.getKey() !== OWNER_KEY) continue;
      const role = mark.getValue() as SheetRole;
      claims.set(role, [...(claims.get(role) ?? []), { sheet, mark }]);
    }
  }
  const props = PropertiesService.getDocumentProperties();
  const ids = readIds(props);
  const out: OwnedLookup = { sheets: new Map(), disputed: new Map() };
  for (const [role, all] of claims) {
    const kept = all.find((c) => c.sheet.getSheetId() === ids[role]) ?? (all.length === 1 ? all[0] : undefined);
    if (kept === undefined) {
      out.disputed.set(role, all.map((c) => c.sheet));
      tell(ss, 'ownedAmbiguous', { sheets: sheetList(all.map((c) => c.sheet)) });
      continue;
    }
    out.sheets.set(role, kept.sheet);
    if (ids[role] !== kept.sheet.getSheetId()) storeId(props, ids, role, kept.sheet.getSheetId());
    for (const copy of all) {
      if (copy === kept) continue;
      copy.mark.remove();
      tell(ss, 'ownedCopy', { copy: copy.sheet.getName(), kept: kept.sheet.getName() });
    }
  }
  return out;
}

function tell(ss: Spreadsheet, key: 'ownedCopy' | 'ownedAmbiguous', vars: Record<string, string>): void {
  const lang = userLang();
  notify(ss, sayf(key, lang, vars), lang);
}

export function ownedSheets(ss: Spreadsheet): Map<SheetRole, Sheet> {
  return ownedLookup(ss).sheets;
}

/**
 * The owned sheet of `role`, else the sheet named `name` (rows typed before set-up); no sheet
 * when the role is disputed, so that neither claimant is written to by its name: then
 * `claimants` holds them, for a message that names them.
 */
export function ownedOrNamed(ss: Spreadsheet, role: SheetRole, name: string): { sheet: Sheet | null; claimants: Sheet[] } {
  const { sheets, disputed } = ownedLookup(ss);
  const claimants = disputed.get(role);
  if (claimants !== undefined) return { sheet: null, claimants };
  return { sheet: sheets.get(role) ?? ss.getSheetByName(name), claimants: [] };
}

export function findOwnedOrNamed(ss: Spreadsheet, role: SheetRole, name: string): Sheet | null {
  return ownedOrNamed(ss, role, name).sheet;
}

export function markOwned(sheet: Sheet, role: SheetRole): void {
  sheet.addDeveloperMetadata(OWNER_KEY, role);
  const props = PropertiesService.getDocumentProperties();
  storeId(props, readIds(props), role, sheet.getSheetId());
}
