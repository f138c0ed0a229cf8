/**
 * Rendering check: every page of the study's report, rendered by poppler's pdftoppm, shows
 * ink. A page that parses but draws nothing (a font that failed to embed, content drawn
 * off the page) fails here. pdftoppm missing is a failure that says what to install.
 */
import { readReportFonts } from '../../src/cli/report-fonts';
import { renderReportPdf } from '../../src/report/report';
import { inkShare, parsePgm, renderPagesGray } from './pdf-inspect';
import { studyResult } from './study';

describe('rendered pages (pdftoppm)', () => {
  it('renders seven pages, none blank', async () => {
    const bytes = (await renderReportPdf(studyResult(), { lang: 'id', generatedAt: new Date(2026, 10, 27), fonts: readReportFonts() })).bytes;
    const pages = renderPagesGray(bytes);
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

describe('renderPagesGray without pdftoppm', () => {
  it('fails with a message naming poppler-utils instead of skipping', () => {
    expect(() => renderPagesGray(new Uint8Array(), 40, 'pdftoppm-not-installed')).toThrow(
      /pdftoppm-not-installed is not on PATH: install Debian's poppler-utils/,
    );
  });
});

describe('parsePgm', () => {
  it('reads a binary greymap and measures its ink', () => {
    const pgm = Buffer.concat([Buffer.from('P5\n4 2\n255\n', 'latin1'), Buffer.from([255, 255, 0, 255, 255, 10, 255, 255])]);
    const page = parsePgm(pgm);
    expect(page).toMatchObject({ width: 4, height: 2 });
    expect(inkShare(page)).toBe(2 / 8);
    expect(inkShare(page, 0, 1)).toBe(1 / 4);
  });

  it('rejects what is not a P5 greymap', () => {
    expect(() => parsePgm(Buffer.from('P6\n1 1\n255\n\0\0\0', 'latin1'))).toThrow(/P5/);
  });
});
