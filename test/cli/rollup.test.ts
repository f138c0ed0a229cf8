/**
 * `pranata tables --by kelurahan` and several inputs (CODEBOOK §9) on the three-kelurahan set:
 * each kelurahan's tables are what that kelurahan's file gives alone, the total is their sum
 * and what the whole file gives, a blank Kelurahan is `(tanpa kelurahan)`, a folder reads as
 * its files given one by one, and Kode Wilayah keys the roll-up.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { JsonResult, JsonTable } from '../../src/core';
import { pageText, readPdfText } from '../report/pdf-inspect';
import { pranata } from './run';
import { BLANK_ROWS, buildThreeKelurahan, NAMES, SAMPLE } from './three-kelurahan';

const tmp = mkdtempSync(join(tmpdir(), 'pranata-rollup-'));
const set = buildThreeKelurahan(tmp);

function json(args: string[]): JsonResult {
  const r = pranata(['tables', ...args, '--survey-year', '2006', '--format', 'json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonResult;
}

/** A table without its source line (which names the kelurahan it is about). */
const figures = (t: JsonTable): Omit<JsonTable, 'source'> => {
  const { source: _source, ...rest } = t;
  return rest;
};

describe('--by kelurahan over one file with a Kelurahan column', () => {
  const r = json(['--input', set.all, '--by', 'kelurahan']);
  const alone = (file: string): JsonResult => json(['--input', file]);

  test('written a kelurahan at a time (src/cli/json-out.ts), the text is what JSON.stringify gives, to stdout and to --out', () => {
    const out = join(tmp, 'by-kelurahan.json');
    for (const args of [[], ['--out', out]]) {
      const run = pranata(['tables', '--input', set.all, '--by', 'kelurahan', '--survey-year', '2006', '--format', 'json', ...args]);
      expect(run.code).toBe(0);
      const text = args.length === 0 ? run.stdout : readFileSync(out, 'utf8');
      const doc = JSON.parse(text) as JsonResult;
      expect(doc.byKelurahan).toHaveLength(NAMES.length + 1);
      expect(doc.issues.length).toBeGreaterThan(0);
      expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    }
  });

  test('the kelurahan in alphabetical order, first spelling shown, the blank ones last as (tanpa kelurahan)', () => {
    expect(Object.keys(r)).toEqual(['surveyYear', 'kelurahan', 'rows', 'tables', 'byKelurahan', 'issues']);
    expect(r.byKelurahan!.map((k) => k.kelurahan)).toEqual([...NAMES, '(tanpa kelurahan)']);
    expect(r.byKelurahan!.at(-1)!.rows).toEqual({ read: BLANK_ROWS, valid: BLANK_ROWS, invalid: 0, blank: 0 });
    expect(r.rows).toEqual({ read: 308, valid: 307, invalid: 1, blank: 0 });
    expect(r.kelurahan).toBe('');
  });

  test.each([...NAMES, 'tanpa'] as const)('%s: its rows and tables are what its file gives alone', (name) => {
    const own = alone(set.parts[name]);
    const part = r.byKelurahan!.find((k) => (name === 'tanpa' ? k.kelurahan === '(tanpa kelurahan)' : k.kelurahan === name))!;
    expect(part.rows).toEqual(own.rows);
    // Source lines too: "di Wilayah Kelurahan Melong", and none for the blank ones.
    expect(part.tables).toEqual(own.tables);
  });

  test('the total tables are the sum of the kelurahan and what the whole file gives without --by', () => {
    const whole = json(['--input', set.all]);
    expect(r.tables.slice(0, 9).map(figures)).toEqual(whole.tables.map(figures));
    expect(r.tables[0]!.source).toBe('Sumber: Hasil Pendataan Tahun 2006.');
    r.tables.slice(0, 9).forEach((t, i) => {
      const sum = (pick: (x: JsonTable) => number[]) =>
        r.byKelurahan!.map((k) => pick(k.tables[i]!)).reduce((a, b) => a.map((n, j) => n + (b[j] ?? 0)));
      expect(t.total.counts).toEqual(sum((x) => x.total.counts));
      t.rows.forEach((row, j) => expect(row.counts).toEqual(sum((x) => x.rows[j]!.counts)));
    });
    // Against the study: the total is the 307 groups, as the one-kelurahan sample gives them.
    const study = json(['--input', SAMPLE]);
    expect(r.tables.slice(0, 9).map(figures)).toEqual(study.tables.map(figures));
  });

  test('TK: kelurahan by group type, counts only, a Jumlah row and column', () => {
    const tk = r.tables[9]!;
    expect([tk.id, tk.title, tk.percentBase]).toEqual(['TK', 'Tabel K. Kelompok Sosial menurut Kelurahan', 'none']);
    expect(tk.rows.map((x) => x.label)).toEqual([...NAMES, '(tanpa kelurahan)']);
    expect(tk.columns.map((c) => c.label)).toEqual(r.tables[0]!.rows.map((x) => x.label));
    tk.rows.forEach((row, i) => {
      // A kelurahan's row is its T1 row totals (every valid group has a type), and sums to its valid rows.
      expect(row.counts).toEqual(r.byKelurahan![i]!.tables[0]!.rows.map((x) => x.total));
      expect(row.total).toBe(r.byKelurahan![i]!.rows.valid);
      expect(row.percents).toEqual([]);
    });
    expect(tk.total.counts).toEqual(r.tables[0]!.rows.map((x) => x.total));
    expect(tk.total.total).toBe(307);
  });

  test('without --by the JSON keeps the shape of CODEBOOK §7', () => {
    expect(Object.keys(json(['--input', set.all]))).toEqual(['surveyYear', 'kelurahan', 'rows', 'tables', 'issues']);
  });
});

