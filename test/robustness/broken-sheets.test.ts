/**
 * Broken Data sheets, through every menu action that reads the Data sheet (Siapkan Lembar
 * Data, Periksa Data, Buat Tabel) and the sidebar's save: each gives a message in Bahasa
 * Indonesia that names the problem and says what to do, and the Data sheet's values are
 * the same afterwards, except set-up's documented repair (missing headers appended at the
 * right) and a save's one new row, which are asserted cell by cell.
 * (Ekspor PDF reads the Data sheet only to see whether the tables are stale: export-broken.test.ts.)
 */
import { TABLE_IDS } from '../../src/core';
import { MARKS_KEY, OWNER_KEY, TABLES_KEY } from '../../src/addon/constants';
import { setupDataSheetIn } from '../../src/addon/setup';
import { columnLetter } from '../../src/addon/a1';
import { MARK_COLOURS } from '../../src/addon/marks';
import { say } from '../../src/addon/messages';
import { NOW } from '../addon/env';
import type { FakeGas } from '../fake';
import { cells, FIELD_HEADERS, fillBookTo, group, HEADER, runMenu, runSubmit, threeGroups, world } from './world';

/** What every successful set-up ends with: the checks on edit it turned on. */
const CHECKS_ON = say('setupChecksOn', 'id');

const WORKS = {
  check: '2 baris sah, 1 tidak sah, 0 peringatan.',
  tables: '9 tabel dibuat dari 2 baris sah; 1 baris tidak sah tidak dihitung.',
};

/** The Data sheet's values after a save: the rows before, then exactly one more. */
function expectOneRowAdded(fake: FakeGas, before: ReturnType<typeof cells>, row: number, header: readonly string[] = HEADER): void {
  const after = cells(fake);
  expect(after.values.slice(0, row - 1)).toEqual(before.values.slice(0, row - 1));
  expect(after.values).toHaveLength(row);
  const saved = Object.fromEntries(header.map((h, i) => [h, after.values[row - 1]?.[i]]));
  expect(saved).toMatchObject({ ID: 'robust-1', 'Nama Kelompok': 'Dasa Wisma Kenanga', 'Jenis Kelompok': 'Dasa Wisma', 'Jumlah Anggota': 11 });
  expect(after.formulas.flat().every((f) => f === '')).toBe(true);
}

function expectUnchanged(fake: FakeGas, before: ReturnType<typeof cells>, sheet = 'Data'): void {
  expect(cells(fake, sheet)).toEqual(before);
}

describe('Data sheet missing', () => {
  function missing(): FakeGas {
    const fake = world();
    fake.seedSheet('Sheet1', [['Rapat RW 3'], ['Notulen']]);
    return fake;
  }

  test.each(['check', 'tables'] as const)('%s: says it is missing and to run Siapkan Lembar Data; makes nothing', (action) => {
    const fake = missing();
    const message = runMenu(fake, action);
    expect(message).toContain('Lembar "Data" tidak ditemukan');
    expect(message).toContain('Pranata › Siapkan Lembar Data');
    expect(fake.sheetNames()).toEqual(['Sheet1']);
    expect(fake.values('Sheet1')).toEqual([['Rapat RW 3'], ['Notulen']]);
  });

  test('submit: the same message to the volunteer; nothing written', () => {
    const fake = missing();
    const out = runSubmit();
    expect(out).toEqual({ ok: false, message: expect.stringContaining('Lembar "Data" tidak ditemukan') });
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });

  test('setup: makes the Data sheet (its job) and leaves the other sheet alone', () => {
    const fake = missing();
    const message = runMenu(fake, 'setup');
    expect(message).toBe(`Lembar "Data" siap: ${HEADER.length} judul kolom ditambahkan, 0 baris data tetap utuh. ${CHECKS_ON}`);
    expect(fake.values('Data')).toEqual([[...HEADER]]);
    expect(fake.values('Sheet1')).toEqual([['Rapat RW 3'], ['Notulen']]);
  });
});

