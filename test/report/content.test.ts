/**
 * What the report says beyond the tables (issue 9, "a report a Dinas Sosial accepts"): the
 * rows each table counts, a narrative from the numbers, the data-quality section, the
 * optional closing block, type sizes, and user text the fonts cannot draw.
 */
import { issueBody } from '../../src/core/i18n';
import type { SurveyResult } from '../../src/core/model';
import { readReportFonts } from '../../src/cli/report-fonts';
import { renderReportPdf, type ReportOptions } from '../../src/report/report';
import { LONG_ISSUES, longResult } from './long';
import { lines, lineStartingWith, pageText, readPdfText, type PdfText } from './pdf-inspect';
import { studyResult } from './study';

const FONTS = readReportFonts();
const GENERATED = new Date(2026, 10, 27, 10, 30);

async function render(result: SurveyResult, extra: Partial<ReportOptions> = {}) {
  const out = await renderReportPdf(result, { lang: 'id', generatedAt: GENERATED, fonts: FONTS, ...extra });
  return { ...out, pdf: readPdfText(out.bytes) };
}

/** The page's text with line breaks as spaces: sentences wrap. */
const flat = (pdf: PdfText, n: number) => pageText(pdf.pages[n - 1]!).replace(/\n/g, ' ');

describe('the study report', () => {
  let pdf: PdfText;
  let replaced: number;
  beforeAll(async () => {
    ({ pdf, replaced } = await render(studyResult()));
  }, 90_000);

  it('says under every table title which rows it counts', () => {
    for (let n = 2; n <= 6; n++) {
      expect(flat(pdf, n)).toContain('Dihitung dari 307 kelompok sah (5 baris tidak sah tidak dihitung).');
    }
  });

  it('tells each table in a sentence or two, with its numbers', () => {
    expect(flat(pdf, 2)).toContain('Jenis kelompok terbanyak adalah Dasa Wisma: 104 kelompok (33,88% dari 307).');
    expect(flat(pdf, 2)).toContain('Menurut tahun berdiri: 85,99% ≥ 10 Tahun dan 14,01% < 10 Tahun.');
    expect(flat(pdf, 3)).toContain(
      'Tujuan terbanyak adalah Integrasi Masyarakat/Kerukunan Warga: 91 kelompok (29,64% dari 307).',
    );
    expect(flat(pdf, 4)).toContain('Menurut jumlah anggota: 62,22% > 20 Orang, 31,92% 11–20 Orang dan 5,86% ≤ 10 Orang.');
  });

  it('ends with the data-quality page, listed in the contents', () => {
    expect(flat(pdf, 7)).toContain('Kualitas Data');
    expect(flat(pdf, 7)).toContain('Pemeriksaan data tidak menemukan masalah');
    expect(lineStartingWith(pdf.pages[0]!, 'Kualitas Data')).toEqual(['Kualitas Data', '7']);
    expect(replaced).toBe(0);
  });

  it('prints table text at 9 pt or more and chart labels at 8 pt or more', () => {
    for (const page of pdf.pages.slice(1, 6)) {
      const sizes = page.items.filter((it) => it.str.trim() !== '').map((it) => it.size);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8 - 1e-6);
    }
    const t1 = pdf.pages[1]!;
    const row = t1.items.filter((it) => Math.abs(it.y - t1.items.find((i) => i.str === 'Dasa Wisma')!.y) < 1);
    for (const item of row) expect(item.size).toBeGreaterThanOrEqual(9 - 1e-6);
  });

  it('has no closing block unless asked', () => {
    expect(flat(pdf, 7)).not.toContain('Mengetahui');
  });
});

