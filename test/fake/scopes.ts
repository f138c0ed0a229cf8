/**
 * Which scopes an Apps Script member needs, from scopes.json (read out of the pinned npm
 * package gas-types-detailed by scope-catalogue.ts; Google's reference "Authorization"
 * blocks). Used by the scope audit (test/addon/scope-audit.test.ts) and by the fake, which
 * refuses a call none of whose scopes is granted, as Apps Script does at run time.
 */
import catalogue from './scopes.json';

const MEMBERS = catalogue.members as Record<string, number[]>;

/** Scopes of 'Namespace.Interface.member' (e.g. 'Drive.DriveApp.createFile'); [] when none are documented. */
export function requiredScopes(member: string): string[] {
  return (MEMBERS[member] ?? []).map((i) => catalogue.scopes[i]!);
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
