import { parseWhole, toJsonResult } from '../../src/core';
import { run, table, validRow } from './helpers';

describe('whole numbers as Indonesian files hold them (CODEBOOK §1)', () => {
  test.each([
    ['1.000', 1000],
    ['12.500', 12500],
    ['1.000.000', 1000000],
    ['100.000', 100000],
    ['1 000', 1000],
    ['1\u00a0000', 1000],
    ['1\u2009000', 1000],
    ['1\u202f000', 1000],
    ['1.000,0', 1000],
    ['25,0', 25],
    ['25.00', 25],
    ['1.00', 1],
    ['25.0', 25],
    ['25.00', 25],
    ['1.00', 1],
  ])('%p is %p', (v, n) => {
    expect(parseWhole(v)).toEqual({ ok: true, value: n });
  });

  test.each(['1.000.00', '1.000 000', '12,5', '1,000', '12.500,5', '1 00', '.000', '1..000'])('%p is not a whole number', (v) => {
    expect(parseWhole(v).ok).toBe(false);
  });

  test('1.000 members is one thousand, counted in the > 20 bucket, never 1', () => {
    const r = run([validRow({ 'Jumlah Anggota': '1.000' }), validRow({ 'Nama Kelompok': 'B', 'Jumlah Anggota': '25,0' })]);
    expect(r.rows).toEqual({ read: 2, valid: 2, invalid: 0, blank: 0 });
    expect(table(r, 'T3').total.counts).toEqual([0, 0, 2]);
  });

  test('100.001 members is out of range (read as 100001, not 100.001)', () => {
    const r = run([validRow({ 'Jumlah Anggota': '100.001' })]);
    expect(r.issues.map((i) => [i.code, i.params.parsed])).toEqual([['out_of_range', 100001]]);
  });
});

describe('a trailing totals row', () => {
  const totals = (name: string, over = {}) =>
    validRow({ 'Nama Kelompok': name, 'Jenis Kelompok': '', Tujuan: '', 'Pendidikan Pengurus': '', 'Jaringan Kerja': '', 'Tahun Berdiri': '', 'Jumlah Anggota': 45, ...over });

  test.each(['Jumlah', 'TOTAL', ' Jumlah Total ', 'Jumlah:'])('%p is skipped, counted and warned about once', (name) => {
    const r = run([validRow(), validRow({ 'Nama Kelompok': 'B' }), totals(name), {}]);
    expect(r.rows).toEqual({ read: 2, valid: 2, invalid: 0, blank: 1, totals: 1 });
    expect(r.issues.map((i) => [i.row, i.code, i.severity, i.field])).toEqual([[4, 'totals_row', 'warning', 'namaKelompok']]);
    expect(r.issues[0]?.messages.id).toContain('baris jumlah');
    expect(toJsonResult(r, 'en').rows.totals).toBe(1);
  });

  test('a "Jumlah" row followed by a group is checked as a group (errors, not skipped)', () => {
    const r = run([validRow(), totals('Jumlah'), validRow({ 'Nama Kelompok': 'C' })]);
    expect(r.rows).toEqual({ read: 3, valid: 2, invalid: 1, blank: 0 });
    expect(r.issues.every((i) => i.row === 3 && i.severity === 'error')).toBe(true);
    expect(r.issues.length).toBeGreaterThan(1);
  });

  test('a row named Jumlah with a group type is a group, not a totals row', () => {
    const r = run([validRow({ 'Nama Kelompok': 'Jumlah' })]);
    expect(r.rows).toEqual({ read: 1, valid: 1, invalid: 0, blank: 0 });
  });

  test('no totals key when there is none', () => {
    expect(toJsonResult(run([validRow()]), 'id').rows).toEqual({ read: 1, valid: 1, invalid: 0, blank: 0 });
  });
});
