/**
 * Every Apps Script member the add-on calls needs one of its documented scopes in
 * appsscript.json (Google refuses the call at run time otherwise). See scope-audit.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KNOWN_VIOLATIONS } from '../fake/scopes';
import { appsScriptMembers, manifestScopes, violations, type MemberUse } from './scope-audit';

/** Known violations owned by other issues (scopes.ts; none now): listed exactly, so the audit fails on a new one and when these go. */
const KNOWN = [...KNOWN_VIOLATIONS].sort();

let dir: string;
let probe: string;
let all: MemberUse[];

beforeAll(() => {
  // One program for both the add-on and a deliberately bad file (parsing the types is the cost).
  dir = mkdtempSync(join(tmpdir(), 'scope-audit-'));
  probe = join(dir, 'save-to-drive.ts');
  writeFileSync(probe, [
    'export function saveReport(blob: GoogleAppsScript.Base.Blob): void {',
    '  const drive = DriveApp;',
    '  drive.createFile(blob);',
    '}',
    '',
  ].join('\n'));
  all = appsScriptMembers([probe]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inAddon = (): MemberUse[] => all.filter((u) => !u.at.startsWith(probe));
const describeUse = (u: MemberUse): string => `${u.member} at ${u.at} needs one of ${u.scopes.join(', ')}`;

describe('scope audit of src/addon against appsscript.json', () => {
  it('resolves the members the add-on uses to their declaring interfaces', () => {
    const members = new Set(inAddon().map((u) => u.member));
    expect(members).toContain('Spreadsheet.Range.setValues');
    expect(members).toContain('Lock.LockService.getDocumentLock');
    expect(members).toContain('Base.Session.getActiveUser');
    expect([...members].every((m) => /^[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_0-9]+)+$/.test(m))).toBe(true);
  });

  it('finds no call outside the manifest\'s scopes but the known ones', () => {
    // Ekspor PDF saves through the Drive advanced service under drive.file (issue 9), no DriveApp.
    const found = violations(inAddon(), manifestScopes());
    expect(found.filter((u) => !KNOWN.includes(u.member)).map(describeUse)).toEqual([]);
    expect([...new Set(found.map((u) => u.member))].sort()).toEqual(KNOWN);
  });

  it('the manifest grants userinfo.email, so Session.getActiveUser fills "Dicatat Oleh"', () => {
    expect(manifestScopes()).toContain('https://www.googleapis.com/auth/userinfo.email');
    expect(violations(inAddon(), manifestScopes()).map((u) => u.member)).not.toContain('Base.Session.getActiveUser');
    // Without it, the audit would catch the call.
    const without = manifestScopes().filter((s) => !s.endsWith('/userinfo.email'));
    expect(violations(inAddon(), without).map((u) => u.member)).toContain('Base.Session.getActiveUser');
  });

  it('fails on a newly added DriveApp.createFile, resolved through an alias', () => {
    const found = violations(all.filter((u) => u.at.startsWith(probe)), manifestScopes());
    expect(found.map((u) => u.member)).toEqual(['Drive.DriveApp.createFile']);
    expect(found[0]!.scopes).toEqual(['https://www.googleapis.com/auth/drive']);
    expect(found[0]!.at).toBe(`${probe}:3`);
  });
});
