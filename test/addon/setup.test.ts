import { categoriesToRows, cloneCategories, FIELDS, type Settings } from '../../src/core';
import { setupDataSheetIn } from '../../src/addon/setup';
import { AUDIT_HEADERS, SETTINGS_KEY } from '../../src/addon/constants';
import type { FakeGas } from '../fake';
import { installFake, NOW, ownedName, studyRows } from './env';

const CANONICAL = [...FIELDS.map((f) => f.header), ...AUDIT_HEADERS];
/** The header's last column letter (the codebook's fields and the audit columns fit in A–Z). */
const LAST = String.fromCharCode(64 + CANONICAL.length);
const CATEGORY = ['Jenis Kelompok', 'Tujuan', 'Pendidikan Pengurus', 'Jaringan Kerja'];
const TEXT = ['ID', 'Nama Kelompok', 'Jenis Kelompok', 'Kelurahan', 'Kode Wilayah', 'Tujuan', 'Pendidikan Pengurus', 'Jaringan Kerja',
  'Syarat Keanggotaan', 'Sumber Dana', 'Kegiatan', 'Nilai Solidaritas', 'Nama Responden', 'Petugas Pendata', 'Catatan', 'Dicatat Oleh'];

function header(fake: FakeGas, sheet = 'Data', row = 1): string[] {
  return fake.values(sheet)[row - 1]!.map(String);
}

function validation(fake: FakeGas, sheet: string, row: number, column: number) {
  return fake.sheet(sheet).getRange(row, column).getDataValidation();
}

