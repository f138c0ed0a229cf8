import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonResult } from '../../src/core';
import { eachReader } from './readers';
import { pranata, ROOT } from './run';

const SAMPLE = join(ROOT, 'src/cli/sample/cibeureum-2006.csv');
const STUDY_XLSX = join(ROOT, 'test/fixtures/study-cibeureum-2006.xlsx');
const MESSY = join(ROOT, 'test/fixtures/messy.csv');
const tmp = mkdtempSync(join(tmpdir(), 'pranata-cli-'));

function json(args: string[]): JsonResult {
  const r = pranata(['tables', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonResult;
}

eachReader('pranata tables --format json', () => {
  test('prints exactly the shape of CODEBOOK §7', () => {
    const r = json(['--input', SAMPLE, '--survey-year', '2006']);
    expect(Object.keys(r)).toEqual(['surveyYear', 'kelurahan', 'rows', 'tables', 'issues']);
    expect(r.surveyYear).toBe(2006);
    expect(r.kelurahan).toBe('Cibeureum');
    expect(r.rows).toEqual({ read: 307, valid: 307, invalid: 0, blank: 0 });
    expect(r.tables.map((t) => t.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9']);
    const t1 = r.tables[0]!;
    expect(Object.keys(t1)).toEqual(['id', 'title', 'percentBase', 'columns', 'rows', 'total', 'source']);
    expect(t1.rows[0]).toEqual({ label: 'Dasa Wisma', counts: [16, 88], percents: [15.38, 84.62], total: 104 });
    expect(t1.total).toEqual({ label: 'Jumlah', counts: [43, 264], percents: [14.01, 85.99], total: 307 });
    expect(t1.source).toBe('Sumber: Hasil Pendataan di Wilayah Kelurahan Cibeureum Tahun 2006.');
    // CODEBOOK §8: the based tables carry their base; several-of percents each on their own.
    const t6 = r.tables[5]!;
    expect(Object.keys(t6)).toEqual(['id', 'title', 'percentBase', 'columns', 'rows', 'total', 'base', 'source']);
    expect([t6.percentBase, t6.base]).toEqual(['base', 307]);
    expect(t6.rows[2]).toEqual({ label: 'Pendidikan', counts: [15], percents: [4.89], total: 15 });
    expect(t6.total).toEqual({ label: 'Jumlah kelompok', counts: [307], percents: [], total: 307 });
    expect(r.tables[6]!.rows.map((x) => x.percents[0])).toEqual([87.3, 7.82, 4.88]);
  });

  test('the messy file: BOM, semicolons, CRLF, aliases, blank rows, a two-line cell; issues as hand-expected', () => {
    const exp = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/messy.expected.json'), 'utf8')) as {
      rows: JsonResult['rows'];
      issues: { row: number; field: string; code: string }[];
    };
    const r = json(['--input', MESSY, '--survey-year', '2006']);
    expect(r.rows).toEqual(exp.rows);
    const errors = r.issues.filter((i) => i.severity === 'error').map((i) => ({ row: i.row, field: i.field, code: i.code }));
    expect(errors).toEqual(exp.issues.map(({ row, field, code }) => ({ row, field, code })));
    for (const i of r.issues) expect(i.message).toMatch(/^Baris \d+, kolom "/);
    expect(Object.keys(r.issues[0]!)).toEqual(['row', 'field', 'column', 'code', 'severity', 'message', 'value']);
  });

  test('--lang en gives English messages', () => {
    const r = json(['--input', MESSY, '--survey-year', '2006', '--lang', 'en']);
    expect(r.issues[0]!.message).toMatch(/^Row 8, column "Year Founded": 2010 is out of range/);
  });

  test('XLSX input gives the same tables as the CSV', () => {
    const a = json(['--input', SAMPLE, '--survey-year', '2006']);
    const b = json(['--input', STUDY_XLSX, '--survey-year', '2006', '--sheet', 'Data']);
    expect(b.tables).toEqual(a.tables);
    expect(b.rows).toEqual(a.rows);
  });

  test('--categories adds a type of the kelurahan\'s own: it gets its row in the tables', () => {
    const cats = join(tmp, 'kategori.json');
    writeFileSync(cats, JSON.stringify({ jenisKelompok: ['Koperasi', { label: 'Karang Werda', aliases: ['Karang Wreda'] }] }));
    const csv = join(tmp, 'own.csv');
    writeFileSync(
      csv,
      'Nama Kelompok,Jenis Kelompok,Tahun Berdiri,Tujuan,Jumlah Anggota,Pendidikan Pengurus,Jaringan Kerja\n' +
        'Kop A,Koperasi,2000,Peningkatan Penghasilan,30,SMA,Pemerintah\nKW B,karang wreda,1980,Kesejahteraan Lansia,12,SD,Orsos\n',
    );
    const r = json(['--input', csv, '--survey-year', '2006', '--categories', cats]);
    expect(r.rows.valid).toBe(2);
    const t1 = r.tables[0]!;
    expect(t1.rows.map((x) => x.label).slice(-2)).toEqual(['Koperasi', 'Karang Werda']);
    expect(t1.rows[17]).toEqual({ label: 'Koperasi', counts: [1, 0], percents: [100, 0], total: 1 });
    const csvCats = join(tmp, 'kategori.csv');
    writeFileSync(csvCats, 'Daftar,Label,Alias\nJenis Kelompok,Koperasi,Kop\n');
    const r2 = json(['--input', csv, '--survey-year', '2006', '--categories', csvCats]);
    expect(r2.rows).toMatchObject({ valid: 1, invalid: 1 });
  });

  test('other encodings: Windows-1252 (with a note) and Excel\'s UTF-16 "Unicode Text" (tab-delimited)', () => {
    const text = 'Nama Kelompok\tJenis Kelompok\tTahun Berdiri\tTujuan\tJumlah Anggota\tPendidikan Pengurus\tJaringan Kerja\r\n' +
      'Pengajian Al-Ikhlāṣ\tPengajian\t1990\tPengajian\t40\tSLTA\tOrsos\r\nKaféteria\tKUBE\t2001\tPeningkatan Penghasilan\t10\tSD\tPemerintah\r\n';
    const utf16 = join(tmp, 'unicode.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const a = json(['--input', utf16, '--survey-year', '2006']);
    expect(a.rows).toEqual({ read: 2, valid: 2, invalid: 0, blank: 0 });
    const latin = join(tmp, 'latin1.csv');
    writeFileSync(latin, Buffer.from(text.replace('Al-Ikhlāṣ', 'Al-Ikhlas').replace(/\t/g, ';'), 'latin1'));
    const r = pranata(['tables', '--input', latin, '--survey-year', '2006', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Windows-1252');
    expect((JSON.parse(r.stdout) as JsonResult).rows.valid).toBe(2);
  });

  test('the survey year defaults to this year; row numbers stay spreadsheet rows', () => {
    const r = json(['--input', MESSY]);
    expect(r.surveyYear).toBe(new Date().getFullYear());
  });
});

eachReader('exit codes and messages', () => {
  const oneLine = (s: string) => {
    expect(s.trim().split('\n')).toHaveLength(1);
    expect(s).not.toMatch(/\n\s+at /);
  };
  test('a missing file: exit 2, one line', () => {
    const r = pranata(['tables', '--input', join(tmp, 'nope.csv')]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('Berkas tidak ditemukan');
  });
  test('an unknown format: exit 2', () => {
    const f = join(tmp, 'x.ods');
    writeFileSync(f, 'x');
    const r = pranata(['tables', '--input', f]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('.csv atau .xlsx');
  });
  test('a missing required column: exit 2 naming it and the headers found', () => {
    const f = join(tmp, 'cols.csv');
    writeFileSync(f, 'Nama Kelompok,Jenis Kelompok,Tujuan,Jumlah Anggota,Pendidikan Pengurus,Jaringan Kerja\na,b,c,d,e,f\n');
    const r = pranata(['tables', '--input', f, '--lang', 'en']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('Required column not found: "Tahun Berdiri"');
    expect(r.stderr).toContain('"Jaringan Kerja"');
  });
  test('a damaged XLSX: exit 2', () => {
    const f = join(tmp, 'bad.xlsx');
    writeFileSync(f, 'not a zip');
    const r = pranata(['tables', '--input', f]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
  });
  test('invalid rows: exit 0, or 1 with --strict', () => {
    expect(pranata(['tables', '--input', MESSY, '--survey-year', '2006', '--format', 'json']).code).toBe(0);
    expect(pranata(['tables', '--input', MESSY, '--survey-year', '2006', '--format', 'json', '--strict']).code).toBe(1);
    expect(pranata(['tables', '--input', SAMPLE, '--survey-year', '2006', '--format', 'json', '--strict']).code).toBe(0);
  });
  test('bad arguments: exit 2 with the reason', () => {
    const r = pranata(['tables', '--input', SAMPLE, '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format');
    expect(pranata(['tables', '--input', SAMPLE, '--survey-year', 'dua ribu']).code).toBe(2);
    expect(pranata(['--help']).stdout).toContain('pranata tables --input');
    const tenure = pranata(['tables', '--input', SAMPLE, '--tenure-thresholds', '8,3']);
    expect(tenure.code).toBe(2);
    expect(tenure.stderr).toContain('--tenure-thresholds harus dua angka naik, misalnya 5,10');
  });

  test('--tenure-thresholds moves T7\'s buckets (CODEBOOK §8: the thresholds are settings)', () => {
    const t7 = json(['--input', SAMPLE, '--survey-year', '2006', '--tenure-thresholds', '3,8']).tables[6]!;
    expect(t7.rows.map((r) => r.label)).toEqual(['≤ 3 Tahun', '4–8 Tahun', '> 8 Tahun']);
    expect(t7.rows.reduce((a, r) => a + r.total, 0)).toBe(307);
    expect(t7.base).toBe(307);
  });
});

describe('pranata tables --format text and xlsx', () => {
  test('text shows the nine tables in Indonesian number format', () => {
    const r = pranata(['tables', '--input', SAMPLE, '--survey-year', '2006', '--format', 'text']);
    expect(r.code).toBe(0);
    for (let i = 1; i <= 9; i++) expect(r.stdout).toContain(`Tabel ${i}.`);
    expect(r.stdout).toMatch(/Pendidikan\s+15\s+4,89\n/);
    expect(r.stdout).toMatch(/Jumlah kelompok\s+307\s*\n\nBasis: 307 kelompok yang menjawab pertanyaan ini\.\nSumber:/);
    expect(r.stdout).toMatch(/Dasa Wisma\s+16\s+15,38\s+88\s+84,62\s+104\s+100,00/);
    expect(r.stdout).toMatch(/Jumlah\s+43\s+14,01\s+264\s+85,99\s+307\s+100,00/);
  });

  test('xlsx: nine formatted table sheets, an issues sheet, the Rekap and Daftar Kelompok; values stay strings', async () => {
    const csv = join(tmp, 'inject.csv');
    writeFileSync(
      csv,
      'Nama Kelompok,Jenis Kelompok,Tahun Berdiri,Tujuan,Jumlah Anggota,Pendidikan Pengurus,Jaringan Kerja\n' +
        '=HYPERLINK("http://x"),Dasa Wisma,1990,Pengajian,"=1+1",SD,Orsos\nB,Posyandu,2001,Pengajian,20,SD,Pemerintah\n',
    );
    const out = join(tmp, 'out', 'tabel.xlsx');
    const r = pranata(['tables', '--input', csv, '--survey-year', '2006', '--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Ditulis:');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // The tables, the issues, then the Rekap and Daftar Kelompok (test/cli/register.test.ts).
    expect(wb.worksheets.map((w) => w.name)).toEqual([...Array.from({ length: 9 }, (_, i) => `Tabel ${i + 1}`), 'Masalah', 'Rekap RW', 'Rekap Petugas', 'Daftar Kelompok']);
    const t1 = wb.getWorksheet('Tabel 1')!;
    expect(t1.getCell('A1').value).toBe('Tabel 1. Kelompok/Perkumpulan Sosial menurut Tahun Berdiri');
    const posyandu = t1.getRow(7); // title, blank, column group, two header rows, Dasa Wisma, Posyandu
    expect(posyandu.getCell(2).value).toBe('Posyandu');
    expect(posyandu.getCell(3).value).toBe(1);
    expect(posyandu.getCell(4).value).toBe(100);
    expect(posyandu.getCell(4).numFmt).toBe('0.00');
    // T6 (no Syarat cell filled): base 0, every percent 0, the Jumlah kelompok row without a percent.
    const t6 = wb.getWorksheet('Tabel 6')!;
    expect(t6.getRow(4).getCell(2).value).toBe('Domisili'); // title, blank, one header row
    expect(t6.getRow(9).values).toEqual([undefined, '', 'Jumlah kelompok', 0, '']);
    expect(t6.getCell('A11').value).toBe('Basis: 0 kelompok yang menjawab pertanyaan ini.');
    const issues = wb.getWorksheet('Masalah')!;
    expect(issues.getRow(2).getCell(3).value).toBe('=1+1');
    expect(issues.getRow(2).getCell(3).formula).toBeUndefined();
  });

  test('xlsx and pdf need --out', () => {
    const r = pranata(['tables', '--input', SAMPLE, '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out');
  });
});
