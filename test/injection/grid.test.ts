/**
 * Formula injection through the grid: values a volunteer typed straight into the Data sheet
 * that start with '=', '+', '-' or '@' (kept as text: in the plain-text columns set-up made,
 * or typed with an apostrophe) survive Periksa Data, Buat Tabel and a save or an update of
 * another row untouched, and never become formulas. The same values sent from the form, a
 * coordinator's category label or Kelurahan, and the volunteer's email are written as text
 * too; echoed into the Validasi sheet, they stay text in its value column.
 *
 * The fake evaluates nothing: a string written into a cell that is not plain text ('@') and
 * starts with '=' becomes a formula there (getFormulas() shows it), as it would on Google.
 */
import { checkDataIn } from '../../src/addon/check';
import { getEntry } from '../../src/addon/entries';
import { setupDataSheetIn } from '../../src/addon/setup';
import { submitGroup, updateGroup } from '../../src/addon/submit';
import { makeTablesIn } from '../../src/addon/tables-sheet';
import { SETTINGS_KEY } from '../../src/addon/constants';
import type { CellValue, FakeGas } from '../fake';
import { NOW, STUDY_SETTINGS } from '../addon/env';
import { cells, entry, FIELD_HEADERS, group, HEADER, world } from '../robustness/world';

/** Values a spreadsheet would take for a formula, a number or a mention if they were not text. */
export const FORMULA_LIKE = ['=IMPORTXML("http://x.example/a","//a")', '+62 812 555', '-5a', '@mention', '=1+1', '-5', '+3'] as const;

/** The free-text columns a volunteer fills in. */
const TEXT_COLUMNS = ['Nama Kelompok', 'Kegiatan', 'Nama Responden', 'Petugas Pendata', 'Catatan'];

/** Rows whose every free-text cell holds one of the values (the row itself is valid). */
function textRows(header: readonly string[], typed: (v: string) => string): CellValue[][] {
  return FORMULA_LIKE.map((v, k) => group(10 + k, Object.fromEntries(TEXT_COLUMNS.map((h) => [h, typed(v)])), header));
}

/** Rows with a value in a category or number column: errors, so the value is echoed to Validasi. */
function badRows(header: readonly string[], typed: (v: string) => string): CellValue[][] {
  return [
    group(20, { 'Jenis Kelompok': typed('=1+1') }, header),
    group(21, { Tujuan: typed('@mention') }, header),
    group(22, { RW: typed('+62 812 555') }, header),
    group(23, { RT: typed('-5a') }, header),
    // A number column keeps the General format: '=...' only stays text typed with an apostrophe.
    group(24, { 'Jumlah Anggota': `'${'=IMPORTXML("http://x.example/a","//a")'}` }, header),
  ];
}

function everyFormula(fake: FakeGas, sheet: string): string[] {
  return fake.formulas(sheet).flat().filter((f) => f !== '');
}

/** The add-on's own link formulas on the Validasi sheet, and nothing else. */
const LINK = /^=HYPERLINK\("#gid=\d+&range=[A-Z]+\d+","[A-Z]+\d+"\)$/;

