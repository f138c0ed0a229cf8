/**
 * The study's report, read back with pdfjs-dist as a reader would: pages, sizes, and the
 * text of the cover and of each table page (titles, the Jumlah rows, values in
 * Indonesian format, source lines, page numbers).
 */
import type { SurveyResult } from '../../src/core/model';
import { fontPath, readReportFonts } from '../../src/cli/report-fonts';
import { renderReportPdf } from '../../src/report/report';
import { lineStartingWith, pageText, readPdfText, type PdfText, type PdfTextPage } from './pdf-inspect';
import { studyResult } from './study';

const A4 = { width: 595.28, height: 841.89 };
const GENERATED = new Date(2026, 10, 27, 10, 30);
const SOURCE = 'Sumber: Hasil Pendataan di Wilayah Kelurahan Cibeureum Tahun 2006.';

let study: SurveyResult;
let bytes: Uint8Array;
let pdf: PdfText;

beforeAll(async () => {
  study = studyResult();
  bytes = (await renderReportPdf(study, { lang: 'id', generatedAt: GENERATED, fonts: readReportFonts() })).bytes;
  pdf = readPdfText(bytes);
});

function page(n: number): PdfTextPage {
  const p = pdf.pages[n - 1];
  if (!p) throw new Error(`no page ${n}`);
  return p;
}

describe('the study report (id)', () => {
  it('is a PDF of seven A4 portrait pages: the cover, one page per table, the data-quality page', () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdf.numPages).toBe(7);
    for (const p of pdf.pages) {
      expect(p.width).toBeCloseTo(A4.width, 1);
      expect(p.height).toBeCloseTo(A4.height, 1);
    }
  });

  it('has a cover with the kelurahan, the year, the group counts and the date', () => {
    const text = pageText(page(1));
    expect(text).toContain('Profil Pranata Sosial');
    expect(text).toContain('Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM)');
    expect(text).toContain('Kelurahan Cibeureum');
    expect(text).toContain('Tahun pendataan 2006');
    expect(text).toContain('Kelompok terdata: 312 · sah: 307 · tidak sah: 5');
    expect(text).toContain('Dibuat 27 November 2026');
  });

  it('lists the five tables on the cover with the page each starts on', () => {
    expect(pageText(page(1))).toContain('Daftar Isi');
    study.tables.forEach((table, i) => {
      const entry = lineStartingWith(page(1), table.title);
      expect(entry).toEqual([table.title, String(i + 2)]);
    });
  });

  it('prints Table 1 with the study values in Indonesian format', () => {
    const p = page(2);
    expect(pageText(p)).toContain('Tabel 1. Kelompok/Perkumpulan Sosial menurut Tahun Berdiri');
    expect(lineStartingWith(p, '1', 'Dasa Wisma')).toEqual(['1', 'Dasa Wisma', '16', '15,38', '88', '84,62', '104', '100,00']);
    expect(lineStartingWith(p, 'Jumlah', '43')).toEqual(['Jumlah', '43', '14,01', '264', '85,99', '307', '100,00']);
    expect(pageText(p)).toContain('≥ 10 Tahun');
  });

  it('prints the values of Tables 2 to 5', () => {
    expect(lineStartingWith(page(3), '5', 'Integrasi Masyarakat/Kerukunan Warga')).toEqual([
      '5', 'Integrasi Masyarakat/Kerukunan Warga', '91', '29,64',
    ]);
    expect(lineStartingWith(page(4), 'Jumlah', '18')).toEqual([
      'Jumlah', '18', '5,86', '98', '31,92', '191', '62,22', '307', '100,00',
    ]);
    expect(pageText(page(4))).toContain('≤ 10 Orang');
    expect(pageText(page(4))).toContain('11–20 Orang');
    expect(lineStartingWith(page(5), '4', 'Sekolah Menengah Tingkat Atas')).toEqual([
      '4', 'Sekolah Menengah Tingkat Atas', '166', '54,07',
    ]);
    expect(lineStartingWith(page(6), '1', 'Dasa Wisma')).toEqual(['1', 'Dasa Wisma', '89', '85,58', '15', '14,42', '104', '100,00']);
    expect(lineStartingWith(page(6), 'Jumlah', '184')).toEqual(['Jumlah', '184', '59,93', '123', '40,07', '307', '100,00']);
  });

  it('gives each table page its title, a Jumlah row, the source line and its page number', () => {
    study.tables.forEach((table, i) => {
      const p = page(i + 2);
      const text = pageText(p);
      expect(text).toContain(table.title);
      expect(lineStartingWith(p, 'Jumlah', table.total.counts[0]?.toString() ?? '')).toBeDefined();
      expect(text).toContain(SOURCE);
      expect(text).toContain(`Halaman ${i + 2} dari 7`);
    });
  });

  it('draws a chart under each table: its axis title and every category label again', () => {
    study.tables.forEach((table, i) => {
      const text = pageText(page(i + 2));
      expect(text.split('Jumlah kelompok')).toHaveLength(2);
      for (const row of table.rows) {
        const occurrences = text.split('\n').filter((line) => line.includes(row.label)).length;
        expect(occurrences).toBeGreaterThanOrEqual(2);
      }
    });
  });

  it('keeps all text inside the page margins (the footer inside the bottom margin)', () => {
    for (const p of pdf.pages) {
      for (const item of p.items.filter((it) => it.str.trim() !== '')) {
        expect(item.x).toBeGreaterThanOrEqual(50 - 0.5);
        expect(item.x + item.width).toBeLessThanOrEqual(A4.width - 50 + 0.5);
        expect(item.y).toBeGreaterThanOrEqual(20);
        expect(item.y).toBeLessThanOrEqual(A4.height - 50);
      }
    }
  });

  it('stores title, language and dates in the document information', () => {
    expect(pdf.info.Title).toBe('Profil Pranata Sosial: Kelurahan Cibeureum, 2006');
    expect(pdf.info.Language).toBe('id-ID');
    expect(pdf.info.Creator).toBe('Pranata');
  });

  it('gives the same bytes for the same result and date', async () => {
    const again = (await renderReportPdf(study, { lang: 'id', generatedAt: GENERATED, fonts: readReportFonts() })).bytes;
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the study report (en)', () => {
  it('uses English words and number format around the model labels', async () => {
    const en = readPdfText((await renderReportPdf(study, { lang: 'en', generatedAt: GENERATED, fonts: readReportFonts() })).bytes);
    expect(en.numPages).toBe(7);
    const cover = en.pages[0];
    const t1 = en.pages[1];
    if (!cover || !t1) throw new Error('pages missing');
    expect(pageText(cover)).toContain('Contents');
    expect(pageText(cover)).toContain('Survey year 2006');
    expect(pageText(cover)).toContain('Generated 27 November 2026');
    expect(pageText(t1)).toContain('Page 2 of 7');
    expect(lineStartingWith(t1, '1', 'Dasa Wisma')).toEqual(['1', 'Dasa Wisma', '16', '15.38', '88', '84.62', '104', '100.00']);
  });
});

describe('fonts', () => {
  it('finds the embedded font in node_modules', () => {
    expect(fontPath('ttf/DejaVuSansCondensed.ttf')).toMatch(/dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSansCondensed\.ttf$/);
  });

  it('says what to install when the font package is missing, with no fallback', () => {
    const missing = (): string => {
      throw new Error("Cannot find module 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf'");
    };
    expect(() => fontPath('ttf/DejaVuSansCondensed.ttf', missing)).toThrow(/npm install dejavu-fonts-ttf/);
  });
});
