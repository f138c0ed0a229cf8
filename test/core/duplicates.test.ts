/**
 * The duplicate key (duplicates.ts): name, type, RW and the kelurahan (Kode Wilayah when
 * given), within one input and across the inputs of a DuplicateScope; the comparison of two
 * rounds matches by the same key.
 */
import { cloneCategories, compareRounds, computeSurvey, DuplicateScope, groupKey, locateHeader, roundGroup, surveyUnder, type GroupRecord, type Issue, type RoundGroup, type SurveyResult } from '../../src/core';
import fc from 'fast-check';
import { HashIndex } from '../../src/core/duplicates';
import { SETTINGS_2006, sheet, validRow } from './helpers';

const opts = { settings: SETTINGS_2006, categories: cloneCategories() };

function run(rows: Parameters<typeof sheet>[0]): SurveyResult {
  const out = computeSurvey(sheet(rows), opts);
  if (!out.ok) throw new Error(out.error.code);
  return out.value;
}

const dups = (issues: readonly Issue[]) => issues.filter((i) => i.code.startsWith('duplicate_')).map((i) => [i.row, i.code, i.params]);

const mawar = (over: Record<string, string | number> = {}) => validRow({ 'Nama Kelompok': 'Posyandu Mawar', 'Jenis Kelompok': 'Posyandu', RW: 3, ...over });

describe('the duplicate key', () => {
  test('one name, type and RW in two kelurahan is two groups; in one kelurahan (any spelling) a likely duplicate', () => {
    const r = run([mawar({ Kelurahan: 'Melong' }), mawar({ Kelurahan: 'Cibeureum' }), mawar({ Kelurahan: ' MELONG ', 'Nama Kelompok': 'posyandu  mawar' })]);
    expect(dups(r.issues)).toEqual([[4, 'duplicate_group', { otherRow: 2 }]]);
    expect(r.issues.find((i) => i.code === 'duplicate_group')!.messages.en).toContain('same name, group type, RW and kelurahan');
  });

  test('the Kelurahan name keys the kelurahan, coded in part or not; the Kode Wilayah only when the name is blank', () => {
    const r = run([
      mawar({ Kelurahan: 'Melong', 'Kode Wilayah': '32.77.01.1001' }),
      mawar({ Kelurahan: 'melong' }),
      mawar({ Kelurahan: '', 'Kode Wilayah': '32.77.01.1001' }),
      mawar({ Kelurahan: '', 'Kode Wilayah': '32.04.01.1001' }),
      mawar({ Kelurahan: '', 'Kode Wilayah': '32.77.01.1001' }),
      mawar({ Kelurahan: '' }),
    ]);
    expect(dups(r.issues)).toEqual([
      [3, 'duplicate_group', { otherRow: 2 }],
      [6, 'duplicate_group', { otherRow: 4 }],
    ]);
  });

  test('groupKey: the same for what the finder calls one group, null without a name', () => {
    const g = (over: Partial<GroupRecord>) => ({ namaKelompok: 'Posyandu Mawar', jenisKelompok: 'Posyandu', rw: 3, kelurahan: 'Melong', kodeWilayah: '', ...over });
    expect(groupKey(g({ namaKelompok: ' posyandu   MAWAR ', kelurahan: 'MELONG' }))).toBe(groupKey(g({})));
    expect(groupKey(g({ kelurahan: 'Cibeureum' }))).not.toBe(groupKey(g({})));
    expect(groupKey(g({ rw: null }))).not.toBe(groupKey(g({})));
    expect(groupKey(g({ namaKelompok: '' }))).toBeNull();
  });
});

