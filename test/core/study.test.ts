/**
 * The study as a fixture: the 307 rows rebuilt from its printed tables
 * (test/fixtures/build-study.mjs) give back its printed counts cell by cell, and the
 * totals it printed wrong come out right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { cloneCategories, computeSurvey, type SurveyResult, type TableModel } from '../../src/core';
import { SETTINGS_2006 } from './helpers';

interface ExpectedRow { label: string; counts: number[]; percents: number[]; total?: number }
interface Misprint { table: string; row: string | null; field: string; column: string | null; printed: unknown; correct: unknown; inCodebook: boolean }
interface Expected {
  tables: Record<string, { rows: ExpectedRow[]; total: ExpectedRow; columns: { key: string }[] }>;
  misprints: Misprint[];
}

const root = join(__dirname, '..', '..');
const expected = JSON.parse(readFileSync(join(root, 'test/fixtures/study-expected.json'), 'utf8')) as Expected;
const csv = readFileSync(join(root, 'src/cli/sample/cibeureum-2006.csv'), 'utf8');

function compute(): SurveyResult {
  const values = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const out = computeSurvey(values, { settings: SETTINGS_2006, categories: cloneCategories() });
  if (!out.ok) throw new Error(out.error.code);
  return out.value;
}

const result = compute();
const byId = (id: string): TableModel => result.tables.find((t) => t.id === id) as TableModel;

/** Is this printed cell a known misprint? Then the computed value must be the correct one instead. */
function misprint(table: string, row: string, field: string): Misprint | undefined {
  return expected.misprints.find((m) => m.table === table && m.row === row && m.field === field);
}

describe('the study rebuilt from its printed tables', () => {
  test('307 valid rows, no issue', () => {
    expect(result.rows).toEqual({ read: 307, valid: 307, invalid: 0, blank: 0 });
    expect(result.issues).toEqual([]);
  });

  test.each(['T1', 'T2', 'T3', 'T4', 'T5'])('%s: every count equals the study, row by row, in codebook order', (id) => {
    const exp = expected.tables[id]!;
    const got = byId(id);
    expect(got.columns.map((c) => c.key)).toEqual(exp.columns.map((c) => c.key));
    expect(got.rows.map((r) => r.label)).toEqual(exp.rows.map((r) => r.label));
    got.rows.forEach((row, i) => {
      expect(row.counts).toEqual(exp.rows[i]!.counts);
      if (exp.rows[i]!.total !== undefined) expect(row.total).toBe(exp.rows[i]!.total);
    });
    expect(got.total.total).toBe(307);
  });

  test.each(['T1', 'T2', 'T3', 'T4', 'T5'])('%s: printed percents agree to the hundredth except the known misprints', (id) => {
    const exp = expected.tables[id]!;
    const got = byId(id);
    got.rows.forEach((row, i) => {
      const m = misprint(id, row.label, 'percents');
      if (m && m.column === null) expect(row.percents).toEqual(m.correct);
      else if (!m) expect(row.percents).toEqual(exp.rows[i]!.percents);
    });
  });

  test('the totals the study printed wrong come out right (CODEBOOK §6)', () => {
    expect(byId('T1').total).toEqual({ label: 'Jumlah', counts: [43, 264], percents: [14.01, 85.99], total: 307 });
    expect(byId('T3').total).toEqual({ label: 'Jumlah', counts: [18, 98, 191], percents: [5.86, 31.92, 62.22], total: 307 });
    // The study printed 14,47 / 85,53 and 17 / 3,40, 98 / 16,20, 191 / 80,40.
    expect(expected.tables.T1!.total.percents).toEqual([14.47, 85.53]);
    expect(expected.tables.T3!.total.counts).toEqual([17, 98, 191]);
    // "104 groups = 34,21 %" in the text is 33,88 % of 307.
    const dasaWisma = byId('T1').rows[0]!;
    expect(dasaWisma.total).toBe(104);
    expect(Math.round((dasaWisma.total * 10000) / 307) / 100).toBe(33.88);
  });

  test('each row of a two-way table, each one-way column, sums to exactly 100.00', () => {
    // Several-of tables (percent base "base", T6, T8, T9) may sum to more: each row on its own.
    for (const t of result.tables.filter((x) => x.percentBase !== 'base')) {
      const sums = t.percentBase === 'row'
        ? t.rows.filter((r) => r.total > 0).map((r) => r.percents.reduce((a, p) => a + Math.round(p * 100), 0))
        : [t.rows.reduce((a, r) => a + Math.round((r.percents[0] ?? 0) * 100), 0)];
      for (const s of sums) expect(s).toBe(10000);
    }
  });
});
