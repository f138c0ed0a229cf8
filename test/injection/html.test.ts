/**
 * Injection through the pages the add-on shows, in a real Chromium (one for this file):
 * - the sidebar: values starting with '=', '+', '-' or '@' typed into the form are saved as
 *   text (the preview runs the built add-on over the fake, which turns a '=' string written
 *   into a cell not formatted as text into a formula); markup in a saved name edited in the
 *   grid, in a coordinator's category label, in the Kelurahan setting or in a typed number
 *   is shown as text, in the recent list, the editing banner, the dropdown and the messages;
 * - the settings dialog and the dialog that hands over the PDF, rendered from the HTML the
 *   server code builds: a hostile Kelurahan (and so report name) is text, and only an https
 *   address becomes a link.
 * "Nothing runs" is checked three ways: no element the payload would create, no dialog, and
 * no change of window.__pwned, which every payload sets.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openSettings, saveSettingsForm } from '../../src/addon/dialogs';
import { exportPdfIn } from '../../src/addon/pdf-export';
import { exportDialogHtml } from '../../src/addon/pdf/export-dialog';
import type { FakeGas } from '../fake';
import { exportWorld, NOW } from '../pdf-export/world';
import type { Preview } from '../preview/server';
import { launch, open, watch, type Opened } from '../sidebar/browser';
import { fillValid } from '../sidebar/forms';
import { dataRows, expectText, expectTextContaining, preview, settle, text } from '../sidebar/harness';
import { world } from '../robustness/world';

const MARKUP = {
  script: '"><script>window.__pwned="script"</script>',
  img: '<img src=x onerror="window.__pwned=\'img\'">',
  svg: "'><svg onload=\"window.__pwned='svg'\">",
} as const;
const ALL_MARKUP = `${MARKUP.script}${MARKUP.img}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** What a payload would leave behind if it had run or been parsed as markup. */
async function traces(page: Page): Promise<{ pwned: unknown; injected: number }> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { __pwned?: unknown; document: { querySelectorAll(s: string): { length: number } } };
    return { pwned: g.__pwned ?? null, injected: g.document.querySelectorAll('img, svg, script').length };
  });
}

/** Waits a moment (an onerror or onload fires on its own), then expects no trace of any payload. */
async function expectNothingRan(o: { page: Page; dialogs: string[]; errors: string[] }, scriptsOnPage: number): Promise<void> {
  await o.page.waitForTimeout(200);
  const t = await traces(o.page);
  expect(t.pwned).toBeNull();
  expect(t.injected).toBe(scriptsOnPage);
  expect(o.dialogs).toEqual([]);
  expect(o.errors).toEqual([]);
}

/** The page's own scripts (and images, none), counted when it opens: an injected one would be one more. */
async function ownScripts(page: Page): Promise<number> {
  return (await traces(page)).injected;
}

describe('the sidebar', () => {
  let server: Preview;
  afterEach(async () => {
    await server.close();
  });

  test("values like '=IMPORTXML(…)', '+62 812 555', '-5a', '@mention' and '=1+1' are saved as text, never as formulas", async () => {
    server = await preview();
    const o = await open(browser, server.url);
    const own = await ownScripts(o.page);
    const typed = {
      namaKelompok: '=IMPORTXML("http://x.example/a","//a")',
      kegiatan: '+62 812 555',
      petugas: '-5a',
      catatan: '@mention',
      namaResponden: '=1+1',
    };
    await fillValid(o.page, { name: typed.namaKelompok });
    for (const [field, value] of Object.entries(typed)) await o.page.locator(`#f-${field}`).fill(value);
    await o.page.locator('#submit').click();
    await expectTextContaining(o.page.locator('#status'), 'Tersimpan di baris');

    const saved = dataRows(server).at(-1)!;
    expect({
      namaKelompok: saved['Nama Kelompok'],
      kegiatan: saved.Kegiatan,
      petugas: saved['Petugas Pendata'],
      catatan: saved.Catatan,
      namaResponden: saved['Nama Responden'],
    }).toEqual(typed);
    expect(server.backend.fake.formulas('Data').flat().filter((f) => f !== '')).toEqual([]);
    // Listed back as the text it is.
    await expectText(o.page.locator('#recent-list li .name').first(), typed.namaKelompok);
    await expectNothingRan(o, own);
    await o.context.close();
  });

  test('a saved name a coordinator changed in the grid to markup: the recent list and the editing banner show it as text', async () => {
    server = await preview();
    const first = await open(browser, server.url);
    await fillValid(first.page, { name: 'Posyandu Anggrek' });
    await first.page.locator('#submit').click();
    await expectTextContaining(first.page.locator('#status'), 'Tersimpan di baris');
    const row = dataRows(server).length + 1;
    const nameColumn = server.backend.dataValues()[0]!.indexOf('Nama Kelompok') + 1;
    // Typed into the sheet (plain-text column, so kept as typed).
    server.backend.fake.seedSheet('Data', [[ALL_MARKUP]], { startRow: row, startColumn: nameColumn });
    expect(text(dataRows(server).at(-1)?.['Nama Kelompok'])).toBe(ALL_MARKUP);

    const o: Opened = await open(browser, server.url, first.context);
    const own = await ownScripts(o.page);
    const item = o.page.locator('#recent-list li').first();
    await expectText(item.locator('.name'), ALL_MARKUP);
    await item.getByRole('button').click();
    await expectTextContaining(o.page.locator('#editing'), ALL_MARKUP);
    expect(await o.page.locator('#f-namaKelompok').inputValue()).toBe(ALL_MARKUP);
    await expectNothingRan(o, own);
    await expectNothingRan(first, await ownScripts(first.page));
    await first.context.close();
  });

  test("markup in a coordinator's category label and Kelurahan, and in a typed number: shown as text", async () => {
    server = await preview({ settings: { kelurahan: MARKUP.svg } });
    const k = server.backend.fake.values('Kategori').length;
    server.backend.fake.seedSheet('Kategori', [['Jenis Kelompok', MARKUP.img, '', '']], { startRow: k + 1 });
    const o = await open(browser, server.url);
    const own = await ownScripts(o.page);

    const options = await o.page.locator('#f-jenisKelompok > option').allTextContents();
    expect(options.at(-1)).toBe(MARKUP.img);
    expect(await o.page.locator('#f-kelurahan').inputValue()).toBe(MARKUP.svg);
    expect(await o.page.locator('#where').textContent()).toContain(MARKUP.svg);

    // A number field's message quotes what was typed (as much as the field holds).
    await o.page.locator('#f-jumlahAnggota').fill(MARKUP.script);
    await o.page.locator('#f-jumlahAnggota').blur();
    const typed = await o.page.locator('#f-jumlahAnggota').inputValue();
    expect(typed.startsWith('"><script>')).toBe(true);
    await expectTextContaining(o.page.locator('#f-jumlahAnggota-err'), `"${typed}" bukan angka utuh`);
    await expectNothingRan(o, own);
    await o.context.close();
  });
});

