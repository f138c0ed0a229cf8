/**
 * The Rekap (progress.ts, progress-listing.ts), the Target list (targets.ts) and Daftar
 * Kelompok (directory.ts).
 */
import { cellValue, cloneCategories, computeSurvey, directoryEntry, directoryListing, progressListings, rekapJson, targetsFromRows, type DirectoryEntry, type Listing, type SurveyResult } from '../../src/core';
import { SETTINGS_2006, sheet, validRow } from './helpers';

function rekap(rows: Parameters<typeof sheet>[0]): SurveyResult {
  const out = computeSurvey(sheet(rows), { settings: SETTINGS_2006, categories: cloneCategories(), progress: true });
  if (!out.ok) throw new Error(out.error.code);
  return out.value;
}

/** The body as plain values, one array per row (running number dropped). */
const body = (l: Listing) => l.body.map((r) => r.cells.slice(1).map(cellValue));

const ROWS = [
  validRow({ RW: 2, 'Petugas Pendata': 'Rina', 'Tanggal Pendataan': '2006-02-10', 'Nama Kelompok': 'A' }),
  validRow({ RW: 2, 'Petugas Pendata': 'rina ', 'Tanggal Pendataan': '15/03/2006', 'Nama Kelompok': 'B' }),
  // An invalid row still counts in its RW, petugas and date.
  validRow({ RW: 1, 'Petugas Pendata': 'Dedi', 'Tanggal Pendataan': '2006-03-20', 'Jumlah Anggota': 'dua puluh' }),
  // A likely duplicate of row 2 (same name, type, RW): a warning, counted once per row.
  validRow({ RW: 2, 'Petugas Pendata': 'Dedi', 'Tanggal Pendataan': '2006-01-05', 'Nama Kelompok': 'a' }),
  validRow({ RW: '', 'Petugas Pendata': '' }),
  validRow({ RW: 'dua', 'Petugas Pendata': 'Dedi', 'Tanggal Pendataan': 'kemarin' }),
];

describe('Rekap', () => {
  test('per RW and per petugas: rows, valid, invalid, warnings, last date; invalid rows by their raw cells', () => {
    const r = rekap(ROWS);
    const [rw, petugas] = progressListings(r.progress!, 'id');
    expect(body(rw!)).toEqual([
      ['1', 1, 0, 1, 0, '2006-03-20'],
      ['2', 3, 3, 0, 1, '2006-03-15'],
      ['(tanpa RW)', 1, 1, 0, 0, ''],
      ['(RW tidak sah)', 1, 0, 1, 0, ''],
      ['Jumlah', 6, 4, 2, 1, '2006-03-20'],
    ]);
    expect(body(petugas!)).toEqual([
      ['Dedi', 3, 1, 2, 1, '2006-03-20'],
      ['Rina', 2, 2, 0, 0, '2006-03-15'],
      ['(tanpa petugas)', 1, 1, 0, 0, ''],
      ['Jumlah', 6, 4, 2, 1, '2006-03-20'],
    ]);
  });

  test('a duplicate warning found in a later batch still counts for its row', () => {
    // 10,000 distinct rows, then a duplicate of the first: the lookups are drained in batches.
    const many = Array.from({ length: 10_000 }, (_, i) => validRow({ RW: 3, 'Nama Kelompok': `K${i}`, 'Petugas Pendata': 'Rina' }));
    const r = rekap([...many, validRow({ RW: 3, 'Nama Kelompok': 'k0', 'Petugas Pendata': 'Rina' })]);
    expect(r.issues.filter((i) => i.code === 'duplicate_group')).toHaveLength(1);
    expect(r.progress!.rw).toEqual([expect.objectContaining({ rw: 3, read: 10_001, warnings: 1 })]);
  });

  test('a target of 0 shows no share done (blank; null in the JSON), even with rows', () => {
    const list = targetsFromRows([['RW', 'Target'], [1, 0], [2, 0]]);
    expect(list.ok).toBe(true);
    const r = rekap(ROWS);
    const [rw] = progressListings(r.progress!, 'en', list.ok ? list.targets : []);
    const rows = body(rw!);
    expect(rows[1]).toEqual(['2', 3, 3, 0, 1, '2006-03-15', 0, '']);
    expect(rows.at(-1)?.slice(-2)).toEqual([0, '']);
    const json = rekapJson(r.progress!, { surveyYear: 2006, rows: r.rows }, list.ok ? list.targets : []);
    expect(json.rw.find((l) => l.rw === 2)).toMatchObject({ target: 0, done: null });
  });

  test('with a Target list: target, share done, the RW with a target and no row yet', () => {
    const list = targetsFromRows([['RW', 'Target'], [1, 4], [2, '3'], [], [3, 5]]);
    expect(list.ok).toBe(true);
    const r = rekap(ROWS);
    const [rw] = progressListings(r.progress!, 'en', list.ok ? list.targets : []);
    expect(body(rw!)).toEqual([
      ['1', 1, 0, 1, 0, '2006-03-20', 4, 0],
      ['2', 3, 3, 0, 1, '2006-03-15', 3, 100],
      ['3', 0, 0, 0, 0, '', 5, 0],
      ['(no RW)', 1, 1, 0, 0, '', '', ''],
      ['(invalid RW)', 1, 0, 1, 0, '', '', ''],
      ['Total', 6, 4, 2, 1, '2006-03-20', 12, 25],
    ]);
    expect(rw!.notes[0]).toBe('RW not yet surveyed: 3 (1 of 3 RW with a target).');
  });

  test('a bad Target list names row, column and what is allowed; a missing column lists the headers', () => {
    const bad = targetsFromRows([['RW', 'Target'], [1, 'lima'], [1000, 4], [2, 3], [2, 1]]);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.message.id).toContain('Daftar Target: Baris 2, kolom "Target": "lima" bukan angka utuh');
    expect(bad.message.id).toContain('Baris 3, kolom "RW": 1000 di luar batas: harus antara 1 dan 999.');
    expect(bad.message.id).toContain('Daftar Target, baris 5: RW 2 sudah ada di baris 4.');
    const missing = targetsFromRows([['RW', 'Jumlah']]);
    expect(missing.ok ? '' : missing.message.en).toBe('Target list: column "Target" not found. Headers found: "RW", "Jumlah".');
  });
});

