/**
 * The built add-on, as Apps Script would run it: dist/Code.js evaluated in a node:vm context
 * that holds only the fake services, a recording console and the ECMAScript globals (no
 * require, process, Buffer or setTimeout). Every entry point must be a real top-level
 * function there, and the menu actions must run end to end through the bundle.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { FIELDS } from '../../src/core';
import { AUDIT_HEADERS, OWNER_KEY, SETTINGS_KEY } from '../../src/addon/constants';
import { createFakeGas, driveControl, editEvent, triggerRecords, type FakeGas } from '../fake';
import { dialogPdf } from '../pdf-export/world';
import { entryPoints } from '../addon/entry-points';

const ROOT = join(__dirname, '..', '..');
const CODE = join(ROOT, 'dist', 'Code.js');
const MANIFEST = join(ROOT, 'dist', 'appsscript.json');

/** `npm test` builds first; a lone `npx jest test/bundle` builds here when dist/ is missing. */
function code(): string {
  if (!existsSync(CODE) || !existsSync(MANIFEST)) execFileSync(process.execPath, [join(ROOT, 'build.mjs')], { cwd: ROOT });
  return readFileSync(CODE, 'utf8');
}

interface Loaded {
  fake: FakeGas;
  context: vm.Context;
  logs: string[];
  call(name: string, ...args: unknown[]): unknown;
}

