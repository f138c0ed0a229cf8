/** The invariant checker itself catches what it is for (else the fuzz tests would prove nothing). */
import { cloneCategories, computeSurvey, FIELDS, type SurveyResult } from '../../src/core';
import { checkResult } from './invariants';

const SETTINGS = { surveyYear: 2006, kelurahan: '', ageYears: 10, membersSmall: 10, membersLarge: 20 };

function sample(): SurveyResult {
  const header = FIELDS.map((f) => f.header);
  const row = (type: string, members: number | string) =>
    header.map((h) =>
      ({ 'Nama Kelompok': `G ${type} ${members}`, 'Jenis Kelompok': type, 'Tahun Berdiri': 1990, Tujuan: 'Pengajian', 'Jumlah Anggota': members, 'Pendidikan Pengurus': 'SD', 'Jaringan Kerja': 'Orsos' })[h] ?? '',
    );
  const out = computeSurvey([header, row('Posyandu', 5), row('Posyandu', 15), row('BKB', 30), row('BKB', 'dua')], { settings: SETTINGS, categories: cloneCategories() });
  if (!out.ok) throw new Error('sample is unreadable');
  return out.value;
}

describe('checkResult', () => {
  test('accepts a correct result', () => {
    expect(() => checkResult(sample(), 4)).not.toThrow();
  });

  test('rejects percents that sum to 99.99', () => {
    const r = sample();
    const t1 = r.tables[0];
    const posyandu = t1?.rows.find((x) => x.label === 'Posyandu');
    if (!posyandu) throw new Error('no Posyandu row');
    posyandu.percents = [33.33, 66.66];
    expect(() => checkResult(r, 4)).toThrow(/sum to 99.99/);
  });

  test('rejects an invalid row without an error, and a message that does not name its row', () => {
    const r = sample();
    expect(() => checkResult({ ...r, rows: { ...r.rows, invalid: r.rows.invalid + 1, read: r.rows.read + 1 } }, 5)).toThrow(/rows.invalid/);
    const issue = r.issues[0];
    if (!issue) throw new Error('no issue');
    issue.messages.en = 'Something is wrong.';
    expect(() => checkResult(r, 4)).toThrow(/does not name the row/);
  });

  test('rejects table counts that do not add up to the valid rows', () => {
    const r = sample();
    const t2 = r.tables[1];
    if (!t2) throw new Error('no T2');
    t2.total.total += 1;
    expect(() => checkResult(r, 4)).toThrow(/valid rows/);
  });
});