/** Row 1-based of the Data sheet whose ID is `id`. */
function rowOf(fake: FakeGas, id: string): CellValue[] {
  const row = fake.values('Data').find((r) => r[0] === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
}

describe.each([
  ['set-up made the text columns plain text', true],
  ['no set-up: typed with an apostrophe', false],
])('values typed in the grid (%s)', (_how, setUp) => {
  function grid(): FakeGas {
    const fake = world({ userEmail: '=1+2@example.org' });
    const header = setUp ? HEADER : FIELD_HEADERS;
    fake.seedSheet('Data', [header]);
    if (setUp) expect(setupDataSheetIn(fake.spreadsheet, 'id', NOW).ok).toBe(true);
    // Typed, not written raw: the fake parses them as Sheets parses typed input.
    const typed = setUp ? (v: string) => v : (v: string) => `'${v}`;
    fake.seedSheet('Data', [group(1, {}, header), ...textRows(header, typed), ...badRows(header, typed)], { startRow: 2 });
    // Stored as text, and not one formula.
    const stored = fake.values('Data');
    expect(stored[2]?.[HEADER.indexOf('Nama Kelompok')]).toBe(FORMULA_LIKE[0]);
    expect(stored.flat()).toContain('=IMPORTXML("http://x.example/a","//a")');
    expect(everyFormula(fake, 'Data')).toEqual([]);
    return fake;
  }

  test('Periksa Data changes none of them; Validasi echoes them as text', () => {
    const fake = grid();
    const before = cells(fake);
    const out = checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(out).toMatchObject({ ok: true, rows: { valid: 1 + FORMULA_LIKE.length, invalid: 5 } });
    expect(cells(fake)).toEqual(before);
    expect(everyFormula(fake, 'Data')).toEqual([]);

    const validasi = fake.values('Validasi');
    const echoed = validasi.slice(1).map((r) => r[2]);
    expect(echoed).toEqual(expect.arrayContaining(['=1+1', '@mention', '+62 812 555', '-5a', '=IMPORTXML("http://x.example/a","//a")']));
    // The value, column, message and severity columns are plain text; the only formulas are the add-on's links.
    const formats = fake.numberFormats('Validasi', `B2:E${validasi.length}`);
    expect(formats.flat().every((f) => f === '@')).toBe(true);
    const formulas = everyFormula(fake, 'Validasi');
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(LINK);
  });

  test('Buat Tabel changes none of them and writes no formula', () => {
    const fake = grid();
    const before = cells(fake);
    expect(makeTablesIn(fake.spreadsheet, 'id', NOW)).toMatchObject({ ok: true });
    expect(cells(fake)).toEqual(before);
    for (const n of [1, 2, 3, 4, 5]) expect(everyFormula(fake, `Tabel ${n}`)).toEqual([]);
  });

  test('a save and an update of other rows leave them untouched; the saved values are text too', () => {
    const fake = grid();
    const before = cells(fake);
    const saved = submitGroup(entry({ namaKelompok: '=1+1', kegiatan: '+62 812 555', catatan: '@mention', petugas: '-5' }), 'new-1');
    expect(saved).toMatchObject({ ok: true, already: false });
    const updated = updateGroup('G-1', entry({ namaKelompok: '-5a', namaResponden: '=IMPORTXML("http://x.example/a","//a")' }), 'edit-1');
    expect(updated).toMatchObject({ ok: true, row: 2, already: false });

    const after = cells(fake);
    // Every row but the updated one (row 2) as it was; one row more at the end.
    expect(after.values.slice(2, before.values.length)).toEqual(before.values.slice(2));
    expect(after.values).toHaveLength(before.values.length + 1);
    expect(everyFormula(fake, 'Data')).toEqual([]);

    const header = setUp ? HEADER : FIELD_HEADERS;
    const cell = (row: CellValue[], h: string) => row[header.indexOf(h)];
    const added = rowOf(fake, 'new-1');
    expect([cell(added, 'Nama Kelompok'), cell(added, 'Kegiatan'), cell(added, 'Catatan'), cell(added, 'Petugas Pendata')]).toEqual([
      '=1+1', '+62 812 555', '@mention', '-5',
    ]);
    const changed = rowOf(fake, 'G-1');
    expect([cell(changed, 'Nama Kelompok'), cell(changed, 'Nama Responden')]).toEqual(['-5a', '=IMPORTXML("http://x.example/a","//a")']);
    if (setUp) expect(cell(added, 'Dicatat Oleh')).toBe('=1+2@example.org');
  });

  test('an entry read back for editing gives the text as it is', () => {
    grid();
    const got = getEntry('G-10');
    expect(got?.input).toMatchObject({ namaKelompok: FORMULA_LIKE[0], kegiatan: FORMULA_LIKE[0], catatan: FORMULA_LIKE[0] });
  });
});

describe("a coordinator's values written by the add-on", () => {
  test('a category label and the Kelurahan that look like formulas stay text in the rows and the tables', () => {
    const fake = world();
    fake.seedSheet('Data', [HEADER]);
    expect(setupDataSheetIn(fake.spreadsheet, 'id', NOW).ok).toBe(true);
    const label = '=IMPORTXML("http://x.example/a","//a")';
    // Typed into the Kategori sheet by hand (with the apostrophe Sheets needs to keep it text).
    const k = fake.values('Kategori').length;
    fake.seedSheet('Kategori', [['Jenis Kelompok', `'${label}`, '+Plus', '']], { startRow: k + 1 });
    fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify({ ...STUDY_SETTINGS, kelurahan: '@Cibeureum' }));

    expect(submitGroup(entry({ jenisKelompok: '+plus' }), 'kat-1')).toMatchObject({ ok: true, row: 2 });
    const row = fake.values('Data')[1]!;
    expect(row[HEADER.indexOf('Jenis Kelompok')]).toBe(label);
    expect(row[HEADER.indexOf('Kelurahan')]).toBe('@Cibeureum');
    expect(everyFormula(fake, 'Data')).toEqual([]);

    expect(makeTablesIn(fake.spreadsheet, 'id', NOW)).toMatchObject({ ok: true, rows: { valid: 1 } });
    const t1 = fake.values('Tabel 1');
    expect(t1.some((r) => r[1] === label)).toBe(true);
    expect(t1.flat()).toContain('Sumber: Hasil Pendataan di Wilayah Kelurahan @Cibeureum Tahun 2006.');
    for (const n of [1, 2, 3, 4, 5]) expect(everyFormula(fake, `Tabel ${n}`)).toEqual([]);
  });
});
