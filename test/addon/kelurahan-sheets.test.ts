/**
 * Buat Tabel's sheets per kelurahan (Pengaturan's "one set of tables per kelurahan", CODEBOOK
 * §9): over a Data sheet of three kelurahan, one owned sheet each with its nine tables stacked,
 * each equal to the core's tables of that kelurahan alone; rerun in place; a kelurahan gone
 * from the data, or the setting off, loses its sheet; names valid and unique, a user's sheet
 * never touched; service calls constant in rows, and a fixed increment per kelurahan.
 */
import { cloneCategories, computeSurvey, type TableModel } from '../../src/core';
import { makeTablesIn } from '../../src/addon/tables-sheet';
import { kelurahanSheetBase, SHEET_NAME_MAX } from '../../src/addon/kelurahan-sheets';
import type { FakeGas } from '../fake';
import { countCalls } from './budget';
import { installFake, NOW, ownedName, ownedRoles, storeSettings, studyRows, STUDY_SETTINGS } from './env';
import { readTable } from './table-read';

const NAMES = ['Cibeureum', 'Melong', 'Utama'];

/** The study's rows dealt round-robin to three kelurahan (Kode Wilayah blanked: it is Cibeureum's). */
function threeKelurahan(names: readonly string[] = NAMES): string[][] {
  const [head, ...data] = studyRows();
  const k = head!.indexOf('Kelurahan');
  const code = head!.indexOf('Kode Wilayah');
  return [head!, ...data.map((r, i) => r.map((v, j) => (j === k ? names[i % names.length]! : j === code ? '' : v)))];
}

function world(rows = threeKelurahan(), perKelurahan = true): FakeGas {
  const fake = installFake();
  fake.seedSheet('Data', rows);
  storeSettings(fake, { ...STUDY_SETTINGS, kelurahan: '', ...{ perKelurahan } });
  return fake;
}

/** A kelurahan's tables as the core gives them for its rows alone. */
function alone(rows: string[][], name: string): TableModel[] {
  const k = rows[0]!.indexOf('Kelurahan');
  const out = computeSurvey([rows[0]!, ...rows.slice(1).filter((r) => r[k] === name)], { settings: { ...STUDY_SETTINGS, kelurahan: name }, categories: cloneCategories() });
  if (!out.ok) throw new Error('unreadable');
  return out.value.tables;
}

/** The stacked tables of a sheet, each read from its title row down as a table sheet is read. */
function stacked(fake: FakeGas, sheet: string, tables: readonly TableModel[]) {
  const values = fake.values(sheet);
  return tables.map((t) => {
    const at = values.findIndex((r) => r[0] === t.title);
    expect([t.title, at]).not.toEqual([t.title, -1]);
    // Up to the next table's title.
    const next = values.findIndex((r, i) => i > at && typeof r[0] === 'string' && /^Tabel \d\. /.test(r[0]));
    return readTable(values.slice(at, next < 0 ? undefined : next), t.percentBase === 'row', t.rows.length);
  });
}

