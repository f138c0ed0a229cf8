/**
 * Issue 16: files as real tools make them lose no row. Each case is a file of known physical
 * records; `rows.read` must equal the number of data records, and every quote problem is an
 * issue naming its row.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonResult } from '../../src/core';
import { eachReader } from './readers';
import { pranata } from './run';

const tmp = mkdtempSync(join(tmpdir(), 'pranata-reading-'));
const HEADER = ['ID', 'Nama Kelompok', 'Jenis Kelompok', 'Tahun Berdiri', 'Tujuan', 'Jumlah Anggota', 'Pendidikan Pengurus', 'Jaringan Kerja', 'Catatan'];
const TYPES = ['Dasa Wisma', 'Posyandu', 'KUBE', 'Pengajian'];

/** Data record i (0-based) as cells: valid, distinct names (no duplicate warnings). */
function cells(i: number): string[] {
  return [`K-${i + 1}`, `Kelompok ${i + 1}`, TYPES[i % TYPES.length]!, String(1990 + (i % 15)), 'Bantuan Sosial', String(5 + (i % 30)), 'SMA', 'Pemerintah', i % 7 === 0 ? 'catatan' : ''];
}

function line(c: string[], d = ','): string {
  return c.join(d);
}

function run(name: string, text: string | Buffer, extra: string[] = []): JsonResult {
  const path = join(tmp, name);
  writeFileSync(path, text);
  const r = pranata(['tables', '--input', path, '--survey-year', '2006', '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  // Streamed JSON is exactly what JSON.stringify(result, null, 2) prints.
  expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
  return JSON.parse(r.stdout) as JsonResult;
}

const rowsOf = (n: number, from = 0) => Array.from({ length: n }, (_, i) => cells(from + i));

eachReader('CSV: every physical record is a row', () => {
  test('two exports joined, one CRLF and one LF (and a CR-only tail): all 76 rows', () => {
    const a = [line(HEADER), ...rowsOf(40).map((c) => line(c))].join('\r\n');
    const b = rowsOf(30, 40).map((c) => line(c)).join('\n');
    const c = rowsOf(6, 70).map((x) => line(x)).join('\r');
    const r = run('joined.csv', `${a}\r\n${b}\n${c}\r`);
    expect(r.rows).toEqual({ read: 76, valid: 76, invalid: 0, blank: 0 });
    expect(r.issues).toEqual([]);
  });

  test('an unclosed quote: an error on its row, the 29 rows after it read on their own', () => {
    const data = rowsOf(30).map((c) => line(c));
    data[9] = line(cells(9).map((v, j) => (j === 1 ? `"${v}` : v))); // row 11: "Kelompok 10
    const r = run('unclosed.csv', [line(HEADER), ...data, ''].join('\n'));
    expect(r.rows).toEqual({ read: 30, valid: 29, invalid: 1, blank: 0 });
    expect(r.issues.map((i) => [i.row, i.field, i.code, i.severity, i.value])).toEqual([[11, 'namaKelompok', 'unclosed_quote', 'error', '"Kelompok 10']]);
    expect(r.issues[0]!.message).toMatch(/^Baris 11, kolom "Nama Kelompok": tanda kutip/);
  });

  test('an unclosed quote closed by a later stray one: no rows merged between them', () => {
    const data = rowsOf(30).map((c) => line(c));
    data[4] = line(cells(4).map((v, j) => (j === 8 ? '"mulai catatan' : v))); // row 6
    data[12] = line(cells(12).map((v, j) => (j === 8 ? 'akhir" catatan' : v))); // row 14
    const r = run('runaway.csv', [line(HEADER), ...data].join('\r\n'));
    expect(r.rows.read).toBe(30);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([[6, 'unclosed_quote']]);
  });

  test('an unclosed quote on the last line, in an unknown column', () => {
    const data = rowsOf(5).map((c) => `${line(c)},x`);
    data[4] = `${line(cells(4))},"tanpa akhir`;
    const r = run('last.csv', [`${line(HEADER)},Lain`, ...data].join('\n'));
    expect(r.rows).toEqual({ read: 5, valid: 4, invalid: 1, blank: 0 });
    expect(r.issues.map((i) => [i.row, i.field, i.column, i.code])).toEqual([[6, null, 'Lain', 'unclosed_quote']]);
  });

  test('a cell starting with a quoted word reads as Excel reads it, with a warning', () => {
    const data = rowsOf(30).map((c) => line(c));
    for (const k of [3, 17]) data[k] = line(cells(k).map((v, j) => (j === 1 ? `"Sauyunan" RW ${k}` : v)));
    const r = run('sauyunan.csv', [line(HEADER), ...data].join('\n'));
    expect(r.rows).toEqual({ read: 30, valid: 30, invalid: 0, blank: 0 });
    expect(r.issues.map((i) => [i.row, i.code, i.severity, i.value])).toEqual([
      [5, 'stray_quote', 'warning', 'Sauyunan RW 3'],
      [19, 'stray_quote', 'warning', 'Sauyunan RW 17'],
    ]);
  });

  test('quoted cells with delimiters, "" and a line break stay one row; a quote inside a plain cell is a character', () => {
    const data = rowsOf(4).map((c) => line(c));
    data[1] = line(cells(1).map((v, j) => (j === 8 ? '"dua baris, satu ""sel""\r\nlanjut"' : j === 1 ? 'Kel 5"A' : v)));
    const r = run('quoted.csv', [line(HEADER), ...data].join('\r\n'));
    expect(r.rows).toEqual({ read: 4, valid: 4, invalid: 0, blank: 0 });
    expect(r.issues).toEqual([]);
  });

  test('a UTF-8 BOM before a quoted header (R, pandas utf-8-sig): the ID column is read', () => {
    const q = (c: string[]) => c.map((v) => `"${v}"`).join(',');
    const rows = rowsOf(5);
    rows[1]![0] = 'K-1'; // a repeated ID proves the ID column was mapped
    const r = run('bom.csv', `\uFEFF${[q(HEADER), ...rows.map(q)].join('\r\n')}\r\n`);
    expect(r.rows).toEqual({ read: 5, valid: 5, invalid: 0, blank: 0 });
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([[3, 'duplicate_id']]);
  });

  test('a sep=; first line names the delimiter and is not counted', () => {
    const data = rowsOf(6).map((c) => line(c, ';'));
    data[2] = line(cells(2).map((v, j) => (j === 5 ? 'dua puluh' : v)), ';');
    const r = run('sep.csv', ['sep=;', line(HEADER, ';'), ...data].join('\r\n'));
    expect(r.rows).toEqual({ read: 6, valid: 5, invalid: 1, blank: 0 });
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([[4, 'not_integer']]);
  });

  test('a title line with commas above a ; table does not change the delimiter', () => {
    const data = rowsOf(6).map((c) => line(c, ';'));
    const r = run('title.csv', ['Data WKSBM, Kelurahan Cibeureum, 2006', '', line(HEADER, ';'), ...data].join('\n'));
    expect(r.rows).toEqual({ read: 6, valid: 6, invalid: 0, blank: 0 });
  });

  test('a duplicated optional column is a warning; the first one is read', () => {
    const data = rowsOf(3).map((c) => `${line(c)},lain`);
    const r = run('two-notes.csv', [`${line(HEADER)},Catatan`, ...data].join('\n'));
    expect(r.rows).toEqual({ read: 3, valid: 3, invalid: 0, blank: 0 });
    expect(r.issues.map((i) => [i.row, i.field, i.code, i.severity])).toEqual([[1, 'catatan', 'duplicate_column', 'warning']]);
    expect(r.issues[0]!.message).toBe('Baris 1, kolom "Catatan": judul kolom ini sudah ada di kolom ke-9; kolom itu yang dibaca, kolom ini diabaikan.');
  });

  test('a duplicated required column is still unusable: one line, exit 2', () => {
    const path = join(tmp, 'two-types.csv');
    writeFileSync(path, [`${line(HEADER)},Jenis Kelompok`, `${line(cells(0))},KUBE`].join('\n'));
    const r = pranata(['tables', '--input', path, '--survey-year', '2006', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/"Jenis Kelompok" muncul lebih dari sekali/);
  });
});

describe('XLSX: merged cells as Sheets gives them, formulas without a value', () => {
  async function workbook(name: string, fill: (ws: ExcelJS.Worksheet) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet('Data'));
    const path = join(tmp, name);
    await wb.xlsx.writeFile(path);
    return path;
  }

  function xlsx(path: string): JsonResult {
    const r = pranata(['tables', '--input', path, '--survey-year', '2006', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as JsonResult;
  }

  test('a header merged over two columns is one header; a type merged down its rows is on its first row only', async () => {
    const path = await workbook('merged.xlsx', (ws) => {
      ws.addRow([...HEADER, 'Catatan 2']);
      for (const c of rowsOf(40)) ws.addRow(c);
      ws.mergeCells('I1:J1'); // "Catatan" over two columns
      ws.mergeCells('C2:C10'); // one type for rows 2-10: rows 3-10 have none
    });
    const r = xlsx(path);
    expect(r.rows).toEqual({ read: 40, valid: 32, invalid: 8, blank: 0 });
    expect(r.issues.map((i) => [i.row, i.field, i.code])).toEqual([3, 4, 5, 6, 7, 8, 9, 10].map((row) => [row, 'jenisKelompok', 'required']));
  });

  test('a formula saved without its value is an issue saying so', async () => {
    const path = await workbook('formula.xlsx', (ws) => {
      ws.addRow(HEADER);
      for (const c of rowsOf(3)) ws.addRow(c);
      ws.getCell('F3').value = { formula: 'SUM(F2,1)' } as ExcelJS.CellFormulaValue;
      ws.getCell('F4').value = { formula: 'SUM(F2,2)', result: 14 } as ExcelJS.CellFormulaValue;
    });
    const r = xlsx(path);
    expect(r.rows).toEqual({ read: 3, valid: 2, invalid: 1, blank: 0 });
    expect(r.issues.map((i) => [i.row, i.field, i.code, i.value])).toEqual([[3, 'jumlahAnggota', 'formula_no_value', null]]);
    expect(r.issues[0]!.message).toMatch(/rumus tanpa nilai tersimpan/);
  });
});

test('the test files keep the header width they claim (guards the generator above)', () => {
  expect(cells(0)).toHaveLength(HEADER.length);
  expect(readFileSync(join(tmp, 'joined.csv'), 'utf8').split(/\r\n|\n|\r/).filter((l) => l !== '')).toHaveLength(77);
});
