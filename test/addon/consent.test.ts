/**
 * Granular consent: a user who unticked a scope is asked for it again when a menu item needs
 * it (ScriptApp.requireScopes ends the run before anything is read or written), and each
 * item's scope list is enough to run it.
 */
import * as entry from '../../src/index';
import { ACTION_SCOPES, SCOPES, type MenuAction } from '../../src/addon/consent';
import { EXECUTION_ENDED, MANIFEST_SCOPES, type FakeGas } from '../fake';
import { installFake, storeSettings, studyRows } from './env';

const ACTIONS = Object.keys(ACTION_SCOPES) as MenuAction[];

function studyFake(): FakeGas {
  const fake = installFake({ htmlFiles: { sidebar: '<p>form</p>', settings: '<p>settings</p>' } });
  fake.seedSheet('Data', studyRows());
  storeSettings(fake);
  return fake;
}

function grantOnly(fake: FakeGas, scopes: readonly string[]): void {
  fake.ctx.granted.clear();
  for (const s of scopes) fake.ctx.granted.add(s);
}

describe('menu actions and the scopes they need', () => {
  it('every scope named is in the manifest, and every manifest scope is named', () => {
    expect(Object.values(SCOPES).sort()).toEqual([...MANIFEST_SCOPES].sort());
    for (const action of ACTIONS) for (const s of ACTION_SCOPES[action]) expect(MANIFEST_SCOPES).toContain(s);
  });

  it.each(ACTIONS.filter((a) => a !== 'exportPdf'))('%s runs with exactly its own scopes granted', (action) => {
    const fake = studyFake();
    entry.setupDataSheet();
    fake.answerAlerts('NO', 'NO');
    grantOnly(fake, ACTION_SCOPES[action]);
    expect(() => (entry[action] as () => unknown)()).not.toThrow();
    expect(fake.records.consentPrompts).toEqual([]);
    // Nothing refused and swallowed into a message either.
    const said = [...fake.records.toasts.map((t) => t.message), ...fake.records.alerts.map((a) => a.prompt)];
    expect(said.filter((m) => /permission|izin/i.test(m))).toEqual([]);
    expect(fake.records.toasts.length + fake.records.shown.length).toBeGreaterThan(0);
  });

  it.each(ACTIONS)('%s asks again for a scope the user did not grant, before touching anything', (action) => {
    const fake = studyFake();
    const missing = ACTION_SCOPES[action].at(-1)!;
    grantOnly(fake, MANIFEST_SCOPES.filter((s) => s !== missing));
    const before = fake.snapshot('Data');
    fake.calls.reset();
    expect(() => (entry[action] as () => unknown)()).toThrow(EXECUTION_ENDED);
    expect(fake.records.consentPrompts).toEqual([[missing]]);
    expect(fake.calls.log).toEqual(['ScriptApp.requireScopes']);
    expect(fake.snapshot('Data')).toEqual(before);
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Data']);
  });

  it('granted in the prompt, the item works on the next run', () => {
    const fake = studyFake();
    grantOnly(fake, MANIFEST_SCOPES.filter((s) => s !== SCOPES.email));
    fake.answerConsent(true);
    expect(() => entry.openForm()).toThrow(EXECUTION_ENDED);
    entry.openForm();
    expect(fake.records.shown.map((s) => s.kind)).toEqual(['sidebar']);
  });

  it('without userinfo.email a saved row would have no "Dicatat Oleh": the form asks for it first', () => {
    expect(ACTION_SCOPES.openForm).toContain(SCOPES.email);
    const fake = studyFake();
    grantOnly(fake, MANIFEST_SCOPES.filter((s) => s !== SCOPES.email));
    expect(() => fake.globals.Session.getActiveUser()).toThrow(/Required permissions: .*userinfo\.email/);
  });
});
