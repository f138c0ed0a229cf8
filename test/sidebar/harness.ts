/**
 * Shared by the browser tests: a fresh preview (the real server code over a fresh fake,
 * seeded with the study's sample) per test, the Data sheet read back by header, and a
 * keyboard that counts key presses.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch } from './browser';
import type { PageGlobal } from './page-types';
import { startPreview, type Preview, type PreviewOptions } from '../preview/server';

export function preview(options: PreviewOptions = {}): Promise<Preview> {
  return startPreview(options);
}

/**
 * The usual set-up of a browser test file: one Chromium for the file and a fresh preview
 * server per test. The returned object's fields are set by the jest hooks it registers.
 */
export function usePreview(): { browser: Browser; server: Preview } {
  const env = {} as { browser: Browser; server: Preview };
  beforeAll(async () => {
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser.close();
  });
  beforeEach(async () => {
    env.server = await preview();
  });
  afterEach(async () => {
    await env.server.close();
  });
  return env;
}

export type Row = Record<string, unknown>;

/** The Data sheet as records keyed by header (row 1 is the header). */
export function dataRows(p: Preview): Row[] {
  const [header = [], ...rows] = p.backend.dataValues();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/**
 * A cell as text: numbers as digits, a date cell as the yyyy-mm-dd the sheet shows (it is
 * midnight in the preview sheet's zone, which is this process's: see backend.ts), text as is.
 */
export function text(v: unknown): string {
  if (Object.prototype.toString.call(v) !== '[object Date]') return String(v ?? '');
  const d = v as Date;
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}`;
}

export function calls(p: Preview, name: string): number {
  return p.calls.filter((c) => c.name === name).length;
}

/** Key presses, counted as a volunteer presses them (a chord like Control+Enter is 2 keys). */
export class Keys {
  count = 0;
  constructor(private readonly page: Page) {}

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.count += key.split('+').length;
    }
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.count += [...text].length;
  }
}

export async function focusedId(page: Page): Promise<string> {
  return (await page.locator(':focus').getAttribute('id')) ?? '';
}

/** Writes a screenshot under test/artifacts/; a failed write is reported, never a test failure. */
export async function screenshot(page: Page, name: string): Promise<void> {
  try {
    // The whole form at 300 px: the viewport is made as tall as the page, so the sticky
    // Save bar sits at the bottom instead of over the middle of a full-page capture.
    const height = await page.evaluate(() => (globalThis as unknown as PageGlobal).document.documentElement.scrollHeight);
    const size = page.viewportSize();
    await page.setViewportSize({ width: 300, height });
    const png = await page.screenshot();
    if (size !== null) await page.setViewportSize(size);
    const dir = path.join(__dirname, '..', 'artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, name), png);
  } catch (e) {
    console.warn(`screenshot ${name} not written: ${String(e)}`);
  }
}

/**
 * Waits until `read()` gives what `matches` accepts (the page answers asynchronously), then
 * returns it; on time-out returns the last value, so the caller's jest assertion shows it.
 */
export async function settle<T>(read: () => Promise<T>, matches: (v: T) => boolean, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!matches(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 40));
    value = await read();
  }
  return value;
}

const textOf = async (l: Locator): Promise<string> => ((await l.count()) === 0 ? '' : ((await l.first().textContent()) ?? '').trim());

export async function countEventually(l: Locator, want: number): Promise<number> {
  return settle(() => l.count(), (n) => n === want);
}

/** Asserts (with jest) that the element's text becomes `want`. */
export async function expectText(l: Locator, want: string, timeout?: number): Promise<void> {
  expect(await settle(() => textOf(l), (t) => t === want, timeout)).toBe(want);
}

/** Asserts (with jest) that the element's text comes to contain `part`. */
export async function expectTextContaining(l: Locator, part: string, timeout?: number): Promise<void> {
  expect(await settle(() => textOf(l), (t) => t.includes(part), timeout)).toContain(part);
}
