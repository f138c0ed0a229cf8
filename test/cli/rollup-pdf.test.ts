/**
 * TK in the PDF at Kota Cimahi's size (issue 12): 15 kelurahan × 300 groups, 17 group types
 * and Jumlah, on A4 portrait. Read back as a reader would (pdfjs-dist): every count of TK is
 * printed whole, in its kelurahan's row, at a legible size, and no two pieces of text touch
 * (a cell's text keeps CELL_PAD from its rules, so neighbours on a line stay 2 × CELL_PAD
 * apart unless one spilled out of its cell).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { JsonResult } from '../../src/core';
import { ROLLUP_TITLE } from '../../src/core/rollup';
import { CELL_PAD } from '../../src/report/draw';
import { lines, pageText, readPdfText, type PdfTextPage, type TextItem } from '../report/pdf-inspect';
import { pranata } from './run';
import { SAMPLE } from './three-kelurahan';

/** Kota Cimahi's 15 kelurahan. */
const CIMAHI = [
  'Baros', 'Cibabat', 'Cibeber', 'Cibeureum', 'Cigugur Tengah', 'Cimahi', 'Cipageran', 'Citeureup',
  'Karangmekar', 'Leuwigajah', 'Melong', 'Padasuka', 'Pasirkaliki', 'Setiamanah', 'Utama',
];
const PER_KELURAHAN = 300;
const A4 = { width: 595.28, height: 841.89, margin: 50 };

const tmp = mkdtempSync(join(tmpdir(), 'pranata-tk-pdf-'));
const input = join(tmp, 'kota.csv');
{
  const [header, ...sample] = Papa.parse<string[]>(readFileSync(SAMPLE, 'utf8'), { skipEmptyLines: true }).data as [string[], ...string[][]];
  const col = (name: string): number => header.indexOf(name);
  const rows = Array.from({ length: CIMAHI.length * PER_KELURAHAN }, (_, i) => {
    const r = [...sample[i % sample.length]!];
    r[col('Kelurahan')] = CIMAHI[i % CIMAHI.length]!;
    r[col('Kode Wilayah')] = '';
    r[col('ID')] = `B-${i}`;
    // Each copy of the sample its own groups: no duplicates.
    r[col('Nama Kelompok')] = `${r[col('Nama Kelompok')]} ${Math.floor(i / sample.length)}`;
    return r;
  });
  writeFileSync(input, Papa.unparse([header, ...rows]));
}
const args = ['tables', '--input', input, '--by', 'kelurahan', '--survey-year', '2006'];

