/**
 * `pranata rekap` (the Rekap as JSON for a dashboard, or its lists) and the Rekap over several
 * inputs, on the three-kelurahan set: the folder gives what the one file gives, each
 * kelurahan's part is what its file gives alone, the parts add up to the total, a blank
 * Kelurahan is `(tanpa kelurahan)`; with --target the share done and the RW not started.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonRekap, JsonRekapCounts, JsonResult } from '../../src/core';
import { koboCsv, sampleRows } from '../platform/exports';
import { pranata } from './run';
import { buildThreeKelurahan, NAMES } from './three-kelurahan';

const tmp = mkdtempSync(join(tmpdir(), 'pranata-rekap-'));
const set = buildThreeKelurahan(tmp);
const TARGET = join(tmp, 'target.csv');
// Melong expects 40 groups in RW 1 and someone in RW 30; every kelurahan expects 2 in RW 2.
writeFileSync(TARGET, ['Kelurahan,RW,Target', 'Melong,1,40', 'melong,30,3', ',2,2'].join('\n'));

function rekap(args: string[]): JsonRekap {
  const r = pranata(['rekap', ...args, '--survey-year', '2006', '--format', 'json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonRekap;
}

const sum = (xs: readonly JsonRekapCounts[], k: 'read' | 'valid' | 'invalid' | 'warnings'): number => xs.reduce((n, x) => n + x[k], 0);

describe('pranata rekap --format json', () => {
  const folder = rekap(['--input', set.folder]);

  test('a folder of files gives the Rekap of the one file holding them all, and says the files', () => {
    const one = rekap(['--input', set.all]);
    const { inputs, ...rest } = folder;
    expect(inputs).toHaveLength(4);
    expect(rest).toEqual(one);
    expect(Object.keys(one)).toEqual(['surveyYear', 'rows', 'total', 'rw', 'notStarted', 'petugas', 'petugasTotal', 'byKelurahan']);
    expect(one.total).toEqual({ read: 308, valid: 307, invalid: 1, warnings: 0, lastDate: '2006-03-22' });
    expect(one.rows).toEqual({ read: 308, valid: 307, invalid: 1, blank: 0 });
  });

  test('per kelurahan: what its file gives alone; the parts add up to the total; blank is (tanpa kelurahan), last', () => {
    const parts = folder.byKelurahan!;
    expect(parts.map((k) => k.kelurahan)).toEqual([...NAMES, '(tanpa kelurahan)']);
    for (const name of NAMES) {
      const alone = rekap(['--input', set.parts[name]]);
      const part = parts.find((k) => k.kelurahan === name)!;
      expect(alone.byKelurahan).toBeUndefined();
      // One spelling per kelurahan (its first), whatever the rows' spelling.
      expect(part.rw.every((l) => l.kelurahan === name)).toBe(true);
      expect({ ...part, kelurahan: undefined }).toEqual({ kelurahan: undefined, total: alone.total, rw: alone.rw, notStarted: [], petugas: alone.petugas, petugasTotal: alone.petugasTotal });
    }
    const melong = parts.find((k) => k.kelurahan === 'Melong')!;
    expect(melong.total).toMatchObject({ read: 102, valid: 101, invalid: 1 });
    for (const k of ['read', 'valid', 'invalid', 'warnings'] as const) {
      expect(sum(parts.map((p) => p.total), k)).toBe(folder.total[k]);
      expect(sum(folder.rw, k)).toBe(folder.total[k]);
      expect(sum(folder.petugas, k)).toBe(folder.petugasTotal[k]);
    }
    expect(parts.find((k) => k.kelurahan === '(tanpa kelurahan)')!.total.read).toBe(4);
  });

  test('--target: target and share done on every line (null without a target), the RW not yet started, per kelurahan', () => {
    const r = rekap(['--input', set.folder, '--target', TARGET]);
    const melongRw1 = r.rw.find((l) => l.kelurahan === 'Melong' && l.rw === 1)!;
    expect(melongRw1).toMatchObject({ target: 40 });
    expect(melongRw1.done).toBe(Math.floor((melongRw1.valid * 20000 + 40) / 80) / 100);
    expect(r.rw.find((l) => l.kelurahan === 'Utama' && l.rw === 1)).toMatchObject({ target: null, done: null });
    expect(r.rw.find((l) => l.kelurahan === 'Utama' && l.rw === 2)).toMatchObject({ target: 2 });
    // The blank kelurahan's four rows have no RW 2: a target for every kelurahan counts there too.
    expect(r.notStarted).toEqual([
      { kelurahan: 'Melong', rw: 30, target: 3 },
      { kelurahan: '(tanpa kelurahan)', rw: 2, target: 2 },
    ]);
    const melong = r.byKelurahan!.find((k) => k.kelurahan === 'Melong')!;
    expect(melong.notStarted).toEqual([{ kelurahan: 'Melong', rw: 30, target: 3 }]);
    const rw2 = melong.rw.find((l) => l.rw === 2)!;
    expect(melong.total).toMatchObject({ target: 45, done: Math.floor(((melongRw1.valid + rw2.valid) * 20000 + 45) / 90) / 100 });
    expect(r.total.target).toBe(40 + 3 + 2 * 4);
    expect(r.petugas[0]).not.toHaveProperty('target');
  });
});

describe('the Rekap over several inputs', () => {
  test('tables --format text: the Rekap of every file, with a Kelurahan column', () => {
    const r = pranata(['tables', '--input', set.folder, '--survey-year', '2006', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Rekap Pendataan per RW');
    expect(r.stdout).toMatch(/Kelurahan\s+RW\s+Baris/);
    expect(r.stdout).toMatch(/\(tanpa kelurahan\)\s+\d+\s+\d/);
    expect(r.stdout).toMatch(/Jumlah\s+308\s+307\s+1\s+0\s+2006-03-22/);
  });

  test('rekap --format text and xlsx: the two lists alone', async () => {
    const text = pranata(['rekap', '--input', set.folder, '--survey-year', '2006', '--format', 'text', '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout.indexOf('Survey Progress by RW')).toBe(0);
    expect(text.stdout).toContain('Survey Progress by Enumerator');
    expect(text.stdout).not.toContain('Tabel 1.');
    const out = join(tmp, 'rekap.xlsx');
    expect(pranata(['rekap', '--input', set.folder, '--survey-year', '2006', '--out', out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rekap RW', 'Rekap Petugas']);
  });

  test('a flag rekap does not take is exit 2, naming it', () => {
    const r = pranata(['rekap', '--input', set.all, '--by', 'kelurahan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--by');
  });
});

describe('duplicates across input files', () => {
  test('one kelurahan\'s export read twice: every group warned, naming the earlier file and row; the Rekap counts them', () => {
    const again = join(tmp, 'melong-lagi.csv');
    copyFileSync(set.parts.Melong, again);
    const r = pranata(['tables', '--input', set.parts.Melong, '--input', again, '--survey-year', '2006', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonResult;
    const groups = out.issues.filter((i) => i.code === 'duplicate_group');
    // Melong's 101 valid rows, each once more in the copy (the invalid row is in no key).
    expect(groups).toHaveLength(101);
    expect(groups.every((i) => i.file === again)).toBe(true);
    expect(groups[0]!.message).toBe(`Row 2, column "Nama Kelompok": likely a duplicate of row 2 (file ${set.parts.Melong}): same name, group type, RW and kelurahan.`);
    expect(out.issues.filter((i) => i.code === 'duplicate_id')).toHaveLength(101);
    const rekap = pranata(['rekap', '--input', set.parts.Melong, '--input', again, '--survey-year', '2006', '--format', 'json']);
    expect((JSON.parse(rekap.stdout) as JsonRekap).total).toMatchObject({ read: 204, warnings: 101 });
  });

  test('a KoboToolbox export read twice, as two files: the second one\'s submissions left out, naming the first file', () => {
    const first = join(tmp, 'kobo-senin.csv');
    const second = join(tmp, 'kobo-selasa.csv');
    writeFileSync(first, koboCsv(sampleRows(), 'xml'));
    writeFileSync(second, koboCsv(sampleRows(), 'xml'));
    const json = (inputs: string[]): JsonResult => JSON.parse(pranata(['tables', ...inputs.flatMap((f) => ['--input', f]), '--survey-year', '2006', '--format', 'json', '--lang', 'en']).stdout) as JsonResult;
    const once = json([first]);
    const twice = json([first, second]);
    expect(twice.rows).toEqual({ ...once.rows, duplicates: once.rows.valid });
    expect(twice.tables).toEqual(once.tables);
    const again = twice.issues.filter((i) => i.file === second);
    expect(again).toHaveLength(once.rows.valid);
    expect(again.every((i) => i.code === 'duplicate_id')).toBe(true);
    expect(again[0]!.message).toContain(`is already used in row 2 (file ${first}).`);
  });

  test('the three kelurahan\'s files together: no group of one kelurahan is taken for another\'s', () => {
    const r = pranata(['tables', '--input', set.folder, '--survey-year', '2006', '--format', 'json']);
    const out = JSON.parse(r.stdout) as JsonResult;
    expect(out.issues.map((i) => i.code)).toEqual(['not_integer']);
  });
});