describe('Data sheet renamed after set-up: found by its metadata', () => {
  function renamed(): FakeGas {
    const fake = world();
    fake.seedSheet('Data', [HEADER, ...threeGroups()]);
    expect(setupDataSheetIn(fake.spreadsheet, 'id', NOW).ok).toBe(true);
    fake.spreadsheet.getSheetByName('Data')!.setName('Kelompok 2006');
    return fake;
  }

  test.each(['check', 'tables'] as const)('%s works on the renamed sheet', (action) => {
    const fake = renamed();
    const before = cells(fake, 'Kelompok 2006');
    expect(runMenu(fake, action)).toBe(WORKS[action]);
    expectUnchanged(fake, before, 'Kelompok 2006');
    expect(fake.sheetNames()).not.toContain('Data');
  });

  test('setup repairs the renamed sheet and makes no new one', () => {
    const fake = renamed();
    const before = cells(fake, 'Kelompok 2006');
    expect(runMenu(fake, 'setup')).toBe(`Lembar "Kelompok 2006" siap: 0 judul kolom ditambahkan, 3 baris data tetap utuh. ${CHECKS_ON}`);
    expectUnchanged(fake, before, 'Kelompok 2006');
    expect(fake.sheetNames()).not.toContain('Data');
  });

  test('submit writes into the renamed sheet', () => {
    const fake = renamed();
    const out = runSubmit();
    expect(out).toEqual({ ok: true, row: 5 });
    expect(fake.values('Kelompok 2006')[4]?.[0]).toBe('robust-1');
  });
});

describe('Data sheet renamed before set-up: a clear message naming the sheet', () => {
  function renamedEarly(): FakeGas {
    const fake = world();
    fake.seedSheet('Sheet1', [['Rapat RW 3']]);
    fake.seedSheet('Data Kelompok', [FIELD_HEADERS, ...threeGroups(FIELD_HEADERS)]);
    return fake;
  }

  test.each(['check', 'tables'] as const)('%s: names the sheet that holds the data and says to rename it', (action) => {
    const fake = renamedEarly();
    const before = cells(fake, 'Data Kelompok');
    const message = runMenu(fake, action);
    expect(message).toBe(
      'Lembar "Data" tidak ditemukan, tetapi lembar "Data Kelompok" berisi judul kolom data kelompok. Bila itu lembar data Anda, ganti namanya menjadi "Data", lalu jalankan menu Pranata › Siapkan Lembar Data.',
    );
    expectUnchanged(fake, before, 'Data Kelompok');
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Data Kelompok']);
  });

  test('submit: the same message', () => {
    const fake = renamedEarly();
    expect(runSubmit()).toEqual({ ok: false, message: expect.stringContaining('lembar "Data Kelompok" berisi judul kolom') });
    expect(fake.values('Data Kelompok')).toHaveLength(4);
  });

  test('setup does not make an empty Data sheet beside it: it stops and says what to do', () => {
    const fake = renamedEarly();
    const before = cells(fake, 'Data Kelompok');
    const message = runMenu(fake, 'setup');
    expect(message).toContain('Lembar "Data" belum ada, tetapi lembar "Data Kelompok" berisi judul kolom data kelompok; tidak ada yang diubah.');
    expect(message).toContain('ganti namanya menjadi "Data"');
    expect(message).toContain('buat lembar kosong bernama "Data"');
    expectUnchanged(fake, before, 'Data Kelompok');
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Data Kelompok']);
    expect(fake.metadata()).toEqual([]);
  });

  test('after the rename set-up adopts the sheet with its rows', () => {
    const fake = renamedEarly();
    fake.spreadsheet.getSheetByName('Data Kelompok')!.setName('Data');
    expect(runMenu(fake, 'setup')).toContain('3 baris data tetap utuh');
    expect(runMenu(fake, 'check')).toBe(WORKS.check);
  });
});