describe('Siapkan Lembar Data', () => {
  test('an empty spreadsheet gets a Data sheet with the codebook headers, set up as promised', () => {
    const fake = installFake();
    const out = setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    expect(out).toMatchObject({ ok: true, sheet: 'Data', rowsKept: 0, other: false, kategoriCreated: true, settingsWereNew: true });
    expect(header(fake)).toEqual(CANONICAL);
    expect(ownedName(fake, 'data')).toBe('Data');
    const snap = fake.snapshot('Data');
    expect(snap.frozenRows).toBe(1);
    expect(fake.fontWeights('Data', `A1:${LAST}1`)[0]!.every((w) => w === 'bold')).toBe(true);
    const protections = fake.protections('Data');
    expect(protections).toHaveLength(1);
    expect(protections[0]).toMatchObject({ type: 'RANGE', a1: `A1:${LAST}1`, warningOnly: true });
    // Plain text on the text columns, for every data row of the sheet; numbers stay automatic.
    const formats = fake.numberFormats('Data', `A2:${LAST}${snap.maxRows}`);
    CANONICAL.forEach((h, j) => {
      const want = TEXT.includes(h) ? '@' : 'General';
      expect([h, formats[0]![j], formats[formats.length - 1]![j]]).toEqual([h, want, want]);
    });
  });

  test('category columns get a dropdown from the Kategori sheet that still allows other spellings', () => {
    const fake = installFake();
    setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    expect(ownedName(fake, 'kategori')).toBe('Kategori');
    expect(fake.values('Kategori')).toEqual(categoriesToRows(cloneCategories()));
    for (const h of CATEGORY) {
      const column = CANONICAL.indexOf(h) + 1;
      expect(validation(fake, 'Data', 1, column)).toBeNull();
      const rule = validation(fake, 'Data', 500, column)!;
      expect(rule).not.toBeNull();
      expect(rule.getAllowInvalid()).toBe(true);
      expect(String(rule.getCriteriaType())).toBe('VALUE_IN_RANGE');
      const range = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
      expect(range.getSheet().getName()).toBe('Kategori');
      const labels = range.getValues().map((r) => r[0]);
      const list = FIELDS.find((f) => f.header === h)!.kind;
      if (list.type !== 'category') throw new Error('not a category');
      expect(labels).toEqual(cloneCategories()[list.list].map((c) => c.label));
    }
    expect(validation(fake, 'Data', 2, CANONICAL.indexOf('Nama Kelompok') + 1)).toBeNull();
  });

  test('a volunteer typing =…, +… or @… into a text column keeps the text', () => {
    const fake = installFake();
    setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    const name = CANONICAL.indexOf('Nama Kelompok') + 1;
    const notes = CANONICAL.indexOf('Catatan') + 1;
    const sheet = fake.sheet('Data');
    sheet.getRange(2, name).setValue('=1+1');
    sheet.getRange(3, name).setValue('+62 812 3456');
    sheet.getRange(4, notes).setValue('@ketua');
    sheet.getRange(5, name).setValue('007');
    const v = fake.values('Data');
    expect([v[1]![name - 1], v[2]![name - 1], v[3]![notes - 1], v[4]![name - 1]]).toEqual(['=1+1', '+62 812 3456', '@ketua', '007']);
    expect(fake.formulas('Data', `A2:${LAST}5`).flat().every((f) => f === '')).toBe(true);
  });

  test('a Data sheet that already has rows keeps every one of them', () => {
    const fake = installFake();
    const rows = studyRows();
    fake.seedSheet('Data', rows);
    const before = fake.values('Data');
    const out = setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    expect(out).toMatchObject({ ok: true, sheet: 'Data', rowsKept: 307, added: [...AUDIT_HEADERS] });
    const after = fake.values('Data');
    expect(after.length).toBe(before.length);
    after.forEach((r, i) => expect(r.slice(0, FIELDS.length)).toEqual(before[i]));
    expect(header(fake)).toEqual(CANONICAL);
  });

  test.each(['filled', 'array'] as const)(
    'rows kept counts the rows holding data, not a helper column\'s formulas (%s) down to row 1000',
    (helper) => {
      // getLastRow counts every formula cell and an ARRAYFORMULA's spill (test/fake: SheetModel.lastRow).
      const fake = installFake();
      const mine = ['Nama Kelompok', 'Jenis Kelompok', 'Tahun Berdiri', 'Bantu'];
      fake.seedSheet('Data', [mine, ['Posyandu Mawar', 'Posyandu', 1995], ['KUBE Maju', 'KUBE', 2001], ['', 'KWT', '']]);
      const sheet = fake.sheet('Data');
      if (helper === 'filled') sheet.getRange('D2:D1000').setFormula('=IF(A2="","",LEN(A2))');
      else sheet.getRange('D1').setFormula('=ARRAYFORMULA(IF(A1:A="","",LEN(A1:A)))');
      expect(sheet.getLastRow()).toBe(1000);
      const out = setupDataSheetIn(fake.spreadsheet, 'id', NOW);
      expect(out).toMatchObject({ ok: true, rowsKept: 3 });
    },
  );

  test('shuffled and missing headers: the user\'s order stays, the missing ones are appended', () => {
    const fake = installFake();
    const mine = ['Jenis Kelompok', 'Catatan Relawan', 'nama kelompok', 'Tahun Berdiri', 'Members', 'Tujuan'];
    const data = [
      ['Posyandu', 'cek lagi', 'Posyandu Mawar', 1995, 12, 'Pelayanan Kesehatan'],
      ['KUBE', '', 'KUBE Maju', 2001, 9, 'Peningkatan Penghasilan'],
    ];
    fake.seedSheet('Data', [mine, ...data]);
    const out = setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    const missing = CANONICAL.filter(
      (h) => !['Jenis Kelompok', 'Nama Kelompok', 'Tahun Berdiri', 'Jumlah Anggota', 'Tujuan'].includes(h),
    );
    expect(out).toMatchObject({ ok: true, added: missing, rowsKept: 2 });
    expect(header(fake)).toEqual([...mine, ...missing]);
    expect(fake.values('Data').slice(1).map((r) => r.slice(0, 6))).toEqual(data);
    // The dropdown follows the column, wherever it stands.
    expect(validation(fake, 'Data', 2, 1)).not.toBeNull();
    expect(validation(fake, 'Data', 2, 3)).toBeNull();
  });

  test('a header under a title row is found and repaired in place', () => {
    const fake = installFake();
    fake.seedSheet('Data', [['Pendataan WKSBM 2006'], [], ['Nama Kelompok', 'Jenis Kelompok'], ['Posyandu Mawar', 'Posyandu']]);
    const out = setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    expect(out).toMatchObject({ ok: true, rowsKept: 1 });
    expect(header(fake, 'Data', 3).slice(0, 2)).toEqual(['Nama Kelompok', 'Jenis Kelompok']);
    expect(fake.values('Data')[0]![0]).toBe('Pendataan WKSBM 2006');
    expect(fake.snapshot('Data').frozenRows).toBe(3);
  });

  test('running it again changes nothing more: no doubled headers, one protection', () => {
    const fake = installFake();
    fake.seedSheet('Data', studyRows());
    setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    const first = fake.snapshot('Data');
    const out = setupDataSheetIn(fake.spreadsheet, 'en', NOW);
    expect(out).toMatchObject({ ok: true, added: [], kategoriCreated: false, settingsWereNew: false });
    expect(fake.snapshot('Data')).toEqual(first);
    expect(fake.protections('Data')).toHaveLength(1);
    expect(fake.sheetNames().filter((n) => n.startsWith('Kategori'))).toEqual(['Kategori']);
  });

  test("a coordinator's Kategori sheet is never overwritten, and a type added inside its list joins the dropdown", () => {
    const fake = installFake();
    const rows = categoriesToRows(cloneCategories());
    const lastType = rows.map((r) => r[0]).lastIndexOf('Jenis Kelompok');
    rows.splice(lastType + 1, 0, ['Jenis Kelompok', 'Koperasi', 'Kopwan', '']);
    fake.seedSheet('Kategori', rows, { raw: true });
    const before = fake.snapshot('Kategori');
    setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    expect(fake.snapshot('Kategori').values).toEqual(before.values);
    expect(ownedName(fake, 'kategori')).toBe('Kategori');
    const rule = validation(fake, 'Data', 2, CANONICAL.indexOf('Jenis Kelompok') + 1)!;
    const range = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(range.getValues().map((r) => r[0])).toContain('Koperasi');
  });

  test('a list whose rows are scattered falls back to a fixed list of its labels', () => {
    const fake = installFake();
    const rows = [...categoriesToRows(cloneCategories()), ['Jenis Kelompok', 'Koperasi', '', '']];
    fake.seedSheet('Kategori', rows, { raw: true });
    setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    const rule = validation(fake, 'Data', 2, CANONICAL.indexOf('Jenis Kelompok') + 1)!;
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect((rule.getCriteriaValues()[0] as string[]).at(-1)).toBe('Koperasi');
    expect(rule.getAllowInvalid()).toBe(true);
  });

  test('a sheet named Data holding another table is left alone', () => {
    const fake = installFake();
    fake.seedSheet('Data', [['Bulan', 'Pemasukan'], ['Januari', 120000]]);
    const before = fake.snapshot('Data');
    const out = setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    expect(out).toMatchObject({ ok: true, sheet: 'Data (Pranata)', other: true });
    expect(fake.snapshot('Data')).toEqual(before);
    expect(header(fake, 'Data (Pranata)')).toEqual(CANONICAL);
  });

  test('stored settings are kept; missing ones get their defaults', () => {
    const fake = installFake();
    const mine: Settings = { surveyYear: 2006, kelurahan: 'Cibeureum', ageYears: 5, membersSmall: 15, membersLarge: 30 };
    fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify(mine));
    const out = setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    expect(out).toMatchObject({ ok: true, settingsWereNew: false });
    // T7's thresholds (CODEBOOK §8) are newer than these stored settings: they get their defaults.
    expect(JSON.parse(fake.properties('document')[SETTINGS_KEY]!)).toEqual({ ...mine, tenureShort: 5, tenureLong: 10, perKelurahan: false, daftarInPdf: false, closingPlace: '', closingOffice: '', closingName: '', closingNip: '' });
    const fresh = installFake();
    setupDataSheetIn(fresh.spreadsheet, 'id', NOW);
    expect(JSON.parse(fresh.properties('document')[SETTINGS_KEY]!)).toEqual({
      surveyYear: 2006, kelurahan: '', ageYears: 10, membersSmall: 10, membersLarge: 20, tenureShort: 5, tenureLong: 10, perKelurahan: false, daftarInPdf: false, closingPlace: '', closingOffice: '', closingName: '', closingNip: '',
    });
  });

  test('a grid too narrow for the header grows; one with no rows below the header gets rows', () => {
    const fake = installFake();
    fake.seedSheet('Data', [['Nama Kelompok', 'Jenis Kelompok']]);
    fake.setSheetSize('Data', 1, 2);
    setupDataSheetIn(fake.spreadsheet, 'id', NOW);
    const snap = fake.snapshot('Data');
    expect(snap.maxColumns).toBeGreaterThanOrEqual(CANONICAL.length);
    expect(snap.maxRows).toBeGreaterThan(1);
    expect(header(fake).length).toBe(CANONICAL.length);
  });
});
