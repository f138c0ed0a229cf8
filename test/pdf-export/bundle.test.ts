/**
 * pdf-lib on Apps Script: the export module bundled as build.mjs bundles the add-on (IIFE,
 * platform neutral, es2020), then run in node:vm with the fake services as its only globals:
 * no setTimeout, Buffer, require, process, TextEncoder or URL. pdf-lib would call
 * setTimeout if load/save were left on their default speeds; here the whole export (fetch,
 * merge, cover, save to Drive) must finish, which proves it does not.
 */
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import vm from 'node:vm';
import { PDFDocument } from 'pdf-lib';
import { exportWorld, serveTables, type World } from './world';

const GLOBAL = 'PranataPdf';

let cached: string | undefined;
function bundle(): string {
  if (cached === undefined) {
    // The export, and Buat Tabel to make the tables inside the vm: a table made in jest's realm
    // and checked in the vm's would look stale (its dates are another realm's Date).
    const out = buildSync({
      stdin: {
        contents: "export { exportPdf, exportPdfIn } from './pdf-export';\nexport { makeTablesIn } from './tables-sheet';\n",
        resolveDir: join(__dirname, '../../src/addon'),
        sourcefile: 'pdf-bundle-entry.ts',
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: GLOBAL,
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2020',
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'silent',
    });
    cached = out.outputFiles[0]!.text;
  }
  return cached;
}

/** A vm context with only ECMAScript's globals, and the Date/Error it will use. */
function bareContext(): { context: vm.Context; realm: { Date: DateConstructor; Error: ErrorConstructor } } {
  const context = vm.createContext({});
  const realm = { Date: vm.runInContext('Date', context) as DateConstructor, Error: vm.runInContext('Error', context) as ErrorConstructor };
  return { context, realm };
}

test('the bundle has no eval or new Function (Apps Script runs it, reviewers read it)', () => {
  const code = bundle();
  expect(code).not.toContain('eval(');
  expect(code).not.toContain('new Function(');
  // pdf-lib is inside, not fetched at run time.
  expect(code).toContain('PDFDocument');
  expect(code).not.toMatch(/UrlFetchApp\.fetch\([^)]*(cdn|unpkg|jsdelivr)/);
});

test('evaluating the bundle touches no global (build.mjs lists exports in an empty context)', () => {
  const { context } = bareContext();
  vm.runInContext(bundle(), context);
  expect(Object.keys(vm.runInContext(GLOBAL, context) as object).sort()).toEqual(
    ['exportPdf', 'exportPdfIn', 'makeTablesIn']);
});

describe('exportPdf in node:vm with only the fake services', () => {
  async function runInVm(setup?: (w: World) => void, pagesPerTable: number[] = []) {
    const { context, realm } = bareContext();
    const w = await exportWorld({ realm, makeTables: false });
    for (const [name, service] of Object.entries(w.fake.globals)) context[name] = service;
    vm.runInContext(bundle(), context);
    vm.runInContext(`${GLOBAL}.makeTablesIn(SpreadsheetApp.getActiveSpreadsheet(), 'id')`, context);
    await serveTables(w, pagesPerTable);
    setup?.(w);
    const missing = vm.runInContext(
      "['setTimeout','setImmediate','queueMicrotask','Buffer','require','process','TextEncoder','TextDecoder','atob','URL']" +
        '.filter((n) => typeof globalThis[n] !== "undefined")',
      context,
    ) as string[];
    expect(missing).toEqual([]);
    await (vm.runInContext(`${GLOBAL}.exportPdf()`, context) as Promise<void>);
    return w;
  }

  test('the menu entry makes the merged PDF: cover + nine tables, one of them long', async () => {
    // 60 pages are some 180 objects: past pdf-lib's default 100 objects per tick when
    // loading and 50 when saving, where it would call setTimeout (ReferenceError here).
    const w = await runInVm(undefined, [1, 60, 1, 1, 1]);
    expect(w.fake.records.alerts).toEqual([]);
    const files = w.drive.files();
    expect(files.map((f) => f.name)).toEqual(['Laporan WKSBM Cibeureum 2006.pdf']);
    expect((await PDFDocument.load(files[0]!.bytes)).getPageCount()).toBe(1 + 68);
    expect(w.fake.records.shown).toHaveLength(1);
  });

  test('a 429 on the way: Utilities.sleep and the vm\'s Date.now', async () => {
    const w = await runInVm((world) => {
      world.fetch.answer({ status: 429 });
    });
    expect(w.fake.records.sleeps).toEqual([1000]);
    expect((await PDFDocument.load(w.drive.files()[0]!.bytes)).getPageCount()).toBe(10);
  });

  test('a 403 in the vm: the alert, no file', async () => {
    const w = await runInVm((world) => {
      world.fetch.answer({ status: 403 });
    });
    expect(w.drive.files()).toEqual([]);
    expect(w.fake.records.alerts[0]!.prompt).toContain('HTTP 403');
  });
});