const json = ((): JsonResult => {
  const r = pranata([...args, '--format', 'json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonResult;
})();
const tk = json.tables.find((t) => t.title === ROLLUP_TITLE)!;

let coverText = '';
let pdfPages: PdfTextPage[] = [];

/** TK's table: the items from its title down to its source line, per page it is on. */
const tkPages = ((): { page: PdfTextPage; items: TextItem[] }[] => {
  const out = join(tmp, 'kota.pdf');
  expect(pranata([...args, '--out', out]).code).toBe(0);
  const pdf = readPdfText(new Uint8Array(readFileSync(out)));
  coverText = pageText(pdf.pages[0]!);
  pdfPages = pdf.pages;
  const found: { page: PdfTextPage; items: TextItem[] }[] = [];
  for (const page of pdf.pages.slice(1)) {
    const title = page.items.find((it) => it.str.startsWith(ROLLUP_TITLE));
    if (!title) continue;
    const source = page.items.find((it) => it.str.startsWith('Sumber:'));
    const items = page.items.filter((it) => it.str.trim() !== '' && (source === undefined || it.y > source.y + 1));
    found.push({ page, items });
    if (source) break;
  }
  return found;
})();

describe('TK of 15 kelurahan × 17 types in the PDF', () => {
  test('the cover counts the kelurahan it covers (more than three are not listed)', () => {
    expect(coverText).toContain('15 Kelurahan');
    expect(coverText).not.toMatch(/^Kelurahan$/m);
  });

  test('the contents go on past the cover, inside the margins, and each entry names the page its part starts on', () => {
    // The nine tables, TK, 15 kelurahan and Kualitas Data: 26 entries, more than the cover holds
    // (the last ones were drawn below the page's edge).
    const contentsPages = pdfPages.filter((p) => p.items.some((it) => it.str.startsWith('Daftar Isi')));
    expect(contentsPages.length).toBe(2);
    expect(pdfPages.indexOf(contentsPages[1]!)).toBe(1);
    expect(lines(contentsPages[1]!)[0]).toEqual(['Daftar Isi (lanjutan)']);
    const entries = contentsPages.flatMap((p) => {
      // Above the bottom margin, but for the page number under it.
      for (const it of p.items) if (it.str.trim() !== '' && !it.str.startsWith('Halaman')) expect(it.y).toBeGreaterThanOrEqual(A4.margin - 0.5);
      return lines(p).filter((line) => line.length === 2 && /^\d+$/.test(line[1]!));
    });
    const titles = entries.map(([title]) => title);
    expect(titles).toEqual([...json.tables.map((t) => t.title), ...CIMAHI.map((k) => `Kelurahan ${k}`), 'Kualitas Data']);
    for (const [title, page] of entries) {
      const first = lines(pdfPages[Number(page) - 1]!)[0]!.join(' ');
      expect({ title, first: first.startsWith(title!) }).toEqual({ title, first: true });
    }
  });

  test('the table, in parts, fits one A4 portrait page', () => {
    expect(tk.columns).toHaveLength(17);
    expect(tkPages).toHaveLength(1);
    const { page } = tkPages[0]!;
    expect(page.width).toBeCloseTo(A4.width, 1);
    expect(page.height).toBeCloseTo(A4.height, 1);
    // The type columns in two parts, each under its own header row of No and Kelurahan.
    expect(lines(page).filter((line) => line[0] === 'No' && line[1] === 'Kelurahan')).toHaveLength(2);
  });

  test('every count of every kelurahan, and the Jumlah row, stands in its row in order', () => {
    const all = tkPages.flatMap(({ page }) => lines(page));
    const printed = (start: string[]): string[] =>
      all.filter((line) => start.every((cell, i) => line[i] === cell)).flatMap((line) => line.slice(start.length));
    const count = (n: number): string => n.toLocaleString('id-ID');
    tk.rows.forEach((row, i) => {
      expect(row.label).toBe(CIMAHI[i]);
      expect(printed([String(i + 1), row.label])).toEqual([...row.counts, row.total].map(count));
    });
    expect(printed(['Jumlah'])).toEqual([...tk.total.counts, tk.total.total].map(count));
    expect(tk.total.total).toBe(CIMAHI.length * PER_KELURAHAN);
  });

  test('every type is named in the header, none cut', () => {
    const text = tkPages.flatMap(({ items }) => items.map((it) => it.str)).join(' ');
    for (const c of tk.columns) for (const word of c.label.split(/[ /]/)) expect(text).toContain(word);
    expect(text).not.toContain('…');
  });

  test('the narrative under it gives the share of all groups of each type (TK holds no percents)', () => {
    const { page } = tkPages[tkPages.length - 1]!;
    const text = lines(page).map((line) => line.join(' ')).join(' ');
    const share = (n: number): string => `${((n * 100) / tk.total.total).toFixed(2).replace('.', ',')}%`;
    // 1.521 Dasa Wisma of 4.500: exactly 33,80 %, no rounding rule involved.
    expect(tk.total.counts[0]).toBe(1521);
    expect(text).toContain(`Menurut jenis kelompok: ${share(1521)} Dasa Wisma`);
    // All 15 hold 300 groups: three named, the rest counted (was "Baros, Cibabat, Cibeber dan …").
    expect(text).toContain('Kelurahan terbanyak adalah Baros, Cibabat, Cibeber dan 12 lainnya: 300 kelompok (6,67% dari 4.500).');
  });

  test('text at 9 pt in the table (8 pt at least on the page), inside the margins, no two pieces touching', () => {
    for (const { page, items } of tkPages) {
      // Under the title, the line of rows counted (8 pt, as every section's); then the table.
      const counted = items.find((it) => it.str.startsWith('Dihitung dari'))!;
      for (const it of items) {
        expect(it.size).toBeGreaterThanOrEqual(it.y < counted.y - 1 ? 9 - 1e-6 : 8 - 1e-6);
        expect(it.x).toBeGreaterThanOrEqual(A4.margin - 0.5);
        expect(it.x + it.width).toBeLessThanOrEqual(page.width - A4.margin + 0.5);
      }
      for (const [i, a] of items.entries()) {
        for (const b of items.slice(i + 1)) {
          // Same text line (baselines within a third of the size): apart by both cells' padding.
          const sameLine = Math.abs(a.y - b.y) < Math.min(a.size, b.size) * 0.75;
          if (!sameLine) continue;
          const gap = a.x < b.x ? b.x - (a.x + a.width) : a.x - (b.x + b.width);
          expect({ a: a.str, b: b.str, gap: gap >= 2 * CELL_PAD - 0.5 }).toEqual({ a: a.str, b: b.str, gap: true });
        }
      }
    }
  });
});
