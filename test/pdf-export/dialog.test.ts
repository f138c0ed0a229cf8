/**
 * The export dialog in a real (headless) Chromium: "Unduh PDF" downloads the very bytes the
 * server made, under the report's name; "Simpan ke Drive" sends them to savePdfToDrive (run
 * here over the fake) and shows the link. A real HtmlService iframe adds its sandbox; Google
 * documents `allow-downloads` among its keywords, which only a real account can confirm.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { exportPdfIn } from '../../src/addon/pdf-export';
import { savePdfToDrive } from '../../src/addon/pdf/drive-save';
import { launch, watch } from '../sidebar/browser';
import { dialogPdf, exportWorld, NOW } from './world';
import { EXPORT_SCRIPT } from 'pranata:dialog-scripts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('Unduh PDF downloads the report; Simpan ke Drive saves it and links it', async () => {
  const w = exportWorld();
  const out = await exportPdfIn(w.ss, 'id', { now: NOW });
  if (!out.ok) throw new Error(out.message);
  const html = w.fake.records.shown[0]!.content;
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const { errors } = watch(page);
  // google.script.run backed by the server function over the fake.
  await page.exposeFunction('__savePdfToDrive', (data: unknown, name: unknown) => savePdfToDrive(data, name));
  await page.addInitScript(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    const call = g.__savePdfToDrive as (d: unknown, n: unknown) => Promise<unknown>;
    const runner = (ok: (v: unknown) => void, fail: (e: unknown) => void) => ({
      withSuccessHandler: (f: (v: unknown) => void) => runner(f, fail),
      withFailureHandler: (f: (e: unknown) => void) => runner(ok, f),
      savePdfToDrive: (d: unknown, n: unknown) => void call(d, n).then(ok, fail),
    });
    g.google = { script: { run: runner(() => undefined, () => undefined), host: { close: () => undefined } } };
  });
  await page.goto('about:blank');
  await page.setContent(html);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
  expect(download.suggestedFilename()).toBe('Laporan WKSBM Cibeureum 2006.pdf');
  const path = await download.path();
  expect(Buffer.from(readFileSync(path!)).equals(Buffer.from(out.bytes))).toBe(true);

  await page.locator('#drive').click();
  await page.locator('#status a').waitFor();
  const link = page.locator('#status a');
  expect(await link.textContent()).toBe('Laporan WKSBM Cibeureum 2006.pdf');
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
  expect(w.drive.files().map((f) => f.name)).toEqual(['Laporan WKSBM Cibeureum 2006.pdf']);
  expect(Buffer.from(w.drive.files()[0]!.bytes).equals(Buffer.from(dialogPdf(html).bytes))).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test('Simpan ke Drive: a refusal from the server is said and the button is enabled again; the page runs the bundled, typed script', async () => {
  const w = exportWorld();
  const out = await exportPdfIn(w.ss, 'id', { now: NOW });
  if (!out.ok) throw new Error(out.message);
  const html = w.fake.records.shown[0]!.content;
  // The script is sidebar/export-dialog.ts as the build bundles it, not a copy in the page's text.
  expect(html).toContain(`<script>${EXPORT_SCRIPT}</script>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  const { errors } = watch(page);
  await page.addInitScript(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    const runner = (ok: (v: unknown) => void, fail: (e: unknown) => void) => ({
      withSuccessHandler: (f: (v: unknown) => void) => runner(f, fail),
      withFailureHandler: (f: (e: unknown) => void) => runner(ok, f),
      savePdfToDrive: () => setTimeout(() => ok({ ok: false, message: 'Drive menolak: kuota penuh.' }), 50),
    });
    g.google = { script: { run: runner(() => undefined, () => undefined), host: { close: () => undefined } } };
  });
  await page.goto('about:blank');
  await page.setContent(html);
  await page.locator('#drive').click();
  await page.locator('#status', { hasText: 'Drive menolak: kuota penuh.' }).waitFor();
  expect(await page.locator('#status').textContent()).toBe('Drive menolak: kuota penuh.');
  expect(await page.locator('#drive').isDisabled()).toBe(false);
  expect(await page.locator('#status a').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
