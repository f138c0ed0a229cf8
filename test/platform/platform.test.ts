import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { cloneCategories, computeSurvey, type JsonResult, type RawCell, type Settings } from '../../src/core';
import { pranata } from '../cli/run';
import { koboCsv, odkCsv, SAMPLE, sampleRows } from './exports';

const SETTINGS: Settings = { surveyYear: 2006, kelurahan: 'Cibeureum', ageYears: 10, membersSmall: 10, membersLarge: 20 };
const rows = sampleRows();
const tmp = mkdtempSync(join(tmpdir(), 'pranata-platform-'));

function survey(csv: string) {
  const values = Papa.parse<RawCell[]>(csv, { skipEmptyLines: true }).data;
  const out = computeSurvey(values, { settings: SETTINGS, categories: cloneCategories() });
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return out.value;
}

const canonical = (() => {
  const r = pranata(['tables', '--input', SAMPLE, '--survey-year', '2006', '--format', 'json']);
  return JSON.parse(r.stdout) as JsonResult;
})();

describe('survey-platform exports read as they come', () => {
  test.each(['xml', 'labels'] as const)('KoboToolbox CSV (%s): the tables of the canonical rows, metadata and 0/1 columns ignored', (mode) => {
    const r = survey(koboCsv(rows, mode));
    expect(r.rows).toEqual({ read: 307, valid: 307, invalid: 0, blank: 0 });
    expect(r.issues).toEqual([]);
    expect(r.tables.map((t) => [t.id, t.rows, t.total])).toEqual(canonical.tables.map((t) => [t.id, t.rows, t.total]));
  });

  test('ODK Central CSV: the same tables', () => {
    const r = survey(odkCsv(rows));
    expect(r.rows).toEqual({ read: 307, valid: 307, invalid: 0, blank: 0 });
    expect(r.tables.map((t) => [t.id, t.rows, t.total])).toEqual(canonical.tables.map((t) => [t.id, t.rows, t.total]));
  });

  test('rejected submissions are left out and counted; a repeated submission id is a duplicate, counted once', () => {
    const kobo = survey(koboCsv(rows, 'xml', { rejected: [0, 5], repeated: [7, 8] }));
    expect(kobo.rows).toEqual({ read: 305, valid: 305, invalid: 0, blank: 0, rejected: 2, duplicates: 2 });
    expect(kobo.issues.map((i) => [i.row, i.code, i.severity, i.params.otherRow])).toEqual([
      [309, 'duplicate_id', 'warning', 9],
      [310, 'duplicate_id', 'warning', 10],
    ]);
    const odk = survey(odkCsv(rows, { rejected: [3], repeated: [3, 4] }));
    // Row 3 is rejected both times; row 4's second copy is the duplicate.
    expect(odk.rows).toMatchObject({ read: 306, valid: 306, rejected: 2, duplicates: 1 });
  });

  test('a several-of question known only by its 0/1 columns is read from them', () => {
    const csv = koboCsv(rows, 'xml');
    const values = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    const summary = values[0]!.indexOf('sumber_daya/sumber_dana');
    const only = values.map((r) => r.filter((_, i) => i !== summary));
    const out = computeSurvey(only, { settings: SETTINGS, categories: cloneCategories() });
    expect(out.ok).toBe(true);
    const first = values[1]![summary]!;
    expect(first.split(' ').length).toBeGreaterThan(1);
    if (out.ok) expect(out.value.rows).toEqual({ read: 307, valid: 307, invalid: 0, blank: 0 });
  });

  test('through the CLI: a Kobo CSV (;, all quoted) and an ODK CSV give the canonical JSON tables', () => {
    for (const [name, text] of [['kobo.csv', koboCsv(rows, 'xml')], ['odk.csv', odkCsv(rows)]] as const) {
      const file = join(tmp, name);
      writeFileSync(file, text);
      const r = pranata(['tables', '--input', file, '--survey-year', '2006', '--format', 'json']);
      expect([r.code, r.stderr]).toEqual([0, '']);
      const got = JSON.parse(r.stdout) as JsonResult;
      expect(got.tables).toEqual(canonical.tables);
      expect(got.rows).toEqual(canonical.rows);
    }
  });
});