describe('Buat Tabel with one set of tables per kelurahan', () => {
  test('one owned sheet per kelurahan, its nine tables each the core\'s for that kelurahan alone', () => {
    const rows = threeKelurahan();
    const fake = world(rows);
    const out = makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(out.ok && out.kelurahanSheets).toBe(3);
    expect(NAMES.map((n) => ownedName(fake, `kel:${n.toLowerCase()}`))).toEqual(NAMES.map((n) => `Kel. ${n}`));
    for (const name of NAMES) {
      const sheet = `Kel. ${name}`;
      expect(fake.values(sheet)[0]![0]).toBe(`Kelurahan ${name}`);
      const want = alone(rows, name);
      expect(want).toHaveLength(9);
      stacked(fake, sheet, want).forEach((read, i) => {
        const t = want[i]!;
        expect(read.title).toBe(t.title);
        read.rows.forEach((r, j) => {
          expect(r.label).toBe(t.rows[j]!.label);
          expect(r.counts).toEqual(t.percentBase === 'row' ? t.rows[j]!.counts : [t.rows[j]!.counts[0]]);
          expect(r.percents).toEqual(t.percentBase === 'row' ? t.rows[j]!.percents : [t.rows[j]!.percents[0]]);
        });
        expect(read.total.total).toBe(t.total.total);
        // "di Wilayah Kelurahan Melong": the source line names its kelurahan.
        expect(read.source).toBe(t.source);
      });
      // Its own rows in the stamp; no chart (see kelurahan-sheets.ts).
      const n = rows.slice(1).filter((r) => r[rows[0]!.indexOf('Kelurahan')] === name).length;
      expect(fake.values(sheet).at(-1)![0]).toContain(`${n} baris sah`);
      expect(fake.charts(sheet)).toHaveLength(0);
    }
    // The total's ten table sheets stand as before.
    expect(out.ok && out.sheetIds).toHaveLength(10);
  });

  test('a rerun writes the same sheets in place; a renamed one is still found', () => {
    const fake = world();
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    fake.sheet('Kel. Melong').setName('Melong (lama)');
    const names = fake.sheetNames();
    const snap = fake.snapshot('Melong (lama)');
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(fake.sheetNames()).toEqual(names);
    expect(fake.snapshot('Melong (lama)')).toEqual(snap);
  });

  test('a kelurahan gone from the data loses its sheet; the setting off removes them all; one kelurahan makes none', () => {
    const fake = world();
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    fake.seedSheet('Data', threeKelurahan(['Cibeureum', 'Melong']));
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(fake.sheetNames().filter((s) => s.startsWith('Kel.'))).toEqual(['Kel. Cibeureum', 'Kel. Melong']);
    expect(ownedRoles(fake).filter((r) => r.startsWith('kel:'))).toEqual(['kel:cibeureum', 'kel:melong']);
    storeSettings(fake, { ...STUDY_SETTINGS, kelurahan: '', ...{ perKelurahan: false } });
    const off = makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(off.ok && off.kelurahanSheets).toBe(0);
    expect(fake.sheetNames().filter((s) => s.startsWith('Kel.'))).toEqual([]);
    expect(ownedRoles(fake).filter((r) => r.startsWith('kel:'))).toEqual([]);

    const one = world(studyRows());
    makeTablesIn(one.spreadsheet, 'id', NOW);
    expect(one.sheetNames().filter((s) => s.startsWith('Kel.'))).toEqual([]);
  });

  test('off by default: a stored setting without it writes no kelurahan sheet', () => {
    const fake = installFake();
    fake.seedSheet('Data', threeKelurahan());
    storeSettings(fake, { ...STUDY_SETTINGS, kelurahan: '' });
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(fake.sheetNames().filter((s) => s.startsWith('Kel.'))).toEqual([]);
    expect(ownedName(fake, 'TK')).toBe('Tabel K');
  });

  test("a user's sheet named like a kelurahan's (in another case) is never touched; ours gets a free name", () => {
    const fake = world();
    fake.seedSheet('kel. melong', [['catatan saya'], [42]]);
    const before = fake.snapshot('kel. melong');
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(fake.snapshot('kel. melong')).toEqual(before);
    expect(ownedName(fake, 'kel:melong')).toBe('Kel. Melong (Pranata)');
  });

  test('names: at most 100 characters, no control characters, unique case-free; a name two kelurahan share gets their codes', () => {
    const long = `Sukamaju ${'Raya '.repeat(40)}`.trim();
    const fake = world(threeKelurahan([long, 'Melong\nBaru', `${long} Timur`]));
    const out = makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(out.ok && out.kelurahanSheets).toBe(3);
    const names = fake.sheetNames().filter((s) => s.startsWith('Kel.'));
    expect(names).toHaveLength(3);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
    expect(names).toContain('Kel. Melong Baru');
    // The two long names cut to the same start: the second made unique.
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    expect(names.some((n) => n.endsWith('(Pranata)'))).toBe(true);
    const k = (kelurahan: string, kodeWilayah?: string) => ({ kelurahan, ...(kodeWilayah ? { kodeWilayah } : {}), rows: { read: 0, valid: 0, invalid: 0, blank: 0 }, tables: [] });
    const a = k('Sukamaju', '32.77.01.1001');
    const b = k('SUKAMAJU', '32.04.05.2002');
    expect([kelurahanSheetBase(a, [a, b]), kelurahanSheetBase(b, [a, b])]).toEqual(['Kel. Sukamaju 32.77.01.1001', 'Kel. SUKAMAJU 32.04.05.2002']);
    expect(kelurahanSheetBase(a, [a])).toBe('Kel. Sukamaju');
  });
});

describe('call budget of the kelurahan sheets', () => {
  const calls = (rows: number, kelurahan: number) => countCalls('makeTables', rows, { kelurahan, settings: { perKelurahan: true }, warm: true }).total;

  test('constant in rows at a fixed number of kelurahan (3 kelurahan, 1,000 and 10,000 rows)', () => {
    expect(calls(10_000, 3)).toBe(calls(1000, 3));
  });

  test('a fixed increment per kelurahan (2, 3, 4, 5 kelurahan)', () => {
    const c = [2, 3, 4, 5].map((k) => calls(1000, k));
    const steps = c.slice(1).map((n, i) => n - c[i]!);
    expect(new Set(steps).size).toBe(1);
    // Printed for README's figure.
    console.log(`Buat Tabel, kelurahan sheets: ${c.join(', ')} service calls at 2..5 kelurahan (+${steps[0]} per kelurahan)`);
  });
});