/** A page holding `html` as the dialog's iframe would, with google.script.run and host stubbed. */
async function dialogPage(html: string): Promise<Opened & { sent: () => Promise<unknown[]> }> {
  const context: BrowserContext = await browser.newContext({ locale: 'id-ID' });
  const page = await context.newPage();
  const { errors, dialogs } = watch(page);
  await page.addInitScript(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    const sent: unknown[] = [];
    g.__sent = sent;
    const runner = {
      withSuccessHandler: () => runner,
      withFailureHandler: () => runner,
      saveSettingsForm: (data: unknown) => sent.push(data),
    };
    // The export dialog's Drive save: the success handler gets what the test put in __driveReply.
    let onSuccess: (value: unknown) => void = () => undefined;
    Object.assign(runner, {
      withSuccessHandler: (f: (value: unknown) => void) => {
        onSuccess = f;
        return runner;
      },
      savePdfToDrive: (_data: unknown, name: unknown) => {
        sent.push({ savePdfToDrive: name });
        onSuccess(g.__driveReply);
      },
    });
    g.google = { script: { run: runner, host: { close: () => sent.push('closed') } } };
  });
  await page.goto('about:blank');
  await page.setContent(html);
  const sent = () => page.evaluate(() => (globalThis as unknown as { __sent: unknown[] }).__sent);
  return { context, page, errors, dialogs, sent };
}

describe('the dialogs built on the server', () => {
  const HOSTILE = `${MARKUP.script}${MARKUP.img}`.slice(0, 100);

  test('settings: a hostile Kelurahan is the input\'s value, as text, and is sent back unchanged', async () => {
    const fake: FakeGas = world();
    expect(saveSettingsForm({ kelurahan: HOSTILE, surveyYear: 2006 }).kelurahan).toBe(HOSTILE);
    openSettings();
    const html = fake.records.shown.at(-1)!.content;
    const o = await dialogPage(html);
    const own = await ownScripts(o.page);
    expect(own).toBe(1);
    expect(await o.page.locator('input[name=kelurahan]').inputValue()).toBe(HOSTILE);
    await expectNothingRan(o, own);
    await o.page.locator('button[type=submit]').click();
    const sent = await settle(o.sent, (s) => s.length > 0);
    expect(sent[0]).toMatchObject({ kelurahan: HOSTILE, surveyYear: 2006 });
    await o.context.close();
  });

  test('PDF ready: the report named after a hostile Kelurahan is text, and so is the download name', async () => {
    const w = exportWorld();
    w.fake.ctx.properties.document.set('pranata.settings', JSON.stringify({ surveyYear: 2006, kelurahan: HOSTILE }));
    const out = await exportPdfIn(w.ss, 'id', { now: NOW });
    expect(out).toMatchObject({ ok: true, name: `Laporan WKSBM ${HOSTILE} 2006.pdf` });
    const html = w.fake.records.shown.at(-1)!.content;
    const o = await dialogPage(html);
    const own = await ownScripts(o.page);
    expect(await o.page.locator('b').textContent()).toBe(`Laporan WKSBM ${HOSTILE} 2006.pdf`);
    expect(await o.page.locator('#download').getAttribute('download')).toBe(`Laporan WKSBM ${HOSTILE} 2006.pdf`);
    expect(await o.page.locator('#download').getAttribute('href')).toMatch(/^blob:/);
    await expectNothingRan(o, own);
    await o.context.close();
  });

  test('PDF saved to Drive: a hostile file name is text, an address that is not https never a link', async () => {
    const html = exportDialogHtml({ name: MARKUP.img, pages: 7, replaced: 0, base64: 'JVBERi0=' }, 'id');
    const o = await dialogPage(html);
    const own = await ownScripts(o.page);
    await o.page.evaluate((name) => {
      (globalThis as unknown as { __driveReply: unknown }).__driveReply = { ok: true, name, url: 'javascript:window.__pwned="link"' };
    }, MARKUP.svg);
    await o.page.locator('#drive').click();
    await expectTextContaining(o.page.locator('#status'), 'Disimpan di Google Drive Anda:');
    const link = o.page.locator('#status a');
    expect(await link.textContent()).toBe(MARKUP.svg);
    expect(await link.getAttribute('href')).toBeNull();
    await link.click();
    await expectNothingRan(o, own);
    await o.context.close();
  });
});
