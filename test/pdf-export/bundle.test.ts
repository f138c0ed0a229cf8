/**
 * Ekspor PDF as Apps Script runs it: dist/Code.js in node:vm with only the fake services and
 * ECMAScript's globals (no setTimeout, Buffer, require, process, TextEncoder or URL). The
 * report it hands to the dialog must be the CLI's for the same data: the same pages with the
 * same text, rendered alike, although the bundle draws with its subset fonts and the CLI with
 * the whole ones. Then "Simpan ke Drive" through the Drive advanced service's fake.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { TABLE_IDS } from '../../src/core';
import { main } from '../../src/cli/main';
import { ROOT, storeSettings, studyRows } from '../addon/env';
import { createFakeGas, driveControl, type FakeGas } from '../fake';
import type { Browser } from 'playwright-core';
import { lines, pageText, readPdfText } from '../report/pdf-inspect';
import { renderPagesGray } from '../report/render-pages';
import { launch } from '../sidebar/browser';
import { dialogPdf } from './world';

const CODE = join(ROOT, 'dist', 'Code.js');
const CSV = join(ROOT, 'src/cli/sample/cibeureum-2006.csv');
/** 17:30 in Jakarta, 10:30 UTC: the same calendar day from UTC-10 to UTC+13, wherever jest runs. */
const NOW = new Date('2026-11-27T10:30:00Z');

function code(): string {
  if (!existsSync(CODE)) execFileSync(process.execPath, [join(ROOT, 'build.mjs')], { cwd: ROOT });
  return readFileSync(CODE, 'utf8');
}

interface Loaded {
  fake: FakeGas;
  context: vm.Context;
  call(name: string, ...args: unknown[]): unknown;
}

/** The bundle in a bare context whose clock stands at NOW (Date is the context's own). */
function load(rows: readonly (readonly unknown[])[]): Loaded {
  const context = vm.createContext({});
  vm.runInContext(
    `(() => { const Real = Date; const at = ${NOW.getTime()};
      globalThis.Date = class extends Real { constructor(...a) { if (a.length === 0) super(at); else super(...a); } static now() { return at; } };
    })()`,
    context,
  );
  const realm = vm.runInContext('({ Date, Error })', context) as { Date: DateConstructor; Error: ErrorConstructor };
  const fake = createFakeGas({ realm, timeZone: 'Asia/Jakarta' });
  fake.seedSheet('Data', rows);
  storeSettings(fake);
  Object.assign(context, fake.globals);
  vm.runInContext(code(), context, { filename: 'Code.js' });
  fake.calls.reset();
  const call = (name: string, ...args: unknown[]) => ((context as Record<string, unknown>)[name] as (...a: unknown[]) => unknown)(...args);
  return { fake, context, call };
}

