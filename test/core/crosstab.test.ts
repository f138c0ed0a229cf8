import { largestRemainder } from '../../src/core';
import { run, table, validRow } from './helpers';

const hundredths = (xs: number[]) => xs.reduce((a, x) => a + Math.round(x * 100), 0);

describe('largest-remainder percents', () => {
  test('a row sums to exactly 100.00', () => {
    expect(largestRemainder([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(hundredths(largestRemainder([1, 1, 1]))).toBe(10000);
  });
  test('ties go to the earlier column', () => {
    expect(largestRemainder([1, 1, 1, 1, 1, 1])).toEqual([16.67, 16.67, 16.67, 16.67, 16.66, 16.66]);
    expect(largestRemainder([2, 1])).toEqual([66.67, 33.33]);
    expect(largestRemainder([1, 2])).toEqual([33.33, 66.67]);
  });
  test('the study values: 16/104 and 88/104', () => {
    expect(largestRemainder([16, 88])).toEqual([15.38, 84.62]);
    expect(largestRemainder([18, 98, 191])).toEqual([5.86, 31.92, 62.22]);
    expect(largestRemainder([43, 264])).toEqual([14.01, 85.99]);
  });
  test('a total of 0 gives all zeros', () => {
    expect(largestRemainder([0, 0, 0])).toEqual([0, 0, 0]);
  });
});

describe('tables', () => {
  const r = run([
    validRow({ 'Nama Kelompok': 'a' }),
    validRow({ 'Nama Kelompok': 'b', 'Jenis Kelompok': 'Posyandu', 'Jaringan Kerja': 'Pemerintah', Tujuan: 'Pelayanan Kesehatan' }),
    validRow({ 'Nama Kelompok': 'c', 'Jenis Kelompok': 'Posyandu', 'Tahun Berdiri': 2001, 'Jumlah Anggota': 30 }),
  ]);
  test('every category row is listed in list order, zero rows kept, then Jumlah', () => {
    // T1–T5: every valid row counts; T6–T9 count those who answered (CODEBOOK §8, test/core/base-tables).
    for (const t of r.tables.slice(0, 5)) {
      expect(t.total.label).toBe('Jumlah');
      expect(t.total.total).toBe(3);
      expect(t.source).toBe('Sumber: Hasil Pendataan di Wilayah Kelurahan Cibeureum Tahun 2006.');
    }
    expect(table(r, 'T1').rows).toHaveLength(17);
    expect(table(r, 'T1').rows[2]).toEqual({ label: 'BKB', counts: [0, 0], percents: [0, 0], total: 0 });
    expect(table(r, 'T2').rows).toHaveLength(10);
    expect(table(r, 'T4').rows).toHaveLength(5);
    expect(table(r, 'T5').columns).toEqual([{ key: 'orsos', label: 'Organisasi Sosial' }, { key: 'pemerintah', label: 'Pemerintah' }]);
  });
  test('row base: each row and the total row sum to 100; column base: the column sums to 100', () => {
    const t1 = table(r, 'T1');
    expect(t1.rows[1]).toEqual({ label: 'Posyandu', counts: [1, 1], percents: [50, 50], total: 2 });
    expect(t1.total).toEqual({ label: 'Jumlah', counts: [1, 2], percents: [33.33, 66.67], total: 3 });
    const t2 = table(r, 'T2');
    expect(t2.rows[3]?.percents).toEqual([66.67]);
    expect(t2.rows[9]?.percents).toEqual([33.33]);
    expect(t2.total).toEqual({ label: 'Jumlah', counts: [3], percents: [100], total: 3 });
    expect(hundredths(t2.rows.map((x) => x.percents[0] ?? 0))).toBe(10000);
  });
  test('invalid rows are counted out of every table', () => {
    const r2 = run([validRow(), validRow({ 'Nama Kelompok': 'x', 'Tahun Berdiri': 'lama' })]);
    expect(r2.rows).toMatchObject({ valid: 1, invalid: 1 });
    for (const t of r2.tables.slice(0, 5)) expect(t.total.total).toBe(1);
  });
});
