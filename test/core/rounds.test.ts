/**
 * Two rounds built from the 307-row study sample (CODEBOOK §9): groups removed, added, renamed
 * only in case or spacing, an ambiguous pair, IDs that rename or retype a group.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { cloneCategories, compareRounds, comparisonListings, computeSurvey, roundGroup, type RoundGroup } from '../../src/core';
import { SETTINGS_2006 } from './helpers';

const SAMPLE = join(__dirname, '..', '..', 'src', 'cli', 'sample', 'cibeureum-2006.csv');
const [HEADER = [], ...ROWS] = Papa.parse<string[]>(readFileSync(SAMPLE, 'utf8'), { skipEmptyLines: true }).data;
const col = (h: string) => HEADER.indexOf(h);
const NAME = col('Nama Kelompok');
const TYPE = col('Jenis Kelompok');
const ID = col('ID');
const TYPES = cloneCategories().jenisKelompok.map((c) => c.label);

function groups(rows: string[][], header: string[] = HEADER): RoundGroup[] {
  const out: RoundGroup[] = [];
  const r = computeSurvey([header, ...rows], { settings: SETTINGS_2006, categories: cloneCategories(), onRecord: (rec, row) => out.push(roundGroup(rec, row)) });
  if (!r.ok) throw new Error(r.error.code);
  expect(r.value.rows.invalid).toBe(0);
  return out;
}

const withoutId = (rows: string[][]) => rows.map((r) => r.filter((_, j) => j !== ID));
const HEADER_NO_ID = HEADER.filter((_, j) => j !== ID);

/** A name changed only in case and spacing: "Posyandu  MAWAR rw 01". */
const respell = (name: string) => name.toUpperCase().replace(/ /g, '  ');

const typeRow = (c: ReturnType<typeof compareRounds>, label: string) => c.rows.find((r) => r.label === label);

