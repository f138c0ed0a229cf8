/**
 * Rendering check: every page of the study's report, rendered by pdf.js in headless
 * Chromium (render-pages.ts; npm packages only), shows ink. A page that parses but draws
 * nothing (a font that failed to embed, content drawn off the page) fails here.
 */
import type { Browser } from 'playwright-core';
import { launch } from '../sidebar/browser';
import { readReportFonts } from '../../src/cli/report-fonts';
import { renderReportPdf } from '../../src/report/report';
import { inkShare } from './pdf-inspect';
import { renderPagesGray } from './render-pages';
import { studyResult } from './study';

describe('rendered pages (pdf.js in Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('renders seven pages, none blank', async () => {
    const bytes = (await renderReportPdf(studyResult(), { lang: 'id', generatedAt: new Date(2026, 10, 27), fonts: readReportFonts() })).bytes;
    const pages = await renderPagesGray(browser, bytes);
    expect(pages).toHaveLength(7);
    pages.forEach((page, i) => {
      // A4 at 40 dpi is 331 × 468 pixels.
      expect(page.width).toBeGreaterThan(300);
      expect(page.height / page.width).toBeCloseTo(841.89 / 595.28, 1);
      // The last page, data quality, holds a title and one sentence when there is no issue.
      expect(inkShare(page)).toBeGreaterThan(i === pages.length - 1 ? 0.002 : 0.01);
    });
    // Table pages carry ink in their upper half (the table) and their lower half (the
    // chart of the two-way tables, which runs below the middle of the page).
    for (const index of [1, 3, 5]) {
      const page = pages[index];
      if (!page) throw new Error(`page ${index + 1} missing`);
      const half = Math.floor(page.height / 2);
      expect(inkShare(page, 0, half)).toBeGreaterThan(0.02);
      expect(inkShare(page, half, page.height)).toBeGreaterThan(0.01);
    }
  });
});