describe('the closing block', () => {
  it('puts place, date, "Mengetahui, Lurah …" and the name at the end', async () => {
    const { pdf } = await render(studyResult(), { closing: { place: 'Cimahi', name: 'Drs. Asep Sunandar' }, generatedOn: { year: 2026, month: 12, day: 1 } });
    const last = pdf.pages[pdf.numPages - 1]!;
    const text = lines(last).map((line) => line.join(' '));
    const at = text.indexOf('Cimahi, 1 Desember 2026');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at, at + 4)).toEqual(['Cimahi, 1 Desember 2026', 'Mengetahui,', 'Lurah Cibeureum', 'Drs. Asep Sunandar']);
    // The cover shows the same day.
    expect(pageText(pdf.pages[0]!)).toContain('Dibuat 1 Desember 2026');
  });

  it('prints the office given instead of the Lurah, and the NIP under the name', async () => {
    const closing = { place: 'Cimahi', name: 'Dra. Euis Rahayu', office: 'Kepala Dinas Sosial Kota Cimahi', nip: '19651212 199003 1 005' };
    const { pdf } = await render(studyResult(), { closing, generatedOn: { year: 2026, month: 12, day: 1 } });
    const text = lines(pdf.pages[pdf.numPages - 1]!).map((line) => line.join(' '));
    const at = text.indexOf('Cimahi, 1 Desember 2026');
    expect(text.slice(at, at + 5)).toEqual(['Cimahi, 1 Desember 2026', 'Mengetahui,', 'Kepala Dinas Sosial Kota Cimahi', 'Dra. Euis Rahayu', 'NIP. 19651212 199003 1 005']);
  });

  it('leaves the office line out of a report over several kelurahan when none is given', async () => {
    const { pdf } = await render({ ...studyResult(), kelurahan: '' }, { closing: { place: 'Cimahi', name: 'Dra. Euis Rahayu' }, generatedOn: { year: 2026, month: 12, day: 1 } });
    const text = lines(pdf.pages[pdf.numPages - 1]!).map((line) => line.join(' '));
    const at = text.indexOf('Cimahi, 1 Desember 2026');
    expect(text.slice(at, at + 3)).toEqual(['Cimahi, 1 Desember 2026', 'Mengetahui,', 'Dra. Euis Rahayu']);
  });
});

describe('a long report', () => {
  let pdf: PdfText;
  beforeAll(async () => {
    ({ pdf } = await render(longResult()));
    // Some 20 pages drawn and read back: slow on a busy machine.
  }, 90_000);

  it('repeats the counted line on the pages a table continues on', () => {
    const continued = pdf.pages.filter((p) => pageText(p).includes('Tabel 3.') && pageText(p).includes('(lanjutan)'));
    expect(continued.length).toBeGreaterThanOrEqual(2);
    for (const p of continued) expect(pageText(p).replace(/\n/g, ' ')).toContain(`Dihitung dari 1.859 kelompok sah (${LONG_ISSUES} baris tidak sah`);
  });

  it('lists the first 200 issues with row, column and message, then how many more', () => {
    const quality = pdf.pages.filter((p) => pageText(p).startsWith('Kualitas Data'));
    expect(quality.length).toBeGreaterThanOrEqual(2);
    const rows = quality.flatMap((p) => lines(p)).filter((line) => /^\d+$/.test(line[0] ?? '') && line[1] === 'Jumlah Anggota');
    expect(rows).toHaveLength(200);
    // The message wraps onto two lines of its cell, around the row's centred number and column.
    const first = lines(quality[0]!);
    const at = first.findIndex((line) => line[0] === '2' && line[1] === 'Jumlah Anggota');
    expect([...first[at - 1]!, ...first[at + 1]!].join(' ')).toBe(issueBody('not_integer', 'dua puluh 0', {}, 'id'));
    expect(rows[199]?.[0]).toBe('201');
    const all = quality.map((p) => pageText(p)).join('\n');
    expect(all).toContain(`Pemeriksaan data menemukan ${LONG_ISSUES} masalah.`);
    expect(all).toContain(`… dan ${LONG_ISSUES - 200} masalah lainnya tidak dicantumkan di sini.`);
  });
});

describe('characters the fonts lack', () => {
  it('are drawn as \uFFFD, counted, and said on the cover; nothing throws', async () => {
    const result = studyResult();
    const t1 = result.tables[0]!;
    result.tables[0] = { ...t1, rows: t1.rows.map((r, i) => (i === 0 ? { ...r, label: 'Дасa 😀 Wisma\u0000' } : r)) };
    const out = await render(result);
    // Д, а, с (Cyrillic), the emoji (one code point) and NUL: five replacements, counted once each.
    expect(out.replaced).toBe(5);
    expect(lineStartingWith(out.pdf.pages[1]!, '1')?.[1]).toBe('\uFFFD\uFFFD\uFFFDa \uFFFD Wisma\uFFFD');
    expect(pageText(out.pdf.pages[0]!)).toContain('5 karakter di luar huruf Latin dicetak sebagai \uFFFD.');
  });
});
