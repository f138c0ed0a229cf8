/**
 * One workbook, two readers: the CLI's streaming XLSX reader and the add-on over the fake read
 * merged cells by the same core rule and give the same rows and issues.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cloneCategories, computeSurvey, FIELDS, toJsonResult, type JsonResult } from '../../src/core';
import { readDataSheet } from '../../src/addon/data';
import { pranata } from '../cli/run';
import { installFake, STUDY_SETTINGS } from './env';

const HEADER = [...FIELDS.map((f) => f.header), 'Catatan 2'];
const TYPES = ['Dasa Wisma', 'Posyandu', 'KUBE'];
const rows = Array.from({ length: 40 }, (_, i) =>
  HEADER.map((h) => ({ 'Nama Kelompok': `Kelompok ${i + 1}`, 'Jenis Kelompok': TYPES[i % 3]!, 'Tahun Berdiri': 1990 + (i % 10), Tujuan: 'Bantuan Sosial', 'Jumlah Anggota': 5 + i, 'Pendidikan Pengurus': 'SD', 'Jaringan Kerja': 'Orsos' })[h] ?? ''),
);
const MERGES = ['T1:U1', 'C2:C10', 'A12:B12'];

test('the CLI and the add-on read a workbook with merges alike', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRows([HEADER, ...rows]);
  for (const m of MERGES) ws.mergeCells(m);
  const path = join(mkdtempSync(join(tmpdir(), 'pranata-merges-')), 'merged.xlsx');
  await wb.xlsx.writeFile(path);
  const cli = pranata(['tables', '--input', path, '--survey-year', '2006', '--kelurahan', STUDY_SETTINGS.kelurahan, '--format', 'json']);
  expect(cli.stderr).toBe('');
  const fromCli = JSON.parse(cli.stdout) as JsonResult;

  const fake = installFake();
  fake.seedSheet('Data', [HEADER, ...rows], { raw: true });
  const sheet = fake.spreadsheet.getSheetByName('Data')!;
  for (const m of MERGES) sheet.getRange(m).merge();
  const read = readDataSheet(fake.spreadsheet, 'id');
  if (!read.ok) throw new Error(read.message);
  const out = computeSurvey(read.data.values, { settings: STUDY_SETTINGS, categories: cloneCategories() });
  if (!out.ok) throw new Error(out.error.code);
  const fromAddon = toJsonResult(out.value, 'id');

  expect(fromCli.rows).toEqual({ read: 40, valid: 31, invalid: 9, blank: 0 });
  expect(fromAddon.rows).toEqual(fromCli.rows);
  expect(fromAddon.issues).toEqual(fromCli.issues);
  expect(fromAddon.tables).toEqual(fromCli.tables);
});