describe('across the inputs of a DuplicateScope', () => {
  const header = locateHeader(sheet([]));
  if (!header.ok) throw new Error('header');
  const read = (scope: DuplicateScope, file: string, rows: Parameters<typeof sheet>[0]): SurveyResult =>
    surveyUnder(header.value, sheet(rows), { ...opts, duplicates: { across: scope, file } });

  test('a row repeating a row of an earlier file names that file and row; within a file, the row alone', () => {
    const scope = new DuplicateScope();
    const a = read(scope, 'melong-1.csv', [mawar({ Kelurahan: 'Melong', ID: 'A-1' }), validRow({ Kelurahan: 'Melong', 'Nama Kelompok': 'KUBE Maju', 'Jenis Kelompok': 'KUBE' })]);
    expect(dups(a.issues)).toEqual([]);
    const b = read(scope, 'melong-2.csv', [
      validRow({ Kelurahan: 'Melong', 'Nama Kelompok': 'Lain' }),
      mawar({ Kelurahan: 'Melong', ID: 'B-1' }),
      mawar({ Kelurahan: 'Cibeureum', ID: 'A-1' }),
      validRow({ Kelurahan: 'Melong', 'Nama Kelompok': 'lain' }),
    ]);
    expect(dups(b.issues)).toEqual([
      [3, 'duplicate_group', { otherRow: 2, otherFile: 'melong-1.csv' }],
      [4, 'duplicate_id', { otherRow: 2, otherFile: 'melong-1.csv' }],
      [5, 'duplicate_group', { otherRow: 2 }],
    ]);
    expect(b.issues[0]!.messages.id).toBe('Baris 3, kolom "Nama Kelompok": kemungkinan duplikat dari baris 2 (berkas melong-1.csv): nama, jenis kelompok, RW, dan kelurahan sama.');
    expect(b.issues[1]!.messages.en).toContain('ID "A-1" is already used in row 2 (file melong-1.csv).');
  });

  test('where(): a numbered-on row back to its file and row, past many files', () => {
    const scope = new DuplicateScope();
    const rows = [40, 2, 9000, 7];
    const at: number[] = [];
    rows.forEach((last, i) => {
      at.push(scope.begin(`f${i}`));
      scope.end(last);
    });
    rows.forEach((last, i) => {
      expect(scope.where(at[i]! + 2)).toEqual({ file: `f${i}`, row: 2 });
      expect(scope.where(at[i]! + last)).toEqual({ file: `f${i}`, row: last });
    });
  });
});

test('two rounds match by the same key: a group of another kelurahan is new, not continuing', () => {
  const groups = (rows: Parameters<typeof sheet>[0]): RoundGroup[] => {
    const out: RoundGroup[] = [];
    const r = computeSurvey(sheet(rows), { ...opts, onRecord: (rec, row) => out.push(roundGroup(rec, row)) });
    if (!r.ok) throw new Error('fatal');
    return out;
  };
  const base = groups([mawar({ Kelurahan: 'Melong' })]);
  const now = groups([mawar({ Kelurahan: 'MELONG', 'Nama Kelompok': 'POSYANDU MAWAR' }), mawar({ Kelurahan: 'Cibeureum' })]);
  const c = compareRounds(base, now, cloneCategories().jenisKelompok.map((x) => x.label));
  expect(c.total).toMatchObject({ then: 1, now: 2, continuing: 1, new: 1, gone: 0 });
  expect(c.new.map((g) => g.kelurahan)).toEqual(['Cibeureum']);
});

describe('HashIndex (the duplicate tables)', () => {
  test('the row first stored under each 64-bit key, through growth (a first half of 0 counts as 1: it marks an empty slot)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(0, 1, -1), fc.integer()), fc.oneof(fc.constantFrom(0, 1), fc.integer())), { minLength: 1, maxLength: 300 }),
        fc.nat({ max: 3000 }),
        (keys, spread) => {
          const index = new HashIndex(0);
          const model = new Map<string, number>();
          // Enough rows to grow the table (1,024 slots at first) a few times; keys come back.
          for (let row = 1; row <= 1500 + spread; row++) {
            const [h1, h2] = keys[(row * 7919) % keys.length] ?? [0, 0];
            const k = `${h1 === 0 ? 1 : h1}:${h2}`;
            expect(index.seen(h1, h2, row)).toBe(model.get(k) ?? 0);
            if (!model.has(k)) model.set(k, row);
          }
          // Distinct keys beyond the first table's room.
          for (let n = 0; n < 2000; n++) expect(index.seen(n + 1_000_000, n, 10_000 + n)).toBe(0);
          for (const [k, row] of model) {
            const [h1, h2] = k.split(':').map(Number);
            expect(index.seen(h1 ?? 0, h2 ?? 0, 99)).toBe(row);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
