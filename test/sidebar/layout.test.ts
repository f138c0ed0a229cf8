/**
 * Accessibility and fit: axe-core on the form in its states, a label for every control, no
 * sideways scroll at the sidebar's 300 px, and screenshots of the empty and the filled form
 * under test/artifacts/ (a failed write is reported, never a failure).
 */
import type { Browser, Page } from 'playwright-core';
import type { Preview } from '../preview/server';
import { launch, open } from './browser';
import { fillValid } from './forms';
import type { PageControl, PageGlobal } from './page-types';
import { axeProblems, sideways } from './a11y';
import { expectTextContaining, preview, screenshot } from './harness';

// A full axe run takes 5–10 s here and each test makes two or three; on this project's shared
// 2-core machine under load that came to 25–30 s per test, at jest's 30 s default.
jest.setTimeout(60_000);

let browser: Browser;
let server: Preview;

beforeAll(async () => {
  browser = await launch();
  server = await preview();
});
afterAll(async () => {
  await server.close();
  await browser.close();
});

/** Controls without a visible, associated label (a <label for>, a wrapping <label>, or a legend for a group). */
async function unlabelled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(globalThis as unknown as PageGlobal).document.querySelectorAll<PageControl>('input, select, textarea')]
      .filter((el) => Array.from(el.labels ?? []).every((l) => (l.textContent ?? '').trim() === ''))
      .map((el) => el.id || el.name),
  );
}

test('the empty form: no serious axe violation, every control labelled, fits 300 px', async () => {
  const { page, errors, context } = await open(browser, server.url);
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobal).innerWidth)).toBe(300);
  expect(await axeProblems(page)).toEqual([]);
  expect(await unlabelled(page)).toEqual([]);
  expect(await page.locator('input, select, textarea').count()).toBeGreaterThan(25);
  const fit = await sideways(page);
  expect(fit.wide).toEqual([]);
  expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
  await screenshot(page, 'sidebar-empty.png');
  expect(errors).toEqual([]);
  await context.close();
});

/** Every field filled, as for a full entry from the study's sample. */
async function fillAll(page: Page, name: string): Promise<void> {
  await fillValid(page, { name, type: 'Dasa Wisma' });
  await page.locator('#f-rw').fill('1');
  await page.locator('#f-rt').fill('2');
  await page.locator('#f-syaratKeanggotaan-0').check();
  await page.locator('#f-lamaKepengurusan').fill('2');
  await page.locator('#f-sumberDana-0').check();
  await page.locator('#f-sumberDana-1').check();
  await page.locator('#f-kegiatan').fill('arisan, tabungan, usaha kue basah');
  await page.locator('#f-nilaiSolidaritas-0').check();
  await page.locator('#f-nilaiSolidaritas-1').check();
  await page.locator('#f-namaResponden').fill('Enung Fatimah');
  await page.locator('#f-petugas').fill('Rina Marlina');
  await page.locator('#f-tanggalPendataan').fill('07/02/2006');
  await page.locator('#f-catatan').fill('Pertemuan tiap tanggal 10.');
}

async function fits(page: Page): Promise<void> {
  const fit = await sideways(page);
  expect(fit.wide).toEqual([]);
  expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
}

test('filled, with messages, recent entries and an entry being edited: still accessible, still 300 px', async () => {
  const { page, errors, context } = await open(browser, server.url);
  await fillAll(page, 'Dasa Wisma Kenanga Baru RT 02 RW 01');
  expect(await axeProblems(page)).toEqual([]);
  await fits(page);
  await screenshot(page, 'sidebar-filled.png');
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#status'), 'Tersimpan di baris');

  // A long unbroken name, saved, so it shows in the recent list too.
  const long = `Kelompok Usaha Bersama Sejahtera Mandiri ${'Berkelanjutan'.repeat(6)} RW 07`;
  await fillValid(page, { name: long, type: 'KUBE' });
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#status'), 'Tersimpan di baris');

  // Field messages on screen.
  await page.locator('#f-tahunBerdiri').fill('dua ribu');
  await page.locator('#f-jumlahAnggota').fill('0');
  await page.locator('#f-sumberDana-4').check();
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#problem'), 'isian yang perlu diperbaiki');
  expect(await axeProblems(page)).toEqual([]);
  await fits(page);
  await screenshot(page, 'sidebar-errors.png');

  // The long-named entry reopened for editing: the first press over unsaved typing only asks.
  const edit = page.locator('#recent-list button').first();
  await edit.click();
  expect(await edit.textContent()).toBe('Ganti isian?');
  await edit.click();
  await expectTextContaining(page.locator('#editing'), long);
  expect(await page.locator('#recent-list button').first().textContent()).toBe('Ubah');
  expect(await page.locator('#f-tahunBerdiri-err').textContent()).toBe('');
  expect(await axeProblems(page)).toEqual([]);
  await fits(page);
  await screenshot(page, 'sidebar-editing.png');
  expect(errors).toEqual([]);
  await context.close();
});

test('English labels when the config says so', async () => {
  const en = await preview({ lang: 'en' });
  try {
    const { page, errors, context } = await open(browser, en.url);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobal).document.documentElement.lang)).toBe('en');
    expect(await page.locator('label[for=f-namaKelompok]').textContent()).toBe('Group Name *');
    expect(await page.locator('#s-keanggotaan').textContent()).toBe('Membership');
    await page.locator('#f-namaKelompok').fill('Posyandu Mawar');
    await page.locator('#submit').click();
    expect(await page.locator('#f-jenisKelompok-err').textContent()).toBe('Group Type is required.');
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await en.close();
  }
});
