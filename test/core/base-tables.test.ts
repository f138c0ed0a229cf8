/**
 * T6–T9 (CODEBOOK §8): the study's other figures. The rebuilt 307 groups give the counts the
 * study's text prints; the percents are computed to the codebook (half up per row for the
 * several-of tables, largest remainder for T7), which corrects the text's misprint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { cloneCategories, computeSurvey, halfUpPercent, toJsonResult, type TableModel } from '../../src/core';
import { run, SETTINGS_2006, table, validRow } from './helpers';

const root = join(__dirname, '..', '..');
const csv = readFileSync(join(root, 'src/cli/sample/cibeureum-2006.csv'), 'utf8');
const study = JSON.parse(readFileSync(join(root, 'test/fixtures/study-expected.json'), 'utf8'));

const out = computeSurvey(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data, { settings: SETTINGS_2006, categories: cloneCategories() });
if (!out.ok) throw new Error(out.error.code);
const result = out.value;
const row = (t: TableModel, label: string) => t.rows.find((r) => r.label === label)!;

describe('T6–T9 of the study', () => {
  test('they follow T5, in order, with their titles', () => {
    expect(result.tables.map((t) => t.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9']);
    expect(result.tables.slice(5).map((t) => t.title)).toEqual([
      'Tabel 6. Syarat Keanggotaan Kelompok Sosial',
      'Tabel 7. Lama Kepengurusan Kelompok Sosial',
      'Tabel 8. Nilai Solidaritas Kelompok Sosial',
      'Tabel 9. Sumber Dana Kelompok Sosial',
    ]);
  });

  test('T6: the text\'s counts over base 307; its misprint 15 = 4,88 % is 4,89 %', () => {
    const t6 = table(result, 'T6');
    expect(t6.base).toBe(307);
    expect(t6.percentBase).toBe('base');
    expect(t6.rows.map((r) => r.label)).toEqual(['Domisili', 'Keterampilan', 'Pendidikan', 'Keturunan', 'Tidak Ada']);
    for (const { label, count, printedPercent } of study.textFigures.syaratKeanggotaan) {
      expect(row(t6, label).counts).toEqual([count]);
      if (label === 'Pendidikan') {
        expect(printedPercent).toBe(4.88);
        expect(row(t6, label).percents).toEqual([4.89]);
      } else expect(row(t6, label).percents).toEqual([printedPercent]);
    }
    expect(t6.total).toEqual({ label: 'Jumlah kelompok', counts: [307], percents: [], total: 307 });
    expect(t6.basis).toBe('Basis: 307 kelompok yang menjawab pertanyaan ini.');
  });

  test('T7: 268 / 24 / 15 read 87,30 / 7,82 / 4,88 with largest remainder', () => {
    const t7 = table(result, 'T7');
    expect(t7.base).toBe(307);
    expect(t7.percentBase).toBe('column');
    expect(t7.rows.map((r) => [r.label, r.counts[0], r.percents[0]])).toEqual([
      ['≤ 5 Tahun', 268, 87.3],
      ['6–10 Tahun', 24, 7.82],
      ['> 10 Tahun', 15, 4.88],
    ]);
    expect(study.textFigures.lamaKepengurusan.map((b: { count: number }) => b.count)).toEqual([268, 24, 15]);
    expect(t7.total).toEqual({ label: 'Jumlah', counts: [307], percents: [100], total: 307 });
  });

  test('T8: Gotong Royong 292 = 95,11 %, Membantu Warga 260 = 84,69 %', () => {
    const t8 = table(result, 'T8');
    expect(t8.base).toBe(307);
    for (const { label, count, printedPercent } of study.textFigures.nilaiSolidaritas) {
      expect(row(t8, label)).toMatchObject({ counts: [count], percents: [printedPercent] });
    }
  });

  test('T9: every type of funding, base 307', () => {
    const t9 = table(result, 'T9');
    expect(t9.base).toBe(307);
    expect(t9.rows.map((r) => r.label)).toEqual(['Iuran Anggota', 'Sumbangan Masyarakat', 'Bantuan Pemerintah', 'Usaha Kelompok', 'Lainnya']);
    for (const r of t9.rows) expect(r.percents).toEqual([halfUpPercent(r.counts[0]!, 307)]);
  });

  test('JSON: "percentBase": "base", "base": N on T6–T9, no base on T1–T5, empty total.percents', () => {
    const json = toJsonResult(result, 'id');
    for (const t of json.tables.slice(0, 5)) expect('base' in t).toBe(false);
    expect(json.tables.slice(5).map((t) => [t.id, t.percentBase, t.base, t.total.percents])).toEqual([
      ['T6', 'base', 307, []],
      ['T7', 'column', 307, [100]],
      ['T8', 'base', 307, []],
      ['T9', 'base', 307, []],
    ]);
    expect(Object.keys(json.tables[5]!)).toEqual(['id', 'title', 'percentBase', 'columns', 'rows', 'total', 'base', 'source']);
  });
});

describe('the base: who answered', () => {
  const rows = [
    validRow({ 'Syarat Keanggotaan': 'Domisili; Keturunan', 'Lama Kepengurusan (tahun)': 5, 'Sumber Dana': '' }),
    validRow({ 'Nama Kelompok': 'B', 'Syarat Keanggotaan': 'domisili, Domisili', 'Lama Kepengurusan (tahun)': 6 }),
    validRow({ 'Nama Kelompok': 'C', 'Syarat Keanggotaan': '', 'Lama Kepengurusan (tahun)': 11 }),
    validRow({ 'Nama Kelompok': 'D', 'Lama Kepengurusan (tahun)': 10, 'Jumlah Anggota': 'banyak', 'Syarat Keanggotaan': 'Domisili' }),
  ];
  const r = run(rows);

  test('a blank cell is out of the base; an invalid row is out of every table; a label named twice counts once', () => {
    const t6 = table(r, 'T6');
    expect(t6.base).toBe(2);
    expect(row(t6, 'Domisili').counts).toEqual([2]);
    expect(row(t6, 'Domisili').percents).toEqual([100]);
    expect(row(t6, 'Keturunan').percents).toEqual([50]);
  });

  test('T7 buckets close the study\'s hole at exactly 5 years: 5 is ≤ 5, 6 and 10 are 6–10, 11 is > 10', () => {
    expect(table(r, 'T7').rows.map((x) => x.counts[0])).toEqual([1, 1, 1]);
    expect(table(r, 'T7').base).toBe(3);
  });

  test('a base of 0 gives all 0, and the thresholds are settings', () => {
    const t9 = table(r, 'T9');
    expect(t9.base).toBe(0);
    expect(t9.rows.every((x) => x.counts[0] === 0 && x.percents[0] === 0)).toBe(true);
    expect(t9.total.counts).toEqual([0]);
    const other = run(rows, { ...SETTINGS_2006, tenureShort: 6, tenureLong: 11 });
    const t7 = table(other, 'T7');
    expect(t7.rows.map((x) => x.label)).toEqual(['≤ 6 Tahun', '7–11 Tahun', '> 11 Tahun']);
    expect(t7.rows.map((x) => x.counts[0])).toEqual([2, 1, 0]);
  });

  test('half up, exactly: x.xx5 goes up, in integers', () => {
    expect(halfUpPercent(1, 8)).toBe(12.5);
    expect(halfUpPercent(1, 3)).toBe(33.33);
    expect(halfUpPercent(2, 3)).toBe(66.67);
    expect(halfUpPercent(1, 16)).toBe(6.25);
    expect(halfUpPercent(1, 32)).toBe(3.13); // 3.125 half up
    expect(halfUpPercent(1, 0)).toBe(0);
  });
});
