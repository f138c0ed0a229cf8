/**
 * `pranata compare` end to end: two rounds from the study sample (the current one typed
 * without IDs: some groups removed, some added, some respelled in case and spacing only, one
 * entered twice), in every format.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { pageText, readPdfText } from '../report/pdf-inspect';
import { pranata, ROOT } from './run';

const SAMPLE = join(ROOT, 'src/cli/sample/cibeureum-2006.csv');
const tmp = mkdtempSync(join(tmpdir(), 'pranata-compare-'));
const [HEADER = [], ...ROWS] = Papa.parse<string[]>(readFileSync(SAMPLE, 'utf8'), { skipEmptyLines: true }).data;
const ID = HEADER.indexOf('ID');
const NAME = HEADER.indexOf('Nama Kelompok');

const REMOVED = new Set([0, 1, 99, 150, 306]);
const now = ROWS.filter((_, i) => !REMOVED.has(i)).map((r, i) => (i % 40 === 3 ? r.map((v, j) => (j === NAME ? ` ${v.toLowerCase().replace(/ /g, '   ')} ` : v)) : r));
now.push(...[7, 8, 9].map((k) => (ROWS[k] as string[]).map((v, j) => (j === NAME ? `Kelompok Baru ${k}` : v))));
// Entered twice in the new round: one base row, two current rows with its key.
now.push((ROWS[200] as string[]).slice());
const CURRENT = join(tmp, 'putaran-2026.csv');
writeFileSync(CURRENT, Papa.unparse([HEADER.filter((_, j) => j !== ID), ...now.map((r) => r.filter((_, j) => j !== ID))]));

const run = (format: string, extra: string[] = []) =>
  pranata(['compare', '--base', SAMPLE, '--input', CURRENT, '--base-year', '2006', '--survey-year', '2026', '--format', format, ...extra]);

describe('pranata compare', () => {
  test('json: per type then/now/change/new/gone/continuing, the groups new and gone, the ambiguous pair', () => {
    const r = run('json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(out.base).toMatchObject({ surveyYear: 2006, rows: { valid: 307, invalid: 0 } });
    expect(out.current).toMatchObject({ surveyYear: 2026, rows: { valid: 306, invalid: 0 } });
    expect(out.total).toEqual({ label: 'Jumlah', then: 307, now: 306, change: -1, new: 4, gone: 5, continuing: 302 });
    expect(out.groups.new.map((g: { namaKelompok: string }) => g.namaKelompok)).toEqual(['Kelompok Baru 7', 'Kelompok Baru 8', 'Kelompok Baru 9']);
    expect(out.groups.gone.map((g: { row: number }) => g.row)).toEqual([2, 3, 101, 152, 308]);
    expect(out.groups.ambiguous).toHaveLength(1);
    expect(out.groups.ambiguous[0].base.map((g: { row: number }) => g.row)).toEqual([202]);
    expect(out.groups.ambiguous[0].current).toHaveLength(2);
    expect(out.rows).toHaveLength(17);
  });

  test('a round read from several files: each listed group names its file, its row that file\'s', () => {
    const cut = 150;
    const header = HEADER.filter((_, j) => j !== ID);
    const [a, b] = [join(tmp, 'rw-01-10.csv'), join(tmp, 'rw-11-23.csv')];
    writeFileSync(a, Papa.unparse([header, ...now.slice(0, cut).map((r) => r.filter((_, j) => j !== ID))]));
    writeFileSync(b, Papa.unparse([header, ...now.slice(cut).map((r) => r.filter((_, j) => j !== ID))]));
    const r = pranata(['compare', '--base', SAMPLE, '--input', a, '--input', b, '--base-year', '2006', '--survey-year', '2026', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.total).toMatchObject({ new: 4, gone: 5, continuing: 302 });
    const whole = JSON.parse(run('json').stdout);
    // The same groups, each at its row of the file it is in (a header line, then the rows from 2).
    expect(out.groups.new.map((g: { file: string; row: number }) => [g.file, g.row])).toEqual(whole.groups.new.map((g: { row: number }) => [b, g.row - cut]));
    expect(whole.groups.new.every((g: object) => !('file' in g))).toBe(true);
    // The base round is one file: its groups name none.
    expect(out.groups.gone.every((g: object) => !('file' in g))).toBe(true);
    const text = pranata(['compare', '--base', SAMPLE, '--input', a, '--input', b, '--base-year', '2006', '--survey-year', '2026', '--format', 'text']).stdout;
    expect(text).toMatch(/Putaran\s+Berkas\s+Baris/);
    expect(text).toContain('rw-11-23.csv');
    expect(run('text').stdout).not.toMatch(/Berkas/);
  });

  test('without --base-year the base round is headed by its latest Tanggal Pendataan, else by no year', () => {
    const dated = pranata(['compare', '--base', SAMPLE, '--input', CURRENT, '--survey-year', '2026', '--format', 'text']);
    expect(dated.code).toBe(0);
    expect(dated.stdout).toMatch(/Lalu \(2006\)\s+Kini \(2026\)/);
    const date = HEADER.indexOf('Tanggal Pendataan');
    const undated = join(tmp, 'tanpa-tanggal.csv');
    writeFileSync(undated, Papa.unparse([HEADER.filter((_, j) => j !== date), ...ROWS.map((r) => r.filter((_, j) => j !== date))]));
    const r = pranata(['compare', '--base', undated, '--input', CURRENT, '--survey-year', '2026', '--format', 'json']);
    expect(JSON.parse(r.stdout).base.surveyYear).toBeNull();
    const text = pranata(['compare', '--base', undated, '--input', CURRENT, '--survey-year', '2026', '--format', 'text']);
    expect(text.stdout).toMatch(/Lalu\s+Kini \(2026\)/);
  });

  test('text in Bahasa Indonesia by default, English with --lang en', () => {
    const id = run('text');
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Perbandingan Putaran Pendataan menurut Jenis Kelompok');
    expect(id.stdout).toMatch(/Jumlah\s+307\s+306\s+-1\s+4\s+5\s+302/);
    expect(id.stdout).toContain('Tidak pasti (1)');
    const en = run('text', ['--lang', 'en']);
    expect(en.stdout).toContain('Comparison of Survey Rounds by Group Type');
    expect(en.stdout).toMatch(/Total\s+307\s+306\s+-1\s+4\s+5\s+302/);
    expect(en.stdout).toContain('Kelompok Baru 9');
  });

  test('xlsx: a sheet of counts and a sheet of groups; pdf: both lists after the cover', async () => {
    const xlsx = join(tmp, 'banding.xlsx');
    expect(run('xlsx', ['--out', xlsx]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Perbandingan', 'Perubahan Kelompok']);
    const counts = wb.getWorksheet('Perbandingan')!;
    const total = counts.getRow(3 + 1 + 17).values as unknown[];
    expect(total.slice(2, 9)).toEqual(['Jumlah', 307, 306, -1, 4, 5, 302]);
    const pdf = join(tmp, 'banding.pdf');
    expect(run('pdf', ['--out', pdf]).code).toBe(0);
    const text = readPdfText(readFileSync(pdf)).pages.map(pageText).join('\n');
    expect(text).toContain('Perbandingan Putaran Pendataan menurut Jenis Kelompok');
    expect(text).toContain('Kelompok Baru 8');
  });

  test('--base missing or not found: one line, exit 2', () => {
    const a = pranata(['compare', '--input', CURRENT]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--base');
    const b = pranata(['compare', '--base', join(tmp, 'tidak-ada.csv'), '--input', CURRENT]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('tidak-ada.csv');
  });
});
