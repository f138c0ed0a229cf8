import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cloneCategories, computeSurvey, type JsonResult, type SurveyResult, type TableModel } from '../../src/core';
import { makeTablesIn } from '../../src/addon/tables-sheet';
import { tablesFreshness } from '../../src/addon/freshness';
import { CHART_KIND } from '../../src/addon/charts';
import { installFake, NOW, ownedName, ownedRoles, ROOT, storeSettings, studyRows, STUDY_SETTINGS } from './env';
import { readTable } from './table-read';
import type { FakeGas } from '../fake';

const TABLE_ROLES = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'];

function expected(rows: string[][]): SurveyResult {
  const out = computeSurvey(rows, { settings: STUDY_SETTINGS, categories: cloneCategories() });
  if (!out.ok) throw new Error('fixture unreadable');
  return out.value;
}

function studyFake(extraRows: string[][] = []): { fake: FakeGas; rows: string[][] } {
  const fake = installFake();
  const rows = [...studyRows(), ...extraRows];
  fake.seedSheet('Data', rows);
  storeSettings(fake);
  return { fake, rows };
}

/** What a table sheet must show: the TableModel's fields that the CLI's JSON has too. */
type Shown = Pick<TableModel, 'id' | 'title' | 'percentBase' | 'columns' | 'rows' | 'total' | 'source' | 'base'>;

function expectTableOnSheet(fake: FakeGas, t: Shown): void {
  const name = ownedName(fake, t.id);
  expect(name).toBeDefined();
  const read = readTable(fake.values(name!), t.percentBase === 'row', t.rows.length);
  expect(read.title).toBe(t.title);
  const groups = t.percentBase === 'row' ? [...t.columns.map((c) => c.label), 'Jumlah'] : ['Jumlah'];
  expect(read.groups).toEqual(groups);
  read.rows.forEach((r, i) => {
    const m = t.rows[i]!;
    expect(r.no).toBe(i + 1);
    expect(r.label).toBe(m.label);
    expect(r.counts).toEqual(t.percentBase === 'row' ? m.counts : [m.counts[0]]);
    expect(r.percents).toEqual(t.percentBase === 'row' ? m.percents : [m.percents[0]]);
    expect(r.total).toBe(m.total);
    if (t.percentBase === 'row') expect(r.totalPercent).toBe(m.total > 0 ? 100 : 0);
  });
  // "Jumlah"; the several-of tables' "Jumlah kelompok" row shows the base and no percent (CODEBOOK §8).
  expect(read.total.label).toBe(t.percentBase === 'base' ? 'Jumlah kelompok' : 'Jumlah');
  expect(read.total.counts).toEqual(t.percentBase === 'row' ? t.total.counts : [t.total.counts[0]]);
  expect(read.total.percents).toEqual(t.percentBase === 'row' ? t.total.percents : [t.total.percents[0] ?? '']);
  expect(read.total.total).toBe(t.total.total);
  expect(read.basis).toBe(t.base === undefined ? undefined : `Basis: ${t.base} kelompok yang menjawab pertanyaan ini.`);
  expect(read.source).toBe(t.source);
}