test('several kelurahan: a Kelurahan column, RW per kelurahan, names matched case-free, a blank one as (tanpa kelurahan)', () => {
  const r = rekap([
    validRow({ Kelurahan: 'Cibeureum', RW: 1, 'Nama Kelompok': 'A' }),
    validRow({ Kelurahan: 'CIBEUREUM ', RW: 1, 'Nama Kelompok': 'B' }),
    validRow({ Kelurahan: 'Baros', RW: 1, 'Nama Kelompok': 'C' }),
    validRow({ Kelurahan: '', RW: 2, 'Nama Kelompok': 'D' }),
  ]);
  const list = targetsFromRows([['Kelurahan', 'RW', 'Target'], ['Baros', 1, 2], ['', 2, 1], ['Baros', 3, 4]]);
  const [rw] = progressListings(r.progress!, 'id', list.ok ? list.targets : []);
  expect(rw!.header.map((h) => h.text).slice(0, 3)).toEqual(['No', 'Kelurahan', 'RW']);
  expect(body(rw!).map((x) => [x[0], x[1], x[2], x[7], x[8]])).toEqual([
    ['Baros', '1', 1, 2, 50],
    ['Baros', '2', 0, 1, 0],
    ['Baros', '3', 0, 4, 0],
    ['Cibeureum', '1', 2, '', ''],
    ['Cibeureum', '2', 0, 1, 0],
    ['(tanpa kelurahan)', '2', 1, 1, 100],
    ['', 'Jumlah', 4, 9, 22.22],
  ]);
  expect(rw!.notes[0]).toBe('RW belum didata: Baros RW 2, Baros RW 3, Cibeureum RW 2 (3 dari 5 RW dengan target).');
});

describe('Daftar Kelompok', () => {
  test('sorted by RW (blank last), type in list order, name; valid rows only', () => {
    const entries: DirectoryEntry[] = [];
    const rows = [
      validRow({ RW: 2, 'Nama Kelompok': 'Posyandu Mawar', 'Jenis Kelompok': 'Posyandu', 'Nama Responden': 'Ibu Ani' }),
      validRow({ RW: 2, 'Nama Kelompok': 'dasa wisma Melati', 'Jenis Kelompok': 'Dasa Wisma' }),
      validRow({ RW: 2, 'Nama Kelompok': 'Dasa Wisma Anggrek', 'Jenis Kelompok': 'Dasa Wisma' }),
      validRow({ RW: '', 'Nama Kelompok': 'Tanpa RW' }),
      validRow({ RW: 1, 'Nama Kelompok': 'KUBE Maju', 'Jenis Kelompok': 'KUBE', 'Tahun Berdiri': 2001, 'Jumlah Anggota': 10 }),
      validRow({ RW: 1, 'Nama Kelompok': 'Tidak Sah', 'Jumlah Anggota': 0 }),
    ];
    const out = computeSurvey(sheet(rows), { settings: SETTINGS_2006, categories: cloneCategories(), onRecord: (r) => entries.push(directoryEntry(r)) });
    if (!out.ok) throw new Error(out.error.code);
    const types = cloneCategories().jenisKelompok.map((c) => c.label);
    const list = directoryListing(entries, types, out.value.rows, 'id');
    expect(list.header.map((h) => h.text)).toEqual(['No', 'RW', 'Nama Kelompok', 'Jenis Kelompok', 'Tahun Berdiri', 'Jumlah Anggota', 'Nama Responden']);
    expect(body(list)).toEqual([
      ['1', 'KUBE Maju', 'KUBE', '2001', 10, ''],
      ['2', 'Dasa Wisma Anggrek', 'Dasa Wisma', '1990', 15, ''],
      ['2', 'dasa wisma Melati', 'Dasa Wisma', '1990', 15, ''],
      ['2', 'Posyandu Mawar', 'Posyandu', '1990', 15, 'Ibu Ani'],
      ['(tanpa RW)', 'Tanpa RW', 'Dasa Wisma', '1990', 15, ''],
    ]);
    expect(list.notes[0]).toContain('1 baris tidak sah tidak didaftar');
  });
});
