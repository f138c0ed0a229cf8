/**
 * One headless Chromium per test file: the binary inside @sparticuz/chromium's npm package
 * (so `npm ci && npm test` needs nothing else), or CHROMIUM_PATH when set.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export async function launch(): Promise<Browser> {
  const sparticuz = (await import('@sparticuz/chromium')).default;
  const executablePath = process.env.CHROMIUM_PATH || (await sparticuz.executablePath());
  // Its args are tuned for AWS Lambda; --single-process there makes the whole browser exit
  // when a test closes its context, so each test's fresh context would kill the next test's.
  const args = process.env.CHROMIUM_PATH ? ['--no-sandbox'] : sparticuz.args.filter((a) => a !== '--single-process');
  return chromium.launch({ executablePath, args, headless: true });
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors: a test fails if any appear unexpectedly. */
  errors: string[];
  /** Dialogs the page tried to open (an XSS payload's alert would land here). */
  dialogs: string[];
}

/** A fresh context (empty localStorage) at the sidebar's width, or an existing context's new page. */
export async function open(browser: Browser, url: string, reuse?: BrowserContext): Promise<Opened> {
  const context = reuse ?? (await browser.newContext({ viewport: { width: 300, height: 700 }, locale: 'id-ID' }));
  const page = await context.newPage();
  const { errors, dialogs } = watch(page);
  await page.goto(url);
  await page.locator('#form:not([hidden])').waitFor();
  return { context, page, errors, dialogs };
}

/** Records a page's errors and the dialogs it tries to open (dismissing them). */
export function watch(page: Page): { errors: string[]; dialogs: string[] } {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { errors, dialogs };
}