describe('compareRounds on the study sample', () => {
  const base = groups(ROWS);

  it('matches a round typed without IDs by name + type + RW: removed, added, respelled', () => {
    const gone = new Set([3, 10, 50, 51, 120, 200, 201, 250, 300, 306]);
    const kept = ROWS.filter((_, i) => !gone.has(i)).map((r, i) => (i % 50 === 7 ? r.map((v, j) => (j === NAME ? respell(v) : v)) : r));
    const added = [0, 1, 2, 3, 4].map((k) => (ROWS[k] as string[]).map((v, j) => (j === NAME ? `Kelompok Baru ${k}` : v)));
    const current = groups(withoutId([...kept, ...added]), HEADER_NO_ID);
    const c = compareRounds(base, current, TYPES);
    expect(c.total).toEqual({ label: 'Jumlah', then: 307, now: 302, change: -5, new: 5, gone: 10, continuing: 297 });
    expect(c.new.map((g) => g.namaKelompok)).toEqual(['Kelompok Baru 0', 'Kelompok Baru 1', 'Kelompok Baru 2', 'Kelompok Baru 3', 'Kelompok Baru 4']);
    expect(c.gone.map((g) => g.row)).toEqual([...gone].map((i) => i + 2));
    expect(c.ambiguous).toEqual([]);
    // Every type row adds up, zero rows included, in list order.
    expect(c.rows.map((r) => r.label)).toEqual(TYPES);
    for (const r of c.rows) {
      expect(r.then).toBe(r.continuing + r.gone);
      expect(r.now).toBe(r.continuing + r.new);
    }
    const goneType = (ROWS[3] as string[])[TYPE] as string;
    expect(typeRow(c, goneType)?.gone).toBe([...gone].filter((i) => ROWS[i]?.[TYPE] === goneType).length);
  });

  it('lists a key that matches two rows of one round as ambiguous, and counts it without guessing', () => {
    const twice = ROWS[20] as string[];
    const current = groups(withoutId([...ROWS, twice.map((v, j) => (j === NAME ? v.toLowerCase() : v))]), HEADER_NO_ID);
    const c = compareRounds(base, current, TYPES);
    expect(c.ambiguous).toHaveLength(1);
    expect(c.ambiguous[0]?.base.map((g) => g.row)).toEqual([22]);
    expect(c.ambiguous[0]?.current.map((g) => g.row)).toEqual([22, 309]);
    expect(c.new).toEqual([]);
    expect(c.gone).toEqual([]);
    expect(c.total).toMatchObject({ then: 307, now: 308, new: 1, gone: 0, continuing: 307 });
    expect(typeRow(c, twice[TYPE] as string)).toMatchObject({ new: 1, continuing: typeRow(c, twice[TYPE] as string)!.then });
    // The list of groups names both rows of the current round and the base row.
    const [, list] = comparisonListings(c, { surveyYear: 2006, kelurahan: 'Cibeureum', rows: { read: 307, valid: 307, invalid: 0, blank: 0 } }, { surveyYear: 2026, kelurahan: 'Cibeureum', rows: { read: 308, valid: 308, invalid: 0, blank: 0 } }, 'id');
    expect(list?.body.map((r) => r.cells[1])).toEqual([
      { kind: 'label', text: 'Tidak pasti (1)' },
      { kind: 'label', text: 'Tidak pasti (1)' },
      { kind: 'label', text: 'Tidak pasti (1)' },
    ]);
  });

  it('matches by ID when both rows have one: a renamed group continues, a retyped one is listed', () => {
    const current = ROWS.map((r) => r.slice());
    (current[0] as string[])[NAME] = 'Nama Lain Sama Sekali';
    (current[1] as string[])[TYPE] = current[1]?.[TYPE] === 'Posyandu' ? 'BKB' : 'Posyandu';
    const c = compareRounds(base, groups(current), TYPES);
    expect(c.total).toMatchObject({ then: 307, now: 307, new: 0, gone: 0, continuing: 307 });
    expect(c.typeChanged.map((x) => [x.base.jenisKelompok, x.current.jenisKelompok])).toEqual([[ROWS[1]?.[TYPE], current[1]?.[TYPE]]]);
    expect(c.ambiguous).toEqual([]);
  });

  it('an ID no row of the other round has falls back to the key: rounds numbered by different schemes still match', () => {
    // The 2006 file's own IDs against the add-on's (a fresh id per entry) or a platform's submission ids.
    const renumbered = ROWS.map((r, i) => r.map((v, j) => (j === ID ? `uuid-${i}` : v)));
    (renumbered[0] as string[])[NAME] = 'Nama Lain Sama Sekali';
    const c = compareRounds(base, groups(renumbered), TYPES);
    expect(c.total).toMatchObject({ then: 307, now: 307, new: 1, gone: 1, continuing: 306 });
    expect(c.new.map((g) => g.namaKelompok)).toEqual(['Nama Lain Sama Sekali']);
    expect(c.gone.map((g) => g.row)).toEqual([2]);
    expect(c.ambiguous).toEqual([]);
  });

  it('rows matched by ID are not matched again by key; an unmatched ID sharing their key is ambiguous, not guessed', () => {
    const current = ROWS.map((r) => r.slice());
    const again = (ROWS[2] as string[]).map((v, j) => (j === ID ? 'CBR-9999' : v));
    const c = compareRounds(base, groups([...current, again]), TYPES);
    expect(c.new).toEqual([]);
    expect(c.ambiguous).toHaveLength(1);
    expect(c.ambiguous[0]?.base.map((g) => g.id)).toEqual([ROWS[2]?.[ID]]);
    expect(c.ambiguous[0]?.current.map((g) => g.id)).toEqual([ROWS[2]?.[ID], 'CBR-9999']);
    expect(c.total).toMatchObject({ then: 307, now: 308, new: 1, gone: 0, continuing: 307 });
  });

  it('matches a row without an ID to the base row with one by key', () => {
    const current = ROWS.map((r, i) => (i === 5 ? r.map((v, j) => (j === ID ? '' : v)) : r));
    const c = compareRounds(base, groups(current), TYPES);
    expect(c.total).toMatchObject({ new: 0, gone: 0, continuing: 307 });
  });
});
