/**
 * The built add-on (dist/Code.js in node:vm, the fake's errors made in the context's realm)
 * on a full spreadsheet and a very large Data sheet: the "full" message and the size question
 * survive bundling (a class that extends Error, instanceof across the bundle), and nothing
 * is thrown out of an entry point.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { SETTINGS_KEY } from '../../src/addon/constants';
import { createFakeGas, type FakeGas } from '../fake';
import { entry, FIELD_HEADERS, fillBookTo, HEADER, threeGroups } from './world';

const ROOT = join(__dirname, '..', '..');
const CODE = join(ROOT, 'dist', 'Code.js');

function load(): { fake: FakeGas; call(name: string, ...args: unknown[]): unknown } {
  if (!existsSync(CODE)) execFileSync(process.execPath, [join(ROOT, 'build.mjs')], { cwd: ROOT });
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date, Error })', context) as { Date: DateConstructor; Error: ErrorConstructor };
  const fake = createFakeGas({ realm, userEmail: 'kader@example.org' });
  fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify({ surveyYear: 2006, kelurahan: 'Cibeureum' }));
  Object.assign(context, fake.globals);
  vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
  const call = (name: string, ...args: unknown[]): unknown => (context[name] as (...a: unknown[]) => unknown)(...args);
  return { fake, call };
}

describe('dist/Code.js on a full spreadsheet', () => {
  test('Siapkan Lembar Data: the "full" toast, nothing thrown', () => {
    const { fake, call } = load();
    fake.seedSheet('Data', [FIELD_HEADERS, ...threeGroups(FIELD_HEADERS)]);
    fake.setSheetSize('Data', 480_000, FIELD_HEADERS.length);
    expect(() => call('setupDataSheet')).not.toThrow();
    expect(fake.records.toasts.at(-1)?.message).toContain('Spreadsheet ini sudah penuh');
    expect(fake.sheet('Data').getMaxColumns()).toBe(FIELD_HEADERS.length);
  });

  test('submitGroup on a sheet filled to its last row with no room: the "full" result', () => {
    const { fake, call } = load();
    fake.seedSheet('Data', [HEADER, ...threeGroups()]);
    fake.setSheetSize('Data', 4, HEADER.length);
    fillBookTo(fake, 10_000_000);
    const out = call('submitGroup', entry(), 'bundle-1') as { ok: boolean; message?: string };
    expect(out.ok).toBe(false);
    expect(out.message).toContain('Spreadsheet ini sudah penuh');
    expect(fake.values('Data')).toHaveLength(4);
  });
});

describe('dist/Code.js on a very large Data sheet', () => {
  test('Periksa Data asks first; No leaves everything as it was', () => {
    const { fake, call } = load();
    fake.seedSheet('Data', [HEADER, ...threeGroups()]);
    fake.seedSheet('Data', [['x']], { startRow: 200_000 });
    fake.answerAlerts('NO');
    call('checkData');
    expect(fake.records.alerts).toHaveLength(1);
    expect(fake.records.alerts[0]?.prompt).toContain(`Lembar Data berisi 200.000 baris dan ${HEADER.length} kolom`);
    expect(fake.calls.count('Range.getValues')).toBe(0);
    expect(fake.records.toasts).toEqual([]);
    expect(fake.sheetNames()).not.toContain('Validasi');
  });
});