describe('header row moved down under a merged title row', () => {
  const TITLE = 'Pendataan Pranata Sosial Kelurahan Cibeureum 2006';
  function titled(): FakeGas {
    const fake = world();
    fake.seedSheet('Data', [[TITLE], HEADER, ...threeGroups()]);
    fake.sheet('Data').getRange(1, 1, 1, HEADER.length).merge();
    return fake;
  }

  test('check marks the bad row where it is (row 5) and changes no value', () => {
    const fake = titled();
    const before = cells(fake);
    expect(runMenu(fake, 'check')).toBe(WORKS.check);
    expectUnchanged(fake, before);
    const members = HEADER.indexOf('Jumlah Anggota');
    expect(fake.backgrounds('Data')[4]?.[members]).toBe(MARK_COLOURS.error);
    expect(fake.backgrounds('Data')[3]?.[members]).toBe('#ffffff');
    expect(fake.values('Validasi')[1]?.slice(0, 3)).toEqual([5, 'Jumlah Anggota', 'dua puluh']);
  });

  test('tables count the rows under the moved header', () => {
    const fake = titled();
    const before = cells(fake);
    expect(runMenu(fake, 'tables')).toBe(WORKS.tables);
    expectUnchanged(fake, before);
  });

  test('setup finds the header in row 2: nothing added, the title kept, rows 1-2 frozen', () => {
    const fake = titled();
    const before = cells(fake);
    expect(runMenu(fake, 'setup')).toBe(`Lembar "Data" siap: 0 judul kolom ditambahkan, 3 baris data tetap utuh. ${CHECKS_ON}`);
    expectUnchanged(fake, before);
    expect(fake.snapshot('Data').frozenRows).toBe(2);
    expect(fake.snapshot('Data').merges).toContain(`A1:${columnLetter(HEADER.length)}1`);
  });

  test('submit appends under the last row', () => {
    const fake = titled();
    const before = cells(fake);
    expect(runSubmit()).toEqual({ ok: true, row: 6 });
    expectOneRowAdded(fake, before, 6);
  });
});

describe('a required column deleted', () => {
  const GONE = 'Jumlah Anggota';
  const header = HEADER.filter((h) => h !== GONE);
  function deleted(): FakeGas {
    const fake = world();
    fake.seedSheet('Data', [header, ...threeGroups(header)]);
    return fake;
  }

  test.each(['check', 'tables'] as const)('%s names the column and says how to bring it back; no value changed', (action) => {
    const fake = deleted();
    const before = cells(fake);
    const message = runMenu(fake, action);
    expect(message).toContain('Lembar Data tidak dapat dibaca. Kolom wajib tidak ditemukan: "Jumlah Anggota".');
    expect(message).toContain('Edit › Urungkan');
    expect(message).toContain('Pranata › Siapkan Lembar Data');
    expectUnchanged(fake, before);
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Data']);
  });

  test('submit: the same message to the volunteer; nothing written', () => {
    const fake = deleted();
    const before = cells(fake);
    const out = runSubmit();
    expect(out).toEqual({ ok: false, message: expect.stringContaining('Kolom wajib tidak ditemukan: "Jumlah Anggota"') });
    expectUnchanged(fake, before);
  });

  test('setup repairs: the header is appended at the right, every row kept, and it says the column is empty', () => {
    const fake = deleted();
    const before = cells(fake);
    const message = runMenu(fake, 'setup');
    expect(message).toContain('Lembar "Data" siap: 1 judul kolom ditambahkan, 3 baris data tetap utuh.');
    expect(message).toContain('Kolom yang ditambahkan ("Jumlah Anggota") masih kosong pada 3 baris yang sudah ada');
    const after = cells(fake);
    expect(after.values).toEqual(before.values.map((row, i) => [...row, i === 0 ? GONE : '']));
    expect(after.formulas.flat().every((f) => f === '')).toBe(true);
    // Then the sheet reads again, and the empty cells are reported, not guessed.
    expect(runMenu(fake, 'check')).toBe('0 baris sah, 3 tidak sah, 0 peringatan.');
  });
});

