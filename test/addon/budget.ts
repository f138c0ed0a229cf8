/**
 * The call budget: how many Apps Script service calls Buat Tabel and Periksa Data make on a
 * Data sheet of a given number of rows. On Apps Script every call is a round trip, so this
 * count (not the milliseconds of the fake) is the figure that matters; it must not grow with
 * the rows. The benchmark reuses `countCalls` to print the counts for 1,000 and 100,000 rows.
 */
import { DEFAULT_CATEGORIES, FIELDS } from '../../src/core';
import { checkData } from '../../src/addon/check';
import { SETTINGS_KEY } from '../../src/addon/constants';
import { makeTables } from '../../src/addon/tables-sheet';
import { setupDataSheet } from '../../src/addon/setup';
import { createFakeGas } from '../fake';

export type BudgetAction = 'makeTables' | 'checkData';

export interface CallCounts {
  total: number;
  byMethod: Record<string, number>;
}

const ACTIONS: Record<BudgetAction, () => void> = { makeTables, checkData };

/**
 * A Data sheet of `n` groups: valid rows over every category, with a few mistakes (every 37th
 * row, or every `mistakeEvery`th, has members written in words) and likely duplicates (every 53rd row repeats the name
 * of the row before), so both marking and the Validasi sheet have work to do.
 */
export function budgetRows(n: number, mistakeEvery = 37, kelurahan = 1): (string | number)[][] {
  const c = DEFAULT_CATEGORIES;
  const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;
  const rows: (string | number)[][] = [FIELDS.map((f) => f.header)];
  for (let i = 0; i < n; i++) {
    const k = i % 53 === 52 ? i - 1 : i;
    const type = pick(c.jenisKelompok, k).label;
    rows.push(
      FIELDS.map((f): string | number => {
        switch (f.id) {
          case 'id': return `G-${i + 1}`;
          case 'namaKelompok': return `${type} ${k + 1}`;
          case 'jenisKelompok': return type;
          case 'kelurahan': return kelurahan === 1 ? 'Cibeureum' : `Kelurahan ${1 + (i % kelurahan)}`;
          case 'rw': return 1 + (k % 12);
          case 'rt': return 1 + (i % 9);
          case 'tahunBerdiri': return 1960 + (i % 46);
          case 'tujuan': return pick(c.tujuan, i).label;
          case 'jumlahAnggota': return i % mistakeEvery === mistakeEvery - 1 ? 'dua puluh' : 3 + (i % 60);
          case 'pendidikanPengurus': return pick(c.pendidikanPengurus, i).label;
          case 'jaringanKerja': return pick(c.jaringanKerja, i).label;
          default: return '';
        }
      }),
    );
  }
  return rows;
}

export interface BudgetOptions {
  /** Run the action once before counting (the sheets it makes exist already). Default false. */
  warm?: boolean;
  /** Run Siapkan Lembar Data first (text formats, dropdowns, Kategori sheet). Default false. */
  setUp?: boolean;
  /** Every how many rows one has a mistake (default 37). */
  mistakeEvery?: number;
  /** Kelurahan the rows are dealt to, round-robin (default 1, Cibeureum). */
  kelurahan?: number;
  /** Settings stored beside the survey year (and, with one kelurahan, its name). */
  settings?: Record<string, unknown>;
}

/** Service calls of one run of `action` (through its menu entry point) over `rows` data rows. */
export function countCalls(action: BudgetAction, rows: number, options: BudgetOptions = {}): CallCounts {
  const fake = createFakeGas();
  Object.assign(globalThis, fake.globals);
  // raw: the generated cells are already what a sheet would hold; skips parsing 20 cells a row.
  const kelurahan = options.kelurahan ?? 1;
  fake.seedSheet('Data', budgetRows(rows, options.mistakeEvery, kelurahan), { raw: true });
  fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify({ surveyYear: 2006, kelurahan: kelurahan === 1 ? 'Cibeureum' : '', ...options.settings }));
  if (options.setUp) setupDataSheet();
  if (options.warm) ACTIONS[action]();
  fake.calls.reset();
  ACTIONS[action]();
  return { total: fake.calls.total, byMethod: { ...fake.calls.byMethod } };
}

/**
 * A list sheet (Daftar Kelompok) is sized to its rows, one call either way: rows added after a
 * new sheet's 1,000 when the list is longer, given back when shorter. Which of the two is the
 * one call depends on the length; the count does not.
 */
export function sizing(c: CallCounts): CallCounts {
  const { 'Sheet.insertRowsAfter': grow = 0, 'Sheet.deleteRows': shrink = 0, ...rest } = c.byMethod;
  return { total: c.total, byMethod: { ...rest, 'Sheet.insertRowsAfter | Sheet.deleteRows': grow + shrink } };
}