describe('several inputs', () => {
  const files = [set.parts.Cibeureum, set.parts.Melong, set.parts.tanpa, set.parts.Utama];

  test('a folder reads as its CSV/XLSX files given one by one, sorted by name, and says which', () => {
    writeFileSync(join(set.folder, 'catatan.md'), 'not data');
    const folder = pranata(['tables', '--input', set.folder, '--by', 'kelurahan', '--survey-year', '2006', '--format', 'json']);
    const listed = pranata(['tables', ...files.flatMap((f) => ['--input', f]), '--by', 'kelurahan', '--survey-year', '2006', '--format', 'json']);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toBe(listed.stdout);
    expect(folder.stderr).toContain(`Dibaca 4 berkas: ${files.join(', ')}`);
    expect((JSON.parse(folder.stdout) as JsonResult).inputs).toEqual(files);
  });

  test('files add up to the one file: the same kelurahan, tables and TK; issues name their file', () => {
    const many = json(files.flatMap((f) => ['--input', f]).concat(['--by', 'kelurahan']));
    const one = json(['--input', set.all, '--by', 'kelurahan']);
    expect(many.tables).toEqual(one.tables);
    expect(many.byKelurahan).toEqual(one.byKelurahan);
    expect(many.issues.map((i) => [i.file, i.code])).toEqual([[set.parts.Melong, 'not_integer']]);
  });

  test('text and XLSX name each issue\'s file too (its row number is that file\'s)', async () => {
    const args = files.flatMap((f) => ['--input', f]).concat(['--survey-year', '2006']);
    const text = pranata(['tables', ...args, '--format', 'text']);
    expect(text.stdout).toMatch(new RegExp(`- \\[[^\\]]+\\] ${set.parts.Melong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Baris \\d+`));
    const out = join(tmp, 'berkas-masalah.xlsx');
    expect(pranata(['tables', ...args, '--out', out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Masalah');
    expect(ws?.getRow(1).getCell(1).value).toBe('Berkas');
    expect(ws?.getRow(2).getCell(1).value).toBe(set.parts.Melong);
    const single = join(tmp, 'satu-masalah.xlsx');
    expect(pranata(['tables', '--input', set.parts.Melong, '--survey-year', '2006', '--out', single]).code).toBe(0);
    const one = new ExcelJS.Workbook();
    await one.xlsx.readFile(single);
    expect(one.worksheets.some((w) => w.getRow(1).getCell(1).value === 'Berkas')).toBe(false);
  });

  test('a file given again through a symlink is the same file: exit 2', () => {
    const link = join(tmp, 'tautan-melong.csv');
    symlinkSync(set.parts.Melong, link);
    const r = pranata(['tables', '--input', set.parts.Melong, '--input', link, '--survey-year', '2006', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('disebut dua kali');
  });

  test('several files without --by give the total tables only', () => {
    const many = json(files.flatMap((f) => ['--input', f]));
    expect(many.tables.map((t) => t.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9']);
    expect(many.byKelurahan).toBeUndefined();
    expect(many.rows.valid).toBe(307);
  });

  test('files without a Kelurahan column are named by their file, or by --kelurahan', () => {
    const strip = (src: string, name: string): string => {
      const rows = Papa.parse<string[]>(readFileSync(src, 'utf8'), { skipEmptyLines: true }).data;
      const k = rows[0]!.indexOf('Kelurahan');
      const out = join(tmp, name);
      writeFileSync(out, Papa.unparse(rows.map((row) => row.filter((_, j) => j !== k))));
      return out;
    };
    const a = strip(set.parts.Cibeureum, 'Leuwigajah.csv');
    const b = strip(set.parts.Utama, 'Cibeber.csv');
    expect(json(['--input', a, '--input', b, '--by', 'kelurahan']).byKelurahan!.map((k) => k.kelurahan)).toEqual(['Cibeber', 'Leuwigajah']);
    expect(json(['--input', a, '--by', 'kelurahan', '--kelurahan', 'Melong']).byKelurahan!.map((k) => k.kelurahan)).toEqual(['Melong']);
    expect(json(['--input', a, '--by', 'kelurahan']).byKelurahan!.map((k) => k.kelurahan)).toEqual(['(tanpa kelurahan)']);
  });

  test('one kelurahan and a stray invalid row without a Kelurahan: the total and its source line stay that kelurahan\'s', () => {
    const rows = Papa.parse<string[]>(readFileSync(SAMPLE, 'utf8'), { skipEmptyLines: true }).data;
    const header = rows[0]!;
    const stray = header.map((h) => (h === 'Nama Kelompok' ? 'Kelompok Tanpa Kelurahan' : h === 'Jumlah Anggota' ? 'dua puluh' : ''));
    const file = join(tmp, 'satu-kelurahan-dan-baris-rusak.csv');
    writeFileSync(file, Papa.unparse([...rows, stray]));
    const r = json(['--input', file, '--by', 'kelurahan']);
    expect(r.rows.invalid).toBe(1);
    expect(r.byKelurahan!.map((k) => k.kelurahan)).toEqual(['Cibeureum', '(tanpa kelurahan)']);
    expect(r.kelurahan).toBe('Cibeureum');
    expect(r.tables[0]!.source).toContain('Kelurahan Cibeureum');
  });

  test('a missing file, an empty folder, a file given twice: one clear line, exit 2', () => {
    const empty = mkdtempSync(join(tmpdir(), 'pranata-empty-'));
    const cases: [string[], string][] = [
      [['--input', join(tmp, 'nope.csv')], 'Berkas tidak ditemukan'],
      [['--input', empty], 'tidak berisi berkas .csv atau .xlsx'],
      [['--input', set.parts.Melong, '--input', set.folder], 'disebut dua kali'],
      [['--input', set.all, '--by', 'rw'], '--by hanya mengenal kelurahan'],
    ];
    for (const [args, message] of cases) {
      const r = pranata(['tables', ...args, '--format', 'json']);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('Kode Wilayah', () => {
  const rows = Papa.parse<string[]>(readFileSync(SAMPLE, 'utf8'), { skipEmptyLines: true }).data;
  const header = rows[0]!;
  const k = header.indexOf('Kelurahan');
  const c = header.indexOf('Kode Wilayah');
  /** The sample's first rows with the given Kelurahan and Kode Wilayah cells. */
  const file = (name: string, cells: [string, string][]): string => {
    const out = join(tmp, name);
    writeFileSync(out, Papa.unparse([header, ...cells.map(([kel, code], i) => rows[1 + i]!.map((v, j) => (j === k ? kel : j === c ? code : v)))]));
    return out;
  };

  test('keys the roll-up: one name under two codes stays two kelurahan; a row of that name without a code joins its one coded kelurahan', () => {
    const f = file('kode.csv', [
      // Real Kemendagri codes: Cibeber of Kota Cimahi and Cibeber of Kota Cilegon (36.72.01.1001).
      ['Cibeber', '32.77.01.1005'],
      ['Cibeber', '32.77.01.1005'],
      ['Cibeber', '36.72.01.1001'],
      ['Melong', ''],
      ['Melong', '32.77.01.1001'],
      ['Padasuka', '32.77.02.1005'],
      ['padasuka', ''],
    ]);
    const r = json(['--input', f, '--by', 'kelurahan']);
    expect(r.byKelurahan!.map((x) => [x.kelurahan, x.kodeWilayah, x.rows.valid])).toEqual([
      ['Cibeber', '32.77.01.1005', 2],
      ['Cibeber', '36.72.01.1001', 1],
      ['Melong', '32.77.01.1001', 2],
      ['Padasuka', '32.77.02.1005', 2],
    ]);
    expect(r.tables[9]!.rows.map((x) => [x.label, x.code, x.total])).toEqual([
      ['Cibeber', '32.77.01.1005', 2],
      ['Cibeber', '36.72.01.1001', 1],
      ['Melong', '32.77.01.1001', 2],
      ['Padasuka', '32.77.02.1005', 2],
    ]);
  });

  test('a badly written code is an error naming row, column and the format; the row stays out of the tables', () => {
    const f = file('kode-salah.csv', [
      ['Melong', '32.77.011001'],
      ['Melong', '32.77.01.1001'],
      ['Melong', ' 32.77.01.1001 '],
    ]);
    const r = json(['--input', f, '--by', 'kelurahan']);
    expect(r.issues.map((i) => [i.row, i.column, i.code, i.message])).toEqual([
      [2, 'Kode Wilayah', 'bad_format', 'Baris 2, kolom "Kode Wilayah": "32.77.011001" tidak sesuai format NN.NN.NN.NNNN (angka dan titik), misalnya 32.77.01.1002.'],
    ]);
    // The invalid row still belongs to its kelurahan by name, which joins the coded one.
    expect(r.byKelurahan!.map((x) => [x.kelurahan, x.kodeWilayah, x.rows])).toEqual([['Melong', '32.77.01.1001', { read: 3, valid: 2, invalid: 1, blank: 0 }]]);
    const en = pranata(['tables', '--input', f, '--format', 'json', '--lang', 'en']);
    expect((JSON.parse(en.stdout) as JsonResult).issues[0]!.message).toBe(
      'Row 2, column "Kode Wilayah": "32.77.011001" does not have the format NN.NN.NN.NNNN (digits and dots), for example 32.77.01.1002.',
    );
  });
});

describe('--by kelurahan in every format', () => {
  const base = ['tables', '--input', set.all, '--by', 'kelurahan', '--survey-year', '2006'];
  const order = [...NAMES.map((n) => `Kelurahan ${n}`), '(tanpa kelurahan)'];

  test('text: the total tables and TK, then each kelurahan under its heading with its rows', () => {
    const r = pranata([...base, '--format', 'text']);
    expect(r.code).toBe(0);
    // The summary names the kelurahan covered (a blank one is no place), not a '-'.
    expect(r.stdout.split('\n')[0]).toMatch(/^Kelurahan Cibeureum, Melong dan Utama, tahun pendataan 2006: /);
    const at = (s: string): number => r.stdout.indexOf(s);
    expect(at('Tabel 9.')).toBeLessThan(at('Tabel K. Kelompok Sosial menurut Kelurahan'));
    const headings = order.map((h) => at(`\n${h}\n${'='.repeat(h.length)}\n`));
    expect(headings.every((i) => i > at('Tabel K.'))).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(r.stdout).toContain(`\nKelurahan Melong\n================\n102 baris dibaca, 101 sah, 1 tidak sah.\n`);
    // Each kelurahan's nine tables, with its own source line.
    expect(r.stdout.split('Sumber: Hasil Pendataan di Wilayah Kelurahan Melong Tahun 2006.').length - 1).toBe(9);
  });

  test('XLSX: Tabel 1–9 and Tabel K, then a sheet per kelurahan with its nine tables', async () => {
    const out = join(tmp, 'kota.xlsx');
    expect(pranata([...base, '--out', out]).code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 15)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Tabel ${n}`),
      'Tabel K',
      'Kel. Cibeureum',
      'Kel. Melong',
      'Kel. Utama',
      'Kel. (tanpa kelurahan)',
      'Masalah',
    ]);
    const tk = wb.getWorksheet('Tabel K')!;
    const json = (JSON.parse(pranata([...base, '--format', 'json']).stdout) as JsonResult).tables[9]!;
    // Header rows 3–4, then a row per kelurahan: No, name, the counts by type, Jumlah.
    json.rows.forEach((row, i) => expect(tk.getRow(5 + i).values).toEqual([undefined, i + 1, row.label, ...row.counts, row.total]));
    const melong = wb.getWorksheet('Kel. Melong')!;
    const titles: string[] = [];
    melong.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && /^Tabel \d\./.test(v)) titles.push(v.slice(0, 8));
    });
    expect(melong.getCell(1, 1).value).toBe('Kelurahan Melong');
    expect(titles).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Tabel ${n}.`));
  });

  test('PDF: the total and TK first, then one contents entry per kelurahan, its tables titled with it', () => {
    const out = join(tmp, 'kota.pdf');
    expect(pranata([...base, '--out', out]).code).toBe(0);
    const pdf = readPdfText(new Uint8Array(readFileSync(out)));
    const texts = pdf.pages.map(pageText);
    const cover = texts[0]!;
    // Over several kelurahan the cover names them (it printed a bare 'Kelurahan').
    expect(cover).toContain('Kelurahan Cibeureum, Melong dan Utama');
    const contents = cover.slice(cover.indexOf('Daftar Isi'));
    const entries = ['Tabel 9.', 'Tabel K. Kelompok Sosial menurut Kelurahan', ...order].map((e) => contents.indexOf(e));
    expect(entries.every((i) => i >= 0)).toBe(true);
    expect([...entries].sort((a, b) => a - b)).toEqual(entries);
    // The Melong pages: its nine tables, each counting Melong's rows.
    const melong = texts.filter((t) => t.includes('Kelurahan Melong: Tabel'));
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) expect(melong.some((t) => t.includes(`Kelurahan Melong: Tabel ${n}.`))).toBe(true);
    expect(texts.findIndex((t) => t.includes('Tabel K. Kelompok Sosial menurut Kelurahan'))).toBeLessThan(texts.findIndex((t) => t.includes('Kelurahan Cibeureum: Tabel 1.')));
  });
});