describe('a header duplicated', () => {
  const header = [...HEADER, 'Nama Kelompok'];
  function duplicated(): FakeGas {
    const fake = world();
    fake.seedSheet('Data', [header, ...threeGroups().map((r, i) => [...r, `salinan ${i + 1}`])]);
    return fake;
  }

  test.each(['check', 'tables'] as const)('%s names the column and says to delete or rename one', (action) => {
    const fake = duplicated();
    const before = cells(fake);
    const message = runMenu(fake, action);
    expect(message).toContain('Kolom "Nama Kelompok" muncul lebih dari sekali di baris judul; hapus atau ganti nama salah satunya.');
    expectUnchanged(fake, before);
  });

  test('submit: the same message; nothing written', () => {
    const fake = duplicated();
    const before = cells(fake);
    expect(runSubmit()).toEqual({ ok: false, message: expect.stringContaining('muncul lebih dari sekali') });
    expectUnchanged(fake, before);
  });

  test('setup changes no value (it cannot tell which one to keep) and says so', () => {
    const fake = duplicated();
    const before = cells(fake);
    const message = runMenu(fake, 'setup');
    expect(message).toContain('0 judul kolom ditambahkan, 3 baris data tetap utuh.');
    expect(message).toContain('Perhatian: Kolom "Nama Kelompok" muncul lebih dari sekali');
    expectUnchanged(fake, before);
  });
});

describe('merged header cells', () => {
  /** "Nama Kelompok" merged over "Jenis Kelompok": Sheets keeps the first cell's text only. */
  function merged(): FakeGas {
    const fake = world();
    fake.seedSheet('Data', [HEADER, ...threeGroups()]);
    fake.sheet('Data').getRange('B1:C1').merge();
    expect(fake.values('Data')[0]?.[2]).toBe('');
    return fake;
  }

  test.each(['check', 'tables'] as const)('%s: says a merge swallowed a header and to unmerge it', (action) => {
    const fake = merged();
    const before = cells(fake);
    const message = runMenu(fake, action);
    expect(message).toContain('Kolom wajib tidak ditemukan: "Jenis Kelompok"');
    expect(message).toContain('sel yang digabung (B1:C1)');
    expect(message).toContain('Pisahkan sel itu');
    expectUnchanged(fake, before);
  });

  test('submit: the same message; nothing written', () => {
    const fake = merged();
    const before = cells(fake);
    expect(runSubmit()).toEqual({ ok: false, message: expect.stringContaining('sel yang digabung (B1:C1)') });
    expectUnchanged(fake, before);
  });

  test('setup does not append a second "Jenis Kelompok" beside the data: it stops and says why', () => {
    const fake = merged();
    const before = cells(fake);
    const message = runMenu(fake, 'setup');
    expect(message).toBe(
      'Baris judul kolom di lembar "Data" berisi sel yang digabung (B1:C1); tidak ada yang diubah. Sel gabungan hanya menyimpan judul sel pertamanya, jadi judul kolom lain di dalamnya hilang. Pisahkan sel itu (Format › Gabungkan sel), tulis lagi judul setiap kolom, lalu jalankan menu ini lagi.',
    );
    expectUnchanged(fake, before);
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Data']);
    expect(fake.snapshot('Data').merges).toEqual(['B1:C1']);
  });
});

