import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonResult } from '../../src/core';
import { pranata } from '../cli/run';
import { SAMPLE, sampleRows, type Row } from './exports';

const tmp = mkdtempSync(join(tmpdir(), 'pranata-xlsform-'));
const FORM = join(tmp, 'pranata-wksbm.xlsx');
const ID = 'label::Bahasa Indonesia (id)';

type Sheet = Record<string, string>[];

async function readForm(path: string): Promise<Record<string, Sheet>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, Sheet> = {};
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
    const [head = [], ...body] = rows;
    out[ws.name] = body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
  }
  return out;
}

interface Question {
  path: string[];
  name: string;
  type: string;
  list?: string;
  /** The canonical header of the question: its Indonesian label. */
  label: string;
}

/** The form's questions with their group paths, as a platform flattens them. */
function questions(survey: Sheet): Question[] {
  const path: string[] = [];
  const out: Question[] = [];
  for (const r of survey) {
    const type = r.type ?? '';
    if (type === 'begin_group') path.push(r.name ?? '');
    else if (type === 'end_group') path.pop();
    else {
      const [t, list] = type.split(' ');
      out.push({ path: [...path], name: r.name ?? '', type: t ?? '', ...(list ? { list } : {}), label: r[ID] ?? '' });
    }
  }
  return out;
}

/** An export of canonical rows made only from the form: Kobo (XML values, `/`, 0/1 columns) or ODK Central (`-`). */
function exportOf(form: Record<string, Sheet>, rows: Row[], platform: 'kobo' | 'odk'): string[][] {
  const qs = questions(form.survey!);
  const choices = form.choices!;
  const choice = (list: string, label: string): string => {
    const c = choices.find((x) => x.list_name === list && x[ID] === label);
    if (!c) throw new Error(`form has no choice ${label} in ${list}`);
    return c.name!;
  };
  const sep = platform === 'kobo' ? '/' : '-';
  const header: string[] = platform === 'kobo' ? ['start', 'end'] : ['SubmissionDate'];
  for (const q of qs) {
    const h = [...q.path, q.name].join(sep);
    header.push(h);
    if (platform === 'kobo' && q.type === 'select_multiple') for (const c of choices.filter((x) => x.list_name === q.list)) header.push(`${h}/${c.name}`);
  }
  header.push(...(platform === 'kobo' ? ['_id', '_uuid', '_submission_time', '_validation_status', '_index'] : ['meta-instanceID', 'KEY', 'SubmitterID', 'ReviewState']));
  const body = rows.map((r, n) => {
    const cells: string[] = platform === 'kobo' ? ['2006-02-01T08:00', '2006-02-01T08:30'] : ['2006-02-01T01:00:00.000Z'];
    for (const q of qs) {
      const v = r[q.label] ?? '';
      if (q.type === 'select_one') cells.push(v === '' ? '' : choice(q.list!, v));
      else if (q.type === 'select_multiple') {
        const picked = v.split(';').map((x) => x.trim()).filter(Boolean);
        cells.push(picked.map((l) => choice(q.list!, l)).join(' '));
        if (platform === 'kobo') for (const c of choices.filter((x) => x.list_name === q.list)) cells.push(picked.includes(c[ID]!) ? '1' : '0');
      } else cells.push(v);
    }
    const uuid = `0b5c${String(n).padStart(4, '0')}-aaaa-4bbb-8ccc-000000000000`;
    cells.push(...(platform === 'kobo' ? [String(n + 1), uuid, '2006-02-01T01:30:00', '', String(n + 1)] : [`uuid:${uuid}`, `uuid:${uuid}`, '3', '']));
    return cells;
  });
  return [header, ...body];
}

const csvOf = (rows: string[][], sep: string) => `${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(sep)).join('\r\n')}\r\n`;

describe('pranata xlsform', () => {
  let form: Record<string, Sheet>;
  beforeAll(async () => {
    const cats = join(tmp, 'kategori.json');
    writeFileSync(cats, JSON.stringify({ jenisKelompok: [{ label: 'Koperasi', aliases: ['Koperasi Warga'] }] }));
    const r = pranata(['xlsform', '--out', FORM, '--survey-year', '2006', '--categories', cats]);
    expect(r.code).toBe(0);
    form = await readForm(FORM);
  });

  test('three sheets; labels id/en, required, constraints with the survey year, a coordinator\'s own type, hints', () => {
    expect(Object.keys(form)).toEqual(['survey', 'choices', 'settings']);
    const q = (name: string) => form.survey!.find((r) => r.name === name)!;
    expect(q('nama_kelompok')).toMatchObject({ type: 'text', [ID]: 'Nama Kelompok', 'label::English (en)': 'Group Name', required: 'yes' });
    expect(q('tahun_berdiri')).toMatchObject({ type: 'integer', constraint: '. >= 1900 and . <= 2006', 'constraint_message::Bahasa Indonesia (id)': 'Harus bilangan bulat antara 1900 dan 2006.' });
    expect(q('jumlah_anggota').constraint).toBe('. >= 1 and . <= 100000');
    expect(q('rw').constraint).toBe('. >= 1 and . <= 999');
    expect(q('jenis_kelompok').type).toBe('select_one jenis_kelompok');
    expect(q('jenis_kelompok')['hint::Bahasa Indonesia (id)']).toContain('Posyandu: Pos Pelayanan Terpadu: kesehatan ibu dan balita');
    expect(q('sumber_dana')).toMatchObject({ type: 'select_multiple sumber_dana', required: '' });
    const types = form.choices!.filter((c) => c.list_name === 'jenis_kelompok').map((c) => c.name);
    expect(types).toHaveLength(18);
    expect(types.slice(-2)).toEqual(['up2k', 'koperasi']);
    expect(form.settings![0]).toMatchObject({ form_id: 'pranata_wksbm', default_language: 'Bahasa Indonesia (id)' });
    expect(new Set(form.survey!.filter((r) => !r.type!.startsWith('end')).map((r) => r.name)).size).toBe(form.survey!.filter((r) => !r.type!.startsWith('end')).length);
  });

  test('round trip: Kobo (CSV and XLSX) and ODK exports built from the form give the canonical tables', async () => {
    const canonical = JSON.parse(pranata(['tables', '--input', SAMPLE, '--survey-year', '2006', '--format', 'json']).stdout) as JsonResult;
    const rows = sampleRows();
    const kobo = exportOf(form, rows, 'kobo');
    const files: string[] = [join(tmp, 'kobo.csv'), join(tmp, 'odk.csv'), join(tmp, 'kobo.xlsx')];
    writeFileSync(files[0]!, csvOf(kobo, ';'));
    writeFileSync(files[1]!, csvOf(exportOf(form, rows, 'odk'), ','));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pendataan Pranata Sosial');
    // Kobo's XLSX export holds numbers as numbers.
    for (const r of kobo) ws.addRow(r.map((v) => (/^\d+$/.test(v) && v.length < 7 ? Number(v) : v)));
    await wb.xlsx.writeFile(files[2]!);
    for (const f of files) {
      const r = pranata(['tables', '--input', f, '--survey-year', '2006', '--format', 'json']);
      expect([f, r.code, r.stderr]).toEqual([f, 0, '']);
      const got = JSON.parse(r.stdout) as JsonResult;
      expect(got.rows).toEqual(canonical.rows);
      expect(got.tables).toEqual(canonical.tables);
    }
  });

  test('--out must be .xlsx', () => {
    expect(pranata(['xlsform', '--out', join(tmp, 'form.csv')]).code).toBe(2);
    expect(pranata(['xlsform']).code).toBe(2);
  });
});