/** The CLI's report of the same CSV, at the same moment. */
async function cliReport(): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'pranata-cli-pdf-'));
  try {
    const out = join(dir, 'laporan.pdf');
    const err: string[] = [];
    const code = await main(
      ['tables', '--input', CSV, '--survey-year', '2006', '--kelurahan', 'Cibeureum', '--format', 'pdf', '--out', out],
      { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, now: () => NOW },
    );
    expect([code, err.join('')]).toEqual([0, expect.stringContaining('Ditulis:')]);
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let bundle: Loaded;
let addonPdf: ReturnType<typeof dialogPdf>;
let cliPdf: Uint8Array;

beforeAll(async () => {
  bundle = load(studyRows());
  for (const name of ['setTimeout', 'Buffer', 'require', 'process', 'TextEncoder', 'URL']) {
    expect([name, vm.runInContext(`typeof ${name}`, bundle.context)]).toEqual([name, 'undefined']);
  }
  await bundle.call('exportPdf');
  expect(bundle.fake.records.alerts).toEqual([]);
  addonPdf = dialogPdf(bundle.fake.records.shown.at(-1)!.content);
  cliPdf = await cliReport();
});

describe('Ekspor PDF through the built bundle', () => {
  it('reads the Data sheet once and shows one dialog, the PDF inside, named for the download', () => {
    expect(bundle.fake.calls.count('Range.getValues')).toBe(1);
    expect(bundle.fake.calls.countPrefix('UrlFetchApp.')).toBe(0);
    expect(bundle.fake.calls.countPrefix('DriveApp.')).toBe(0);
    expect(bundle.fake.records.shown).toHaveLength(1);
    expect(bundle.fake.records.shown[0]).toMatchObject({ kind: 'modal', title: 'Ekspor PDF' });
    expect(addonPdf.name).toBe('Laporan WKSBM Cibeureum 2006.pdf');
  });

  it('gives the same pages, with the same text on every page, as the CLI for the same data', () => {
    const addon = readPdfText(addonPdf.bytes);
    const cli = readPdfText(cliPdf);
    expect(addon.numPages).toBe(cli.numPages);
    // Not an empty match: a cover, a section for each of the survey's tables, the data-quality page.
    expect(addon.numPages).toBeGreaterThanOrEqual(1 + TABLE_IDS.length + 1);
    TABLE_IDS.forEach((_, i) => expect(addon.pages.some((p) => pageText(p).includes(`Tabel ${i + 1}. `))).toBe(true));
    addon.pages.forEach((page, i) => expect([i + 1, lines(page)]).toEqual([i + 1, lines(cli.pages[i]!)]));
    expect(addon.info.Title).toBe(cli.info.Title);
    // And it is the study's report: Table 1's first row.
    expect(lines(addon.pages[1]!)).toContainEqual(['1', 'Dasa Wisma', '16', '15,38', '88', '84,62', '104', '100,00']);
  });

  it('renders every page like the CLI\'s (subset fonts draw the same glyphs; < 3 % of pixels differ)', async () => {
    const browser: Browser = await launch();
    let addon: Awaited<ReturnType<typeof renderPagesGray>>;
    let cli: typeof addon;
    try {
      addon = await renderPagesGray(browser, addonPdf.bytes, 30);
      cli = await renderPagesGray(browser, cliPdf, 30);
    } finally {
      await browser.close();
    }
    expect(addon).toHaveLength(cli.length);
    addon.forEach((page, i) => {
      const other = cli[i]!;
      expect([page.width, page.height]).toEqual([other.width, other.height]);
      let differ = 0;
      for (let p = 0; p < page.pixels.length; p++) if (Math.abs(page.pixels[p]! - other.pixels[p]!) > 8) differ++;
      // pdf.js rasterises the subset and the whole font programs with slightly different
      // anti-aliasing: a few edge pixels may differ; a missing or moved glyph would be far more.
      expect([i + 1, differ / page.pixels.length]).toEqual([i + 1, expect.any(Number)]);
      expect(differ / page.pixels.length).toBeLessThan(0.03);
    });
  });

  it('embeds only the subset fonts: the add-on\'s PDF is smaller than the CLI\'s', () => {
    expect(addonPdf.bytes.length).toBeLessThan(cliPdf.length);
  });
});

describe('Simpan ke Drive through the bundle', () => {
  it('saves the dialog\'s PDF with Drive.Files.create and returns its link', () => {
    const out = bundle.call('savePdfToDrive', addonPdf.base64, addonPdf.name) as { ok: boolean; url: string; name: string };
    expect(out).toMatchObject({ ok: true, name: 'Laporan WKSBM Cibeureum 2006.pdf' });
    expect(out.url).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/[^/]+\/view/);
    expect(bundle.fake.calls.count('Drive.Files.create')).toBe(1);
    const files = driveControl(bundle.fake.ctx).files();
    expect(files.map((f) => [f.name, f.mimeType])).toEqual([['Laporan WKSBM Cibeureum 2006.pdf', 'application/pdf']]);
    expect(Buffer.from(files[0]!.bytes).equals(Buffer.from(addonPdf.bytes))).toBe(true);
  });
});