describe('a filter on, and rows hidden by it or by hand: every row still counts', () => {
  function hidden(how: 'filter' | 'hand'): FakeGas {
    const fake = world();
    fake.seedSheet('Data', [HEADER, ...threeGroups(), group(4), group(5)]);
    const sheet = fake.sheet('Data');
    if (how === 'filter') sheet.getDataRange().createFilter();
    // Rows 3 and 4 hidden (by the filter's criteria, or by a person): the bad row 4 among them.
    sheet.hideRows(3, 2);
    return fake;
  }

  test.each(['filter', 'hand'] as const)('%s: check counts and marks the hidden rows too', (how) => {
    const fake = hidden(how);
    const before = cells(fake);
    expect(runMenu(fake, 'check')).toBe('4 baris sah, 1 tidak sah, 0 peringatan.');
    expectUnchanged(fake, before);
    expect(fake.backgrounds('Data')[3]?.[HEADER.indexOf('Jumlah Anggota')]).toBe(MARK_COLOURS.error);
    expect(fake.snapshot('Data').hiddenRows).toEqual([3, 4]);
  });

  test.each(['filter', 'hand'] as const)('%s: tables count the hidden rows', (how) => {
    const fake = hidden(how);
    const before = cells(fake);
    expect(runMenu(fake, 'tables')).toBe('9 tabel dibuat dari 4 baris sah; 1 baris tidak sah tidak dihitung.');
    expectUnchanged(fake, before);
  });

  test.each(['filter', 'hand'] as const)('%s: setup keeps the rows, the filter and the hidden rows', (how) => {
    const fake = hidden(how);
    const before = cells(fake);
    expect(runMenu(fake, 'setup')).toBe(`Lembar "Data" siap: 0 judul kolom ditambahkan, 5 baris data tetap utuh. ${CHECKS_ON}`);
    expectUnchanged(fake, before);
    expect(fake.snapshot('Data').hiddenRows).toEqual([3, 4]);
    expect(fake.sheet('Data').getFilter() !== null).toBe(how === 'filter');
  });

  test.each(['filter', 'hand'] as const)('%s: submit appends after the last row, hidden or not', (how) => {
    const fake = hidden(how);
    const before = cells(fake);
    expect(runSubmit()).toEqual({ ok: true, row: 7 });
    expectOneRowAdded(fake, before, 7);
  });
});

describe('no data rows', () => {
  function empty(): FakeGas {
    const fake = world();
    fake.seedSheet('Data', [HEADER]);
    return fake;
  }

  test('check says there is nothing under the header yet and how to add groups', () => {
    const fake = empty();
    expect(runMenu(fake, 'check')).toBe(
      'Lembar Data belum berisi baris data di bawah judul kolom. Isi data lewat Pranata › Buka Formulir atau ketik di lembar Data, lalu periksa lagi.',
    );
    expect(fake.values('Data')).toEqual([[...HEADER]]);
  });

  test('tables: made (every category with 0, as the codebook lists them) and it says why they are empty', () => {
    const fake = empty();
    expect(runMenu(fake, 'tables')).toBe(
      'Lembar Data belum berisi baris data, jadi semua tabel berisi angka 0. Isi data lewat Pranata › Buka Formulir atau ketik di lembar Data, lalu jalankan Buat Tabel lagi.',
    );
    expect(fake.values('Data')).toEqual([[...HEADER]]);
    expect(fake.metadata().filter((m) => m.key === OWNER_KEY).map((m) => m.value)).toEqual([...TABLE_IDS, 'rekapRw', 'rekapPetugas', 'daftar']);
  });

  test('setup: nothing to add, 0 rows', () => {
    const fake = empty();
    expect(runMenu(fake, 'setup')).toBe(`Lembar "Data" siap: 0 judul kolom ditambahkan, 0 baris data tetap utuh. ${CHECKS_ON}`);
    expect(fake.values('Data')).toEqual([[...HEADER]]);
  });

  test('submit writes the first row under the header', () => {
    const fake = empty();
    const before = cells(fake);
    expect(runSubmit()).toEqual({ ok: true, row: 2 });
    expectOneRowAdded(fake, before, 2);
  });
});

