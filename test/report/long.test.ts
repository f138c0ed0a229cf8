/**
 * Long category lists: the table continues on the next page under its title marked
 * "(lanjutan)" and a repeated header; long labels wrap inside their cell; the chart
 * follows on its own page(s); no text leaves the page's content area.
 */
import { readReportFonts } from '../../src/cli/report-fonts';
import { renderReportPdf } from '../../src/report/report';
import { lines, lineStartingWith, pageText, readPdfText, inkShare, type PdfText } from './pdf-inspect';
import { renderPagesGray } from './render-pages';
import { launch } from '../sidebar/browser';
import { LONG_LABEL, longResult } from './long';

const A4_WIDTH = 595.28;
const A4_HEIGHT = 841.89;
let pdf: PdfText;
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = (await renderReportPdf(longResult(), { lang: 'id', generatedAt: new Date(2026, 0, 5), fonts: readReportFonts() })).bytes;
  pdf = readPdfText(bytes);
  // Some 20 pages drawn and read back: slow on a busy machine.
}, 90_000);

describe('a report with 60 categories', () => {
  it('continues the table on more pages, each with the title marked (lanjutan) and the header', () => {
    const sectionPages = pdf.pages.slice(1).filter((p) => pageText(p).includes('Tabel 3.'));
    sectionPages.forEach((p, i) => expect(pageText(p).includes('(lanjutan)')).toBe(i > 0));
    const tablePages = sectionPages.filter((p) => lines(p).some((line) => line[0] === 'Jml'));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const p of tablePages) {
      const header = lines(p).find((line) => line[0] === 'Jml');
      expect(header).toEqual(['Jml', '%', 'Jml', '%', 'Jml', '%', 'Jml', '%']);
    }
  });

  it('starts every page after the cover with its table title, charts on their own pages too', () => {
    for (const p of pdf.pages.slice(1)) expect(lines(p)[0]?.[0]).toMatch(/^(Tabel [23]\. |Kualitas Data)/);
    const chartPages = pdf.pages.filter((p) => pageText(p).includes('Jumlah kelompok'));
    expect(chartPages.length).toBeGreaterThanOrEqual(2);
    for (const p of chartPages) expect(pageText(p)).toContain('(lanjutan)');
  });

  it('prints every row once in the table, in order, and the Jumlah row with the source at the end', () => {
    const all = pdf.pages.flatMap((p) => lines(p));
    const numbers = all.filter((line) => /^\d+$/.test(line[0] ?? '') && line.length >= 8).map((line) => Number(line[0]));
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const totalPages = pdf.pages.filter((p) => lineStartingWith(p, 'Jumlah', '90') !== undefined);
    expect(totalPages).toHaveLength(1);
    const totalPage = totalPages[0];
    if (!totalPage) throw new Error('no Jumlah row');
    expect(lineStartingWith(totalPage, 'Jumlah', '90')).toEqual(['Jumlah', '90', '4,84', '301', '16,19', '1.468', '78,97', '1.859', '100,00']);
    // The source line comes right under the Jumlah row, on the same page.
    const totalLines = lines(totalPage);
    const totalIndex = totalLines.findIndex((line) => line[0] === 'Jumlah' && line[1] === '90');
    expect(totalLines[totalIndex + 1]).toEqual(['Sumber: Hasil Pendataan di Wilayah Kelurahan Cibeureum Tahun 2026.']);
  });

  it('wraps a long label inside its cell rather than cutting it', () => {
    const page = pdf.pages[1];
    if (!page) throw new Error('no page 2');
    // Row 4's label is wrapped over several lines of its cell: read back in order (the
    // row number and the numbers sit on a line of their own, centred), they give the
    // whole label.
    const all = lines(page);
    const first = all.findIndex((line) => line[0] === 'Kelompok Usaha Bersama');
    const last = all.findIndex((line, i) => i >= first && line.join(' ').endsWith('Cimahi Selatan 4'));
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first);
    const label = all
      .slice(first, last + 1)
      // The row's own line (its number and counts, centred in the row) may share a label line.
      .map((line) => (line[0] === '4' ? line.slice(1).filter((cell) => !/^[\d.,]+$/.test(cell)) : line))
      .filter((line) => line.length > 0)
      .map((line) => line.join(' '))
      .join(' ');
    expect(label).toBe(`${LONG_LABEL} 4`);
  });

  it('keeps every piece of text inside the content area of its A4 page', () => {
    for (const p of pdf.pages) {
      expect(p.width).toBeCloseTo(A4_WIDTH, 1);
      for (const item of p.items.filter((it) => it.str.trim() !== '')) {
        expect(item.x).toBeGreaterThanOrEqual(50 - 0.5);
        expect(item.x + item.width).toBeLessThanOrEqual(A4_WIDTH - 50 + 0.5);
        expect(item.y).toBeGreaterThanOrEqual(20);
        expect(item.y).toBeLessThanOrEqual(A4_HEIGHT - 50);
      }
    }
  });

  it('numbers every page and renders none blank', async () => {
    const total = pdf.numPages;
    pdf.pages.slice(1).forEach((p, i) => {
      expect(pageText(p)).toContain(`Halaman ${i + 2} dari ${total}`);
    });
    const browser = await launch();
    const rendered = await renderPagesGray(browser, bytes, 30).finally(() => browser.close());
    expect(rendered).toHaveLength(total);
    for (const page of rendered) expect(inkShare(page)).toBeGreaterThan(0.005);
  });

  it('lists each table on the cover at the page it starts on', () => {
    const cover = pdf.pages[0];
    if (!cover) throw new Error('no cover');
    const t2Start = pdf.pages.findIndex((p) => pageText(p).includes('Tabel 2. Tujuan Didirikannya Perkumpulan Sosial') && p !== cover);
    expect(lineStartingWith(cover, 'Tabel 2. Tujuan Didirikannya Perkumpulan Sosial')).toEqual([
      'Tabel 2. Tujuan Didirikannya Perkumpulan Sosial',
      String(t2Start + 1),
    ]);
  });
});
