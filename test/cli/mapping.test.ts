import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { categoriesFromRows, cloneCategories, computeSurvey, fatalMessage, type JsonResult, type RawCell } from '../../src/core';
import { eachReader } from './readers';
import { pranata } from './run';

const tmp = mkdtempSync(join(tmpdir(), 'pranata-map-'));
const OWN = join(tmp, 'posyandu.csv');
writeFileSync(
  OWN,
  'No,Nama Posyandu,Jenis Kelompok,Tahun Dibentuk,Tujuan,Jumlah Kader,Pendidikan Pengurus,Jaringan Kerja\n' +
    '1,Posyandu Mawar,Posyandu,1995,Pelayanan Kesehatan,12,SMA,Pemerintah\n' +
    '2,Posyandu Melati,Posyandu,2001,Pelayanan Kesehatan,8,SD,Pemerintah\n' +
    ',Jumlah,,,,20,,\n',
);
const MAPS = ['--map', 'Nama Posyandu=Nama Kelompok', '--map', 'Tahun Dibentuk=Tahun Berdiri', '--map', 'Jumlah Kader=jumlah_anggota'];

eachReader('a coordinator\'s own column names', () => {
  test('missing columns: the error names the closest header and the --map that fixes it', () => {
    const r = pranata(['tables', '--input', OWN, '--survey-year', '2006']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('"Tahun Dibentuk" untuk "Tahun Berdiri": --map "Tahun Dibentuk=Tahun Berdiri"');
    expect(r.stderr).toContain('--map "Nama Posyandu=Nama Kelompok"');
    expect(r.stderr).toContain('--map "Jumlah Kader=Jumlah Anggota"');
  });

  test('--map (repeatable) reads the list; its totals row is skipped', () => {
    const r = pranata(['tables', '--input', OWN, '--survey-year', '2006', '--format', 'json', ...MAPS]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout) as JsonResult;
    expect(j.rows).toEqual({ read: 2, valid: 2, invalid: 0, blank: 0, totals: 1 });
    expect(j.issues.map((i) => [i.row, i.code, i.column])).toEqual([[4, 'totals_row', 'Nama Posyandu']]);
  });

  test('--map-file: JSON and CSV give the same as --map', () => {
    const json = join(tmp, 'map.json');
    writeFileSync(json, JSON.stringify({ 'Nama Posyandu': 'Nama Kelompok', 'Tahun Dibentuk': 'Year Founded', 'Jumlah Kader': 'Jumlah Anggota' }));
    const csv = join(tmp, 'map.csv');
    writeFileSync(csv, 'Kolom Anda,Kolom Pranata\nNama Posyandu,Nama Kelompok\nTahun Dibentuk,Tahun Berdiri\nJumlah Kader,Jumlah Anggota\n');
    const want = pranata(['tables', '--input', OWN, '--survey-year', '2006', '--format', 'json', ...MAPS]).stdout;
    for (const f of [json, csv]) {
      const r = pranata(['tables', '--input', OWN, '--survey-year', '2006', '--format', 'json', '--map-file', f]);
      expect([r.code, r.stdout]).toEqual([0, want]);
    }
  });

  test('a Kolom list in the categories file does the same; a mapping to no Pranata column is exit 2', () => {
    const cats = join(tmp, 'kategori.csv');
    writeFileSync(cats, 'Daftar,Label,Alias\nKolom,Nama Kelompok,Nama Posyandu\nKolom,Tahun Berdiri,Tahun Dibentuk\nKolom,Jumlah Anggota,Jumlah Kader; Jml Kader\n');
    const r = pranata(['tables', '--input', OWN, '--survey-year', '2006', '--format', 'json', '--categories', cats]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonResult).rows.valid).toBe(2);
    const bad = pranata(['tables', '--input', OWN, '--map', 'Nama Posyandu=Nama Posyandu']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bukan kolom Pranata');
    expect(pranata(['tables', '--input', OWN, '--map', 'tanpa tanda sama dengan']).code).toBe(2);
  });

  test('in the add-on: the Kategori sheet\'s Kolom rows map the Data sheet; the error suggests a Kolom row', () => {
    const values: RawCell[][] = [
      ['Nama Posyandu', 'Jenis Kelompok', 'Tahun Dibentuk', 'Tujuan', 'Jumlah Anggota', 'Pendidikan Pengurus', 'Jaringan Kerja'],
      ['Posyandu Mawar', 'Posyandu', 1995, 'Pelayanan Kesehatan', '1.000', 'SMA', 'Pemerintah'],
    ];
    const kat = categoriesFromRows([['Daftar', 'Label', 'Alias'], ['Kolom', 'Nama Kelompok', 'Nama Posyandu'], ['Kolom', 'Tahun Berdiri', 'Tahun Dibentuk']], cloneCategories(), 'replace');
    if (!kat.ok) throw new Error('kategori');
    const settings = { surveyYear: 2006, kelurahan: '', ageYears: 10, membersSmall: 10, membersLarge: 20 };
    const out = computeSurvey(values, { settings, categories: kat.categories, columns: kat.columns });
    expect(out.ok && out.value.rows.valid).toBe(1);
    const without = computeSurvey(values, { settings, categories: cloneCategories() });
    expect(without.ok).toBe(false);
    if (!without.ok) expect(fatalMessage(without.error, 'en', 'kolom')).toContain('add a row with Daftar "Kolom", Label "Tahun Berdiri", Alias "Tahun Dibentuk"');
  });
});
