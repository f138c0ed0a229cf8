import { computeSurvey, cloneCategories, fatalMessage, findHeaderRow, mapHeaders } from '../../src/core';
import { SETTINGS_2006 } from './helpers';

const REQUIRED = ['Nama Kelompok', 'Jenis Kelompok', 'Tahun Berdiri', 'Tujuan', 'Jumlah Anggota', 'Pendidikan Pengurus', 'Jaringan Kerja'];

describe('header mapping', () => {
  test('matches case- and white-space-free, in any order, canonical or English alias; unknown columns ignored', () => {
    const m = mapHeaders(['No', '  jenis   KELOMPOK ', 'Group Name', 'year founded', 'TUJUAN', 'Members', 'Leader Education', 'network', 'Catatan lain']);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.map.index).toMatchObject({ jenisKelompok: 1, namaKelompok: 2, tahunBerdiri: 3, tujuan: 4, jumlahAnggota: 5, pendidikanPengurus: 6, jaringanKerja: 7 });
    expect(m.map.names.jenisKelompok).toBe('jenis   KELOMPOK');
    expect(Object.keys(m.map.index)).toHaveLength(7);
  });

  test('a missing required column is one error naming it and listing the headers found', () => {
    const m = mapHeaders(['Nama Kelompok', 'Jenis Kelompok', 'Tujuan', 'Jumlah Anggota', 'Pendidikan Pengurus', 'Jaringan Kerja', 'Foo']);
    expect(m.ok).toBe(false);
    if (m.ok) return;
    expect(m.error.code).toBe('missing_columns');
    expect(m.error.columns).toEqual(['Tahun Berdiri']);
    const msg = fatalMessage(m.error, 'id');
    expect(msg).toContain('"Tahun Berdiri"');
    expect(msg).toContain('"Foo"');
    expect(fatalMessage(m.error, 'en')).toMatch(/^Required column not found: "Tahun Berdiri"\. Headers found: .*"Foo"/);
  });

  test('a header that appears twice is an error, not a silent choice', () => {
    const m = mapHeaders([...REQUIRED, 'jenis kelompok']);
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.error).toMatchObject({ code: 'duplicate_column', columns: ['Jenis Kelompok'] });
  });

  test('the header row is found below a title row; row numbers follow the sheet', () => {
    const values = [['Pendataan WKSBM 2006'], [], REQUIRED, ['A', 'Posyandu', 2000, 'Pelayanan Kesehatan', 'x', 'SD', 'Pemerintah']];
    expect(findHeaderRow(values)).toBe(2);
    const out = computeSurvey(values, { settings: SETTINGS_2006, categories: cloneCategories() });
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.value.issues.map((i) => [i.row, i.field, i.code])).toEqual([[4, 'jumlahAnggota', 'not_integer']]);
  });

  test('an empty sheet has no header', () => {
    const out = computeSurvey([[], ['', '  ']], { settings: SETTINGS_2006, categories: cloneCategories() });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.code).toBe('no_header');
  });
});