function load(options: Parameters<typeof createFakeGas>[0] = {}): Loaded {
  const logs: string[] = [];
  const say = (...parts: unknown[]) => logs.push(parts.map(String).join(' '));
  const context = vm.createContext({ console: { log: say, info: say, warn: say, error: say } });
  // Dates and Errors the fake makes belong to the context's realm, as on Apps Script.
  const realm = vm.runInContext('({ Date, Error })', context) as { Date: DateConstructor; Error: ErrorConstructor };
  const fake = createFakeGas({ ...options, realm });
  Object.assign(context, fake.globals);
  vm.runInContext(code(), context, { filename: 'Code.js' });
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function of the bundle`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  };
  return { fake, context, logs, call };
}

const ENTRY_POINTS = entryPoints();

describe('dist/Code.js in node:vm', () => {
  test('the context has no Node globals and no timers', () => {
    const { context } = load();
    for (const name of ['require', 'process', 'Buffer', 'setTimeout', 'setInterval', 'module', 'exports', '__dirname']) {
      expect([name, vm.runInContext(`typeof ${name}`, context)]).toEqual([name, 'undefined']);
    }
  });

  test('every export of src/index.ts is a top-level function declaration', () => {
    const { context } = load();
    expect(ENTRY_POINTS).toEqual(
      expect.arrayContaining(['onOpen', 'onInstall', 'openForm', 'setupDataSheet', 'openSettings', 'saveSettingsForm', 'checkData', 'makeTables', 'submitGroup']),
    );
    const source = code();
    for (const name of ENTRY_POINTS) {
      expect([name, vm.runInContext(`typeof ${name}`, context)]).toEqual([name, 'function']);
      // A declaration, not an assignment: Apps Script lists only declared functions.
      expect(source).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
      expect(name.endsWith('_')).toBe(false);
    }
  });

  test('every menu item names a function that exists; AuthMode.NONE builds only the menu', () => {
    const { fake, context, call } = load({ authMode: 'NONE' });
    call('onOpen', fake.openEvent());
    const items = fake.menuItems();
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const item of items) {
      expect([item.functionName, vm.runInContext(`typeof ${item.functionName}`, context)]).toEqual([item.functionName, 'function']);
      expect(ENTRY_POINTS).toContain(item.functionName);
    }
    expect(Object.keys(fake.calls.byMethod).sort()).toEqual(['Menu.addItem', 'Menu.addSeparator', 'Menu.addToUi', 'SpreadsheetApp.getUi', 'Ui.createAddonMenu']);
  });

  test('English menu through the bundle when the locale is English', () => {
    const { fake, call } = load({ activeUserLocale: 'en_US' });
    call('onInstall', fake.openEvent());
    expect(fake.menuItems()[0]!.caption).toBe('Open Form');
  });

  test('set-up, submit, Periksa Data, Buat Tabel and Ekspor PDF run end to end', async () => {
    const { fake, call, logs } = load({ htmlFiles: { sidebar: '<p>form</p>' } });
    call('onOpen', fake.openEvent());

    call('setupDataSheet');
    const header = fake.values('Data')[0];
    expect(header).toEqual([...FIELDS.map((f) => f.header), ...AUDIT_HEADERS]);
    // First set-up: the settings dialog opens for the kelurahan and survey year.
    expect(fake.records.shown.at(-1)).toMatchObject({ kind: 'modal' });
    call('saveSettingsForm', { kelurahan: 'Cibeureum', surveyYear: '2006', ageYears: '10', membersSmall: '10', membersLarge: '20' });
    expect(JSON.parse(fake.properties('document')[SETTINGS_KEY]!)).toMatchObject({ kelurahan: 'Cibeureum', surveyYear: 2006 });

    const input = {
      namaKelompok: 'Posyandu Mawar', jenisKelompok: 'Posyandu', rw: 3, rt: 2, tahunBerdiri: 1995,
      tujuan: 'Pelayanan Kesehatan', jumlahAnggota: 12, pendidikanPengurus: 'SMA', jaringanKerja: 'Pemerintah',
    };
    const saved = call('submitGroup', input, 'c-0001') as { ok: boolean; row?: number };
    expect(saved).toMatchObject({ ok: true, row: 2 });
    const again = call('submitGroup', input, 'c-0001') as { ok: boolean; already?: boolean };
    expect(again).toMatchObject({ ok: true, row: 2, already: true });
    const bad = call('submitGroup', { ...input, jumlahAnggota: 'dua puluh' }, 'c-0002') as { ok: boolean };
    expect(bad.ok).toBe(false);

    // A row typed by hand with a mistake.
    fake.sheet('Data').getRange(3, 2, 1, 10).setValues([['KUBE Maju', 'KUBE', 'Cibeureum', 1, 1, 2001, 'Peningkatan Penghasilan', 'sepuluh', 'SD', 'Orsos']]);
    // The edit trigger set-up made, as it fires for that row: marked, and given an ID.
    expect(triggerRecords(fake.ctx).map((t) => t.handler)).toEqual(['onDataEdit']);
    expect(call('onDataEdit', editEvent(fake, 'Data', 3, 2, 1, 10))).toMatchObject({ checked: true, rows: 1, issues: 1, filled: 1 });
    expect(fake.values('Data')[2]![0]).not.toBe('');
    call('checkData');
    expect(fake.records.toasts.at(-1)!.message).toBe('1 baris sah, 1 tidak sah, 0 peringatan.');
    expect(fake.values('Validasi')).toHaveLength(2);

    call('makeTables');
    const tables = fake.metadata().filter((m) => m.key === OWNER_KEY && /^T[1-9]$/.test(m.value ?? ''));
    expect(tables).toHaveLength(9);
    for (const t of tables) expect(fake.charts(t.sheet!)).toHaveLength(1);
    expect(fake.values('Tabel 2')[0]![0]).toBe('Tabel 2. Tujuan Didirikannya Perkumpulan Sosial');
    expect(fake.records.toasts.at(-1)!.message).toContain('1 baris sah');

    // Ekspor PDF through the bundle: src/report draws the report with pdf-lib and the fonts
    // inside the bundle, no Node globals; the dialog's "Simpan ke Drive" saves it.
    await call('exportPdf');
    expect(fake.records.alerts).toEqual([]);
    const pdf = dialogPdf(fake.records.shown.at(-1)!.content);
    expect(pdf.name).toBe('Laporan WKSBM Cibeureum 2006.pdf');
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(call('savePdfToDrive', pdf.base64, pdf.name)).toMatchObject({ ok: true, name: 'Laporan WKSBM Cibeureum 2006.pdf' });
    const files = driveControl(fake.ctx).files();
    expect(files.map((f) => [f.name, f.mimeType, f.bytes.length])).toEqual([['Laporan WKSBM Cibeureum 2006.pdf', 'application/pdf', pdf.bytes.length]]);

    call('openForm');
    expect(fake.records.shown.at(-1)).toMatchObject({ kind: 'sidebar', width: 300 });
    expect(logs.filter((l) => /error|exception/i.test(l))).toEqual([]);
  });

  test('no eval and no new Function in the bundle', () => {
    const source = code();
    expect(source).not.toMatch(/\beval\(/);
    expect(source).not.toMatch(/new Function\(/);
  });

  test('dist/appsscript.json: V8, Asia/Jakarta, the Drive advanced service v3, exactly the five least scopes', () => {
    code();
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
      runtimeVersion: string; timeZone: string; oauthScopes: string[]; dependencies: { enabledAdvancedServices?: unknown[] };
    };
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Jakarta');
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]);
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/script.container.ui',
      // ScriptApp.newTrigger / getUserTriggers: the edit trigger Siapkan Lembar Data makes.
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });
});
