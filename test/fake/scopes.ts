/**
 * Which scopes an Apps Script member needs, from scopes.json (read out of the pinned npm
 * package gas-types-detailed by scope-catalogue.ts; Google's reference "Authorization"
 * blocks). Used by the scope audit (test/addon/scope-audit.test.ts) and by the fake, which
 * refuses a call none of whose scopes is granted, as Apps Script does at run time.
 */
import catalogue from './scopes.json';

const MEMBERS = catalogue.members as Record<string, number[]>;

/**
 * Advanced services have no Authorization blocks in gas-types-detailed, so scopes.json has no
 * entry for them; the one the add-on calls is entered here by hand from the REST method's
 * reference (Drive API v3 files.create, "Authorization scopes": one of drive, drive.appdata,
 * drive.file), so the fake refuses Simpan ke Drive when drive.file was not granted.
 */
const ADVANCED: Readonly<Record<string, readonly string[]>> = {
  'Drive.Files.create': ['drive', 'drive.appdata', 'drive.file'].map((s) => `https://www.googleapis.com/auth/${s}`),
};

/** Scopes of 'Namespace.Interface.member' (e.g. 'Drive.DriveApp.createFile'); [] when none are documented. */
export function requiredScopes(member: string): string[] {
  return ADVANCED[member] !== undefined ? [...ADVANCED[member]] : (MEMBERS[member] ?? []).map((i) => catalogue.scopes[i]!);
}

/** True when the member needs no scope or one of those it accepts is granted. */
export function allowedBy(member: string, granted: ReadonlySet<string>): boolean {
  const needed = requiredScopes(member);
  return needed.length === 0 || needed.some((s) => granted.has(s));
}

/** The version of gas-types-detailed the catalogue was read from. */
export const SCOPE_SOURCE: string = catalogue.source;

const interfacesByName = new Map<string, Set<string>>();
for (const key of Object.keys(MEMBERS)) {
  const owner = key.slice(0, key.lastIndexOf('.'));
  const short = owner.slice(owner.lastIndexOf('.') + 1);
  const set = interfacesByName.get(short) ?? new Set<string>();
  set.add(owner);
  interfacesByName.set(short, set);
}

/**
 * The qualified interfaces a fake class's short label ('Range', 'File') may stand for:
 * 'Spreadsheet.Range', or several when the short name is not unique ('File' is
 * 'Drive.File'; 'User' is 'Base.User'...). A label already qualified is its own answer.
 */
export function interfacesOf(label: string): string[] {
  if (label.includes('.')) return [label];
  return [...(interfacesByName.get(label) ?? [])].sort();
}

/**
 * The documented member a fake method stands for, when it needs a scope: label 'Range' and
 * method 'setValues' give 'Spreadsheet.Range.setValues'. Null when no candidate interface
 * documents scopes for it. Throws when the short label fits several interfaces whose scopes
 * differ, so a fake added later cannot be checked against the wrong one silently.
 */
export function scopedMember(label: string, method: string, iface?: string): string | null {
  const candidates = (iface === undefined ? interfacesOf(label) : [iface])
    .map((owner) => `${owner}.${method}`)
    .filter((member) => requiredScopes(member).length > 0);
  if (candidates.length === 0) return null;
  const first = requiredScopes(candidates[0]!).join(' ');
  if (candidates.some((m) => requiredScopes(m).join(' ') !== first)) {
    throw new Error(`instrument(${label}): ${method} has different scopes on ${candidates.join(', ')}; `
      + `name the interface: instrument(Class, '${label}', '${candidates[0]!.slice(0, -method.length - 1)}')`);
  }
  return candidates[0]!;
}

/**
 * Calls the add-on still makes outside its manifest's scopes, owned by another issue. None
 * since issue 9 moved Ekspor PDF's save from DriveApp (full `drive` scope) to the Drive
 * advanced service under `drive.file`. The scope audit asserts exactly these, and the fake
 * lets exactly these through, so both fail when the list is out of date.
 */
export const KNOWN_VIOLATIONS: readonly string[] = [];

/** The fake does not scope-check the interfaces of KNOWN_VIOLATIONS (its DriveApp fake goes with them). */
export function exemptFromScopes(member: string): boolean {
  const owner = member.slice(0, member.lastIndexOf('.'));
  return KNOWN_VIOLATIONS.some((known) => known.startsWith(`${owner}.`));
}
