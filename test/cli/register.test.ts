/**
 * `pranata tables` beyond the study's tables: the Rekap after the tables in text and as XLSX
 * sheets (with `--target`: Cibeureum's 23 RW), Daftar Kelompok as an XLSX sheet and, with
 * `--daftar-kelompok`, a PDF appendix; JSON unchanged.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { pageText, readPdfText } from '../report/pdf-inspect';
import { pranata, ROOT } from './run';

const SAMPLE = join(ROOT, 'src/cli/sample/cibeureum-2006.csv');
const tmp = mkdtempSync(join(tmpdir(), 'pranata-register-'));
const TARGET = join(tmp, 'target.csv');
// Cibeureum's 23 RW, 15 groups expected in each, and a 24th RW nobody has visited.
writeFileSync(TARGET, ['RW,Target', ...Array.from({ length: 23 }, (_, i) => `${i + 1},15`), '24,5'].join('\n'));

const tables = (extra: string[]) => pranata(['tables', '--input', SAMPLE, '--survey-year', '2006', ...extra]);

describe('Rekap and Daftar Kelompok from pranata tables', () => {
  test('text: the Rekap after the tables, before the issues; with --target the share done and the RW not started', () => {
    const r = tables(['--format', 'text', '--target', TARGET]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = r.stdout;
    expect(out.indexOf('Tabel 9.')).toBeLessThan(out.indexOf('Rekap Pendataan per RW'));
    expect(out.indexOf('Rekap Pendataan per Petugas Pendata')).toBeLessThan(out.indexOf('Tidak ada masalah pada data.'));
    expect(out).toMatch(/ 7\s+18\s+18\s+0\s+0\s+2006-02-17\s+15\s+120,00/);
    expect(out).toMatch(/Jumlah\s+307\s+307\s+0\s+0\s+2006-03-22\s+350\s+87,14/);
    expect(out).toContain('RW belum didata: 24 (1 dari 24 RW dengan target).');
    expect(out).toMatch(/Rina Marlina\s+70\s+70/);
  });

  test('a bad target file: one line naming row and column, exit 2', () => {
    const bad = join(tmp, 'target-bad.csv');
    writeFileSync(bad, 'RW,Target\n1,lima belas\n');
    const r = tables(['--format', 'text', '--target', bad, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('pranata: Target list: Row 2, column "Target": "lima belas" is not a whole number. Write digits only, for example 12 (no decimals or letters).\n');
  });

  test('xlsx: Rekap RW, Rekap Petugas and Daftar Kelompok sheets after the tables', async () => {
    const out = join(tmp, 'tabel.xlsx');
    expect(tables(['--out', out, '--target', TARGET]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name).slice(-4)).toEqual(['Masalah', 'Rekap RW', 'Rekap Petugas', 'Daftar Kelompok']);
    const daftar = wb.getWorksheet('Daftar Kelompok')!;
    expect(daftar.getRow(3).values).toEqual([undefined, 'No', 'RW', 'Nama Kelompok', 'Jenis Kelompok', 'Tahun Berdiri', 'Jumlah Anggota', 'Nama Responden']);
    // 307 groups, RW 1 first, Dasa Wisma (first in the type list) first within it.
    expect(daftar.getRow(4).values).toEqual(expect.arrayContaining([1, '1', 'Dasa Wisma']));
    expect(daftar.getRow(3 + 307).getCell(1).value).toBe(307);
  });

  test('pdf: no Daftar Kelompok unless asked; --daftar-kelompok appends it', () => {
    const plain = join(tmp, 'laporan.pdf');
    const withList = join(tmp, 'laporan-daftar.pdf');
    expect(tables(['--out', plain]).code).toBe(0);
    expect(tables(['--out', withList, '--daftar-kelompok']).code).toBe(0);
    const text = (p: string) => readPdfText(readFileSync(p)).pages.map(pageText).join('\n');
    expect(text(plain)).not.toContain('Daftar Kelompok menurut RW');
    const appended = text(withList);
    expect(appended).toContain('Daftar Kelompok menurut RW');
    expect(appended).toContain('Dasa Wisma Aster RT 06 RW 01');
    expect(appended).toContain('Yayat Firmansyah');
  });

  test('json stays CODEBOOK §7: no Rekap in it', () => {
    const r = tables(['--format', 'json', '--target', TARGET]);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['surveyYear', 'kelurahan', 'rows', 'tables', 'issues']);
  });
});