describe('Buat Tabel on the study fixture', () => {
  test('each sheet holds the core\'s table, number for number', () => {
    const { fake, rows } = studyFake();
    const out = makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(out.ok).toBe(true);
    const want = expected(rows);
    expect(want.rows.valid).toBe(307);
    for (const t of want.tables) expectTableOnSheet(fake, t);
    // The study's corrected total row of Table 1 (CODEBOOK §6).
    expect(want.tables[0]!.total.percents).toEqual([14.01, 85.99]);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(TABLE_ROLES.map((_, i) => `Tabel ${i + 1}`)));
  });

  test("the sheets equal the CLI's JSON for the same file", () => {
    const cli = join(ROOT, 'dist', 'cli.cjs');
    if (!existsSync(cli)) execFileSync(process.execPath, [join(ROOT, 'build.mjs'), '--cli'], { cwd: ROOT });
    const json = JSON.parse(
      execFileSync(process.execPath, [cli, 'tables', '--input', join(ROOT, 'src/cli/sample/cibeureum-2006.csv'),
        '--survey-year', '2006', '--kelurahan', 'Cibeureum', '--format', 'json'], { encoding: 'utf8' }),
    ) as JsonResult;
    const { fake } = studyFake();
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(json.tables).toHaveLength(9);
    for (const t of json.tables) expectTableOnSheet(fake, t);
  });

  test("every category's counts are the ones the study printed", () => {
    type Printed = { rows: { label: string; counts: number[] }[]; total: { counts: number[] } };
    const study = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/study-expected.json'), 'utf8')) as { tables: Record<string, Printed> };
    const { fake } = studyFake();
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    for (const [id, printed] of Object.entries(study.tables)) {
      const twoWay = !['T2', 'T4'].includes(id);
      const read = readTable(fake.values(ownedName(fake, id)!), twoWay, printed.rows.length);
      expect(read.rows.map((r) => [r.label, r.counts])).toEqual(printed.rows.map((r) => [r.label, r.counts]));
      // Table 3's printed total of the first column is a misprint (17 for 18): CODEBOOK §6.
      if (id !== 'T3') expect(read.total.counts).toEqual(printed.total.counts);
    }
  });

  test('percent cells are numbers formatted 0.00, counts 0, labels plain text', () => {
    const { fake } = studyFake();
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    const values = fake.values('Tabel 1');
    const formats = fake.numberFormats('Tabel 1');
    const read = readTable(values, true, 17);
    const r = read.jmlRow; // 1-based row of "Jml | %"; the first category is the next row
    const dasaWisma = values[r]!;
    expect(dasaWisma[1]).toBe('Dasa Wisma');
    expect(typeof dasaWisma[3]).toBe('number');
    expect(formats[r]![2]).toBe('0');
    expect(formats[r]![3]).toBe('0.00');
    expect(formats[r]![1]).toBe('@');
    // The table is ruled: the Jumlah row's cells have all four edges.
    const jumlah = read.jmlRow + 17;
    expect(fake.sheetModel('Tabel 1').formats.border.get(jumlah, 3)).toBe('top left bottom right');
    expect(fake.sheetModel('Tabel 1').formats.border.get(jumlah + 2, 0)).toBe('');
    // id_ID shows a decimal comma: the sheet holds numbers, the locale does the rest.
    expect(fake.displayValues('Tabel 1')[r]![3]).toBe('15,38');
  });

  test('the stamp says when, how many rows were used and left out, and the survey year', () => {
    const bad = [['', 'Kelompok Tanpa Jenis', '', 'Cibeureum', '1', '1', '1990', 'Pengajian', '12', 'SD', 'Orsos']];
    const { fake } = studyFake(bad);
    const out = makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(out.ok && out.rows).toMatchObject({ valid: 307, invalid: 1 });
    const read = readTable(fake.values('Tabel 3'), true, 17);
    expect(read.stamp).toBe('Dibuat 2006-06-30 09:15 · 307 baris sah, 1 baris tidak sah (tidak dihitung) · Tahun survei 2006');
    expect(read.total.total).toBe(307);
  });

  test('one chart per sheet, of the right kind, under the table, over its hidden data', () => {
    const { fake, rows } = studyFake();
    const want = expected(rows);
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    for (const role of TABLE_ROLES) {
      const name = ownedName(fake, role)!;
      const charts = fake.charts(name);
      expect(charts).toHaveLength(1);
      const c = charts[0]!;
      const kind = CHART_KIND[role as keyof typeof CHART_KIND];
      expect(c.type).toBe(kind === 'stackedBar' || kind === 'bar' ? 'BAR' : kind === 'column' ? 'COLUMN' : 'PIE');
      if (kind === 'stackedBar') expect(c.options.isStacked).toBeTruthy();
      if (kind === 'bar') expect(c.options.isStacked).toBeFalsy();
      expect(c.options).toMatchObject({ width: 600, height: 350 });
      expect(c.anchorCol).toBe(1);
      const values = fake.values(name);
      const stampRow = values.findIndex((r) => String(r[0]).startsWith('Dibuat ')) + 1;
      expect(c.anchorRow).toBeGreaterThan(stampRow);
      // The chart's range: a header of series names, then the category labels and counts,
      // in columns that are hidden (out of the page) yet plotted.
      expect(c.ranges).toHaveLength(1);
      const model = fake.sheetModel(name);
      // The documented default, which plots hidden columns (charts-fidelity.test.ts).
      expect(model.charts[0]!.hiddenDimensionStrategy).toBe('IGNORE_ROWS');
      const block = fake.values(name, c.ranges[0]!);
      const t = want.tables.find((x) => x.id === role)!;
      expect(block[0]!.slice(1)).toEqual(t.percentBase === 'row' ? t.columns.map((x) => x.label) : ['Jumlah']);
      expect(block.slice(1).map((r) => r[0])).toEqual(t.rows.map((r) => r.label));
      expect(block.slice(1).map((r) => r.slice(1))).toEqual(t.rows.map((r) => (t.percentBase === 'row' ? r.counts : [r.counts[0]])));
      const firstColumn = fake.sheet(name).getRange(c.ranges[0]!).getColumn();
      expect(model.hiddenColumns.has(firstColumn)).toBe(true);
      expect(model.hiddenColumns.has(2)).toBe(false);
    }
  });

  test('a second run replaces values and charts in place: nine sheets, nine charts, nothing else', () => {
    const { fake } = studyFake();
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    const namesBefore = fake.sheetNames();
    const first = TABLE_ROLES.map((r) => fake.snapshot(ownedName(fake, r)!));
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(fake.sheetNames()).toEqual(namesBefore);
    expect(ownedRoles(fake).filter((r) => TABLE_ROLES.includes(r)).sort()).toEqual(TABLE_ROLES);
    const charts = TABLE_ROLES.reduce((n, r) => n + fake.charts(ownedName(fake, r)!).length, 0);
    expect(charts).toBe(9);
    TABLE_ROLES.forEach((r, i) => expect(fake.snapshot(ownedName(fake, r)!)).toEqual(first[i]));
  });

  test('a Data sheet of three kelurahan: the total tables and a Tabel K sheet with its chart; a rerun replaces it in place', () => {
    const names = ['Cibeureum', 'Melong', 'Utama'];
    const fake = installFake();
    const [head, ...data] = studyRows();
    const k = head!.indexOf('Kelurahan');
    // The fixture's Kode Wilayah is Cibeureum's: it would key every row there, so it is left blank.
    const code = head!.indexOf('Kode Wilayah');
    const rows = [head!, ...data.map((r, i) => r.map((v, j) => (j === k ? names[i % 3]! : j === code ? '' : v)))];
    fake.seedSheet('Data', rows);
    storeSettings(fake, { ...STUDY_SETTINGS, kelurahan: '' });
    const out = makeTablesIn(fake.spreadsheet, 'id', NOW);
    // Ten table sheets: what the toast counts ("10 tabel dibuat …").
    expect(out.ok && out.sheetIds.length).toBe(10);
    expect(ownedName(fake, 'TK')).toBe('Tabel K');
    const values = fake.values('Tabel K');
    expect(values[0]![0]).toBe('Tabel K. Kelompok Sosial menurut Kelurahan');
    // Header rows 3–4, then one row per kelurahan: No, name, the counts by type, Jumlah.
    expect(values.slice(4, 7).map((r) => r.slice(0, 2))).toEqual(names.map((n, i) => [i + 1, n]));
    const totals = values.slice(4, 7).map((r) => r[2 + 17]);
    expect(totals).toEqual(names.map((_, i) => data.filter((_r, j) => j % 3 === i).length));
    // The total tables are all 307 groups, over several kelurahan (no one name in the source line).
    for (const t of expected(studyRows()).tables) expectTableOnSheet(fake, { ...t, source: 'Sumber: Hasil Pendataan Tahun 2006.' });
    const charts = fake.charts('Tabel K');
    expect(charts).toHaveLength(1);
    expect([charts[0]!.type, Boolean(charts[0]!.options.isStacked)]).toEqual(['BAR', true]);
    const before = fake.sheetNames();
    const snap = fake.snapshot('Tabel K');
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(fake.sheetNames()).toEqual(before);
    expect(fake.snapshot('Tabel K')).toEqual(snap);
    // The kelurahan put right (one kelurahan now): the old Tabel K goes, the nine stay.
    fake.seedSheet('Data', [head!, ...data.map((r) => r.map((v, j) => (j === k ? 'Cibeureum' : j === code ? '' : v)))]);
    const again = makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(again.ok && again.sheetIds.length).toBe(9);
    expect(ownedName(fake, 'TK')).toBeUndefined();
    expect(fake.sheetNames()).toEqual(before.filter((n) => n !== 'Tabel K'));
  });

  test('one kelurahan: no Tabel K', () => {
    const { fake } = studyFake();
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(ownedName(fake, 'TK')).toBeUndefined();
  });

  test('a run after the lists changed leaves no trace of the wider old table', () => {
    const kategori = [
      ['Daftar', 'Label', 'Alias'],
      ['Jaringan Kerja', 'Organisasi Sosial', 'Orsos'],
      ['Jaringan Kerja', 'Pemerintah', 'Instansi Pemerintah'],
      ['Jaringan Kerja', 'Swasta', 'Perusahaan'],
    ];
    const { fake } = studyFake();
    fake.seedSheet('Kategori', kategori);
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(readTable(fake.values('Tabel 5'), true, 17).groups).toEqual(['Organisasi Sosial', 'Pemerintah', 'Swasta', 'Jumlah']);
    fake.sheet('Kategori').deleteRow(4);
    makeTablesIn(fake.spreadsheet, 'id', NOW);

    // The same data and lists in a spreadsheet that never saw the wider table.
    const { fake: clean } = studyFake();
    clean.seedSheet('Kategori', kategori.slice(0, 3));
    makeTablesIn(clean.spreadsheet, 'id', NOW);
    const pick = (f: FakeGas) => {
      const s = f.snapshot('Tabel 5');
      const m = f.sheetModel('Tabel 5');
      return {
        values: s.values, formulas: s.formulas, notes: s.notes, formats: s.numberFormats, weights: s.fontWeights,
        merges: s.merges, hidden: [...m.hiddenColumns].sort(), borders: m.formats.border.read({ row: 1, col: 1, numRows: 40, numCols: 20 }),
        charts: f.charts('Tabel 5').map(({ id: _id, ...rest }) => rest),
      };
    };
    expect(pick(fake)).toEqual(pick(clean));
  });

  test("a user's own sheet named Tabel 1 is never touched", () => {
    const { fake } = studyFake();
    fake.seedSheet('Tabel 1', [['Catatan pribadi koordinator'], ['=SUM(1,2)'], [42]]);
    const before = fake.snapshot('Tabel 1');
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(fake.snapshot('Tabel 1')).toEqual(before);
    expect(fake.charts('Tabel 1')).toHaveLength(0);
    expect(ownedName(fake, 'T1')).toBe('Tabel 1 (Pranata)');
  });

  test('tablesFreshness: fresh after Buat Tabel, stale once a Data cell changes', () => {
    const { fake } = studyFake();
    expect(tablesFreshness(fake.spreadsheet)).toMatchObject({ made: false, fresh: false });
    const out = makeTablesIn(fake.spreadsheet, 'id', NOW);
    const f = tablesFreshness(fake.spreadsheet);
    expect(f).toMatchObject({ made: true, madeAt: NOW.toISOString(), fresh: true });
    expect(out.ok && f.sheetIds).toEqual(out.ok ? out.sheetIds : []);
    fake.sheet('Data').getRange(5, 9).setValue(999);
    expect(tablesFreshness(fake.spreadsheet).fresh).toBe(false);
  });

  test('tablesFreshness: stale when the settings change', () => {
    const { fake } = studyFake();
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    storeSettings(fake, { ...STUDY_SETTINGS, membersLarge: 25 });
    expect(tablesFreshness(fake.spreadsheet).fresh).toBe(false);
  });

  test('no Data sheet: a message, no sheet made', () => {
    const fake = installFake();
    const out = makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(out).toEqual({ ok: false, message: expect.stringContaining('Siapkan Lembar Data') });
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });
});