describe('a spreadsheet near the 10-million-cell limit: "full" said clearly, nothing thrown, nothing changed', () => {
  const FULL = 'Spreadsheet ini sudah penuh: Google Sheets menampung paling banyak 10.000.000 sel per spreadsheet';
  const NOTHING = 'Tidak ada data yang diubah.';
  const WHAT_TO_DO = 'Hapus baris atau kolom kosong yang tidak dipakai (di lembar mana pun), atau pindahkan data lama ke spreadsheet baru';

  /** Counts as the add-on's messages print them (9.626.000). */
  const n = (count: number): string => count.toLocaleString('id-ID');
  /** Rows of the whole header that fill about 9 million cells, whatever the field count. */
  const BIG = Math.floor(9_000_000 / HEADER.length / 1000) * 1000;

  /** A Data sheet set up with three groups, then claiming `rows` rows of every column. */
  function bigSetUp(rows: number): FakeGas {
    const fake = world();
    fake.seedSheet('Data', [HEADER, ...threeGroups()]);
    expect(setupDataSheetIn(fake.spreadsheet, 'id', NOW).ok).toBe(true);
    fake.setSheetSize('Data', rows, HEADER.length);
    return fake;
  }

  test('setup needing the two audit columns on a sheet of every field that nearly fills the book: says the spreadsheet is full, adds nothing', () => {
    const fake = world();
    // As many rows as fit under 10 million with the fields, but not with the audit pair too.
    const rows = Math.floor((10_000_000 - 26_000) / FIELD_HEADERS.length / 1000) * 1000;
    expect(26_000 + rows * (FIELD_HEADERS.length + 2)).toBeGreaterThan(10_000_000);
    fake.seedSheet('Data', [FIELD_HEADERS, ...threeGroups(FIELD_HEADERS)]);
    fake.setSheetSize('Data', rows, FIELD_HEADERS.length);
    const before = cells(fake);
    const message = runMenu(fake, 'setup');
    // rows x fields + Sheet1's 1,000 x 26; the audit pair needs 2 x rows more.
    expect(message).toContain(FULL);
    expect(message).toContain(`Sekarang ada ${n(rows * FIELD_HEADERS.length + 26_000)} sel, dan tindakan ini perlu ${n(2 * rows)} sel lagi.`);
    expect(message).toContain(NOTHING);
    expect(message).toContain(WHAT_TO_DO);
    expectUnchanged(fake, before);
    expect(fake.sheet('Data').getMaxColumns()).toBe(FIELD_HEADERS.length);
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Data']);
  });

  test('setup needing rows under a lone header: full, nothing written', () => {
    const fake = world();
    fake.seedSheet('Data', [HEADER]);
    fake.setSheetSize('Data', 1, HEADER.length);
    fillBookTo(fake, 9_990_000);
    const message = runMenu(fake, 'setup');
    expect(message).toContain(FULL);
    expect(message).toContain(`tindakan ini perlu ${n(HEADER.length * 1000)} sel lagi`);
    expect(fake.values('Data')).toEqual([[...HEADER]]);
    expect(fake.sheet('Data').getMaxRows()).toBe(1);
    expect(fake.sheetNames()).not.toContain('Kategori');
  });

  test('check on a Data sheet of 9 million cells with no room for the Validasi list: full, no mark, no half-made sheet', () => {
    const fake = bigSetUp(BIG);
    fillBookTo(fake, 9_960_000);
    const before = cells(fake);
    const backgrounds = fake.backgrounds('Data');
    const message = runMenu(fake, 'check');
    expect(message).toContain(FULL);
    expect(message).toContain(NOTHING);
    expectUnchanged(fake, before);
    expect(fake.backgrounds('Data')).toEqual(backgrounds);
    expect(fake.properties('document')[MARKS_KEY]).toBeUndefined();
    // The Validasi sheet fitted, its 5,002 rows did not: it was made, then removed again.
    expect(fake.calls.count('Spreadsheet.deleteSheet')).toBe(1);
    expect(fake.sheetNames()).not.toContain('Validasi');
  });

  test('tables with room for one table sheet of five: full, and the one made is removed again', () => {
    const fake = bigSetUp(BIG);
    fillBookTo(fake, 9_960_000);
    const before = cells(fake);
    const sheets = fake.sheetNames();
    const message = runMenu(fake, 'tables');
    expect(message).toContain(FULL);
    expect(message).toContain(NOTHING);
    expectUnchanged(fake, before);
    expect(fake.sheetNames()).toEqual(sheets);
    expect(fake.calls.count('Spreadsheet.deleteSheet')).toBe(1);
    expect(fake.metadata().map((m) => m.value)).toEqual(['data', 'kategori', 'petunjuk']);
    expect(fake.properties('document')[TABLES_KEY]).toBeUndefined();
  });

  test('tables written, then no room for the Rekap and Daftar sheets: the message names the sheets written and those not, and says no "nothing changed"', () => {
    const fake = bigSetUp(BIG);
    // Room for the nine new table sheets (1,000 x 26 each), not for a tenth.
    fillBookTo(fake, 10_000_000 - 9 * 26_000 - 100);
    const message = runMenu(fake, 'tables');
    expect(message).toContain(FULL);
    expect(message).not.toContain(NOTHING);
    const tables = Array.from({ length: 9 }, (_, i) => `"Tabel ${i + 1}"`).join(', ');
    expect(message).toContain(`Lembar yang sudah ditulis: ${tables}. Lembar yang tidak ditulis (tetap seperti sebelumnya): "Rekap RW", "Rekap Petugas", "Daftar Kelompok".`);
    expect(message).toContain(WHAT_TO_DO);
    // True: the nine tables hold their numbers, no list sheet was left half made.
    expect(fake.values('Tabel 1')[0]![0]).toMatch(/^Tabel 1\./);
    expect(fake.sheetNames().filter((s) => /^(Rekap|Daftar)/.test(s))).toEqual([]);
    expect(fake.properties('document')[TABLES_KEY]).toBeDefined();
  });

  test('a rerun with room for one list sheet only: the existing list sheets are kept as they were, and named as not written', () => {
    const fake = bigSetUp(BIG);
    expect(runMenu(fake, 'tables')).not.toContain(FULL);
    const daftar = cells(fake, 'Daftar Kelompok');
    // Every sheet exists; now the Daftar Kelompok needs more rows than there is room for.
    fake.seedSheet('Data', Array.from({ length: 1500 }, (_, i) => group(i + 5)), { startRow: 5 });
    fillBookTo(fake, 10_000_000 - 100);
    const message = runMenu(fake, 'tables');
    expect(message).toContain(FULL);
    expect(message).toContain('"Rekap RW", "Rekap Petugas". Lembar yang tidak ditulis (tetap seperti sebelumnya): "Daftar Kelompok".');
    expect(cells(fake, 'Daftar Kelompok')).toEqual(daftar);
  });

  /** The Data sheet filled to its last row (BIG), so a save must grow it. */
  function fullToLastRow(): FakeGas {
    const fake = bigSetUp(BIG);
    fake.seedSheet('Data', [group(BIG)], { startRow: BIG });
    return fake;
  }

  test('submit on a sheet filled to its last row: no room for 500 more rows, so one, and the entry is saved', () => {
    const fake = fullToLastRow();
    fillBookTo(fake, 10_000_000 - HEADER.length);
    const out = runSubmit();
    expect(out).toEqual({ ok: true, row: BIG + 1 });
    expect(fake.sheet('Data').getMaxRows()).toBe(BIG + 1);
    expect(fake.values('Data', `A${BIG + 1}:B${BIG + 1}`)).toEqual([['robust-1', 'Dasa Wisma Kenanga']]);
  });

  test('submit with not even one row of room: the volunteer is told the spreadsheet is full; nothing written', () => {
    const fake = fullToLastRow();
    fillBookTo(fake, 10_000_000 - HEADER.length + 1);
    const out = runSubmit();
    expect(out).toEqual({ ok: false, message: expect.stringContaining(FULL) });
    if (out.ok) return;
    expect(out.message).toContain(`tindakan ini perlu ${HEADER.length} sel lagi`);
    expect(out.message).not.toContain('Coba lagi sebentar lagi');
    expect(fake.sheet('Data').getMaxRows()).toBe(BIG);
    expect(fake.sheet('Data').getLastRow()).toBe(BIG);
  });
});
