import { cloneCategories, computeSurvey, FIELDS, type Issue } from '../../src/core';
import { checkData, checkDataIn } from '../../src/addon/check';
import { MARK_COLOURS, NOTE_MARK } from '../../src/addon/marks';
import { VALIDASI_LIMIT } from '../../src/addon/validasi';
import { FORMULA_MARKER, type FakeGas } from '../fake';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { installFake, NOW, ownedName, ROOT, storeSettings, STUDY_SETTINGS } from './env';

const HEADER = FIELDS.map((f) => f.header);
const col = (header: string) => HEADER.indexOf(header);

/** A valid row, then changes by header. */
function row(changes: Record<string, string | number> = {}): (string | number)[] {
  const base: Record<string, string | number> = {
    ID: '',
    'Nama Kelompok': 'Posyandu Mawar',
    'Jenis Kelompok': 'Posyandu',
    Kelurahan: 'Cibeureum',
    RW: 3,
    RT: 2,
    'Tahun Berdiri': 1995,
    Tujuan: 'Pelayanan Kesehatan',
    'Jumlah Anggota': 12,
    'Pendidikan Pengurus': 'SMA',
    'Jaringan Kerja': 'Pemerintah',
  };
  const all = { ...base, ...changes };
  return HEADER.map((h) => all[h] ?? '');
}

/** Rows a volunteer might really type: every kind of mistake the core reports, and clean rows. */
function messyRows(): (string | number)[][] {
  return [
    HEADER,
    row(),
    row({ 'Jumlah Anggota': 'dua puluh' }),
    row({ 'Jenis Kelompok': 'Arisan Ibu', 'Tahun Berdiri': 2010 }),
    row({ 'Nama Kelompok': '' }),
    row({ 'Jumlah Anggota': '=1+1', RW: '+62 812 1234' }),
    row({ 'Nama Kelompok': '  posyandu   MAWAR ' }), // row 2 again: a likely duplicate (a warning)
    row({ 'Nama Kelompok': 'KUBE Sejahtera', 'Jenis Kelompok': 'KUBE', 'Pendidikan Pengurus': 'S1', RT: 0 }),
    row({ 'Nama Kelompok': 'Karang Taruna', 'Jenis Kelompok': 'Karang Taruna', 'Tanggal Pendataan': '31/02/2006' }),
  ];
}

function seedMessy(fake: FakeGas): void {
  // raw: strings stay as typed (a volunteer's "=1+1" in a plain-text column stays text).
  fake.seedSheet('Data', messyRows(), { raw: true });
  storeSettings(fake);
}

function coreIssues(fake: FakeGas): Issue[] {
  const out = computeSurvey(fake.values('Data'), { settings: STUDY_SETTINGS, categories: cloneCategories() });
  if (!out.ok) throw new Error('unreadable');
  return out.value.issues;
}

describe('Periksa Data', () => {
  test('marks exactly the cells the core reports, errors and warnings apart, and changes no value', () => {
    const fake = installFake();
    seedMessy(fake);
    const before = fake.snapshot('Data');
    const issues = coreIssues(fake);
    expect(issues.some((i) => i.severity === 'warning')).toBe(true);
    expect(issues.filter((i) => i.severity === 'error').length).toBeGreaterThanOrEqual(6);

    const out = checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(out.ok).toBe(true);

    const after = fake.snapshot('Data');
    expect(after.values).toEqual(before.values);
    expect(after.formulas).toEqual(before.formulas);

    const bgs = fake.backgrounds('Data');
    const notes = fake.notes('Data');
    const want = new Map(issues.map((i) => [`${i.row}:${i.columnIndex}`, i]));
    bgs.forEach((r, i) =>
      r.forEach((bg, j) => {
        const issue = want.get(`${i + 1}:${j}`);
        expect([i + 1, j, bg]).toEqual([i + 1, j, issue ? MARK_COLOURS[issue.severity] : '#ffffff']);
        const note = notes[i]![j]!;
        if (issue) expect(note).toBe(NOTE_MARK + issue.messages.id);
        else expect(note).toBe('');
      }),
    );
  });

  test("the messy fixture: error marks exactly where its hand-written expectations say", () => {
    type Expected = { headers: { field: string | null }[]; issues: { row: number; field: string }[]; rows: { valid: number; invalid: number } };
    const expected = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/messy.expected.json'), 'utf8')) as Expected;
    const text = readFileSync(join(ROOT, 'test/fixtures/messy.csv'), 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text, { delimiter: ';' }).data.filter((r, i, all) => i < all.length - 1 || r.some((c) => c !== ''));
    const fake = installFake();
    fake.seedSheet('Data', rows, { raw: true }); // pasted as text: every cell kept as typed
    storeSettings(fake);
    const before = fake.snapshot('Data').values;
    const out = checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(out).toMatchObject({ ok: true, rows: { valid: expected.rows.valid, invalid: expected.rows.invalid } });
    const columnOf = (field: string) => expected.headers.findIndex((h) => h.field === field);
    const want = new Set(expected.issues.map((i) => `${i.row}:${columnOf(i.field)}`));
    const marked = new Set<string>();
    fake.backgrounds('Data').forEach((r, i) => r.forEach((bg, j) => { if (bg === MARK_COLOURS.error) marked.add(`${i + 1}:${j}`); }));
    expect([...marked].sort()).toEqual([...want].sort());
    // Warnings (lighter) are where the core puts them; no value moved.
    const warnings = coreIssues(fake).filter((i) => i.severity === 'warning').map((i) => `${i.row}:${i.columnIndex}`);
    fake.backgrounds('Data').forEach((r, i) => r.forEach((bg, j) => {
      expect(bg === MARK_COLOURS.warning).toBe(warnings.includes(`${i + 1}:${j}`));
    }));
    expect(fake.snapshot('Data').values).toEqual(before);
  });

  test('the toast counts: N valid, M invalid, K warnings', () => {
    const fake = installFake();
    seedMessy(fake);
    const out = checkDataIn(fake.spreadsheet, 'id', NOW);
    const issues = coreIssues(fake);
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    expect(out).toMatchObject({ ok: true, warnings, errors: issues.length - warnings });
    if (out.ok) expect(out.rows.valid + out.rows.invalid).toBe(8);
  });

  test('a fixed cell loses its mark on the next run; other marks stay', () => {
    const fake = installFake();
    seedMessy(fake);
    checkDataIn(fake.spreadsheet, 'id', NOW);
    const members = col('Jumlah Anggota');
    expect(fake.backgrounds('Data')[2]![members]).toBe(MARK_COLOURS.error);
    fake.sheet('Data').getRange(3, members + 1).setValue(25);
    checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(fake.backgrounds('Data')[2]![members]).toBe('#ffffff');
    expect(fake.notes('Data')[2]![members]).toBe('');
    expect(fake.backgrounds('Data')[3]![col('Jenis Kelompok')]).toBe(MARK_COLOURS.error);
  });

  test('a mark on a row emptied since the last run is cleared too', () => {
    const fake = installFake();
    seedMessy(fake);
    checkDataIn(fake.spreadsheet, 'id', NOW);
    const last = messyRows().length; // the last row has an invalid date
    expect(fake.backgrounds('Data', `A${last}:T${last}`)[0]).toContain(MARK_COLOURS.error);
    fake.sheet('Data').getRange(last, 1, 1, HEADER.length).clearContent();
    checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(fake.backgrounds('Data', `A${last}:T${last}`)[0]!.every((b) => b === '#ffffff')).toBe(true);
  });

  test("a person's own colour and note are kept; our note goes below theirs", () => {
    const fake = installFake();
    seedMessy(fake);
    const sheet = fake.sheet('Data');
    const name = col('Nama Kelompok') + 1;
    sheet.getRange(2, name).setBackground('#00ff00').setNote('dicek Bu RT'); // row 2 is valid
    sheet.getRange(5, name).setNote('tanya ketua'); // row 5 has an empty name: an error
    checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(fake.backgrounds('Data')[1]![name - 1]).toBe('#00ff00');
    expect(fake.notes('Data')[1]![name - 1]).toBe('dicek Bu RT');
    const note = fake.notes('Data')[4]![name - 1]!;
    expect(note.startsWith(`tanya ketua\n\n${NOTE_MARK}`)).toBe(true);
    sheet.getRange(5, name).setValue('Posyandu Anggrek');
    checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(fake.notes('Data')[4]![name - 1]).toBe('tanya ketua');
  });

  test('a user column between the codebook columns keeps its colours and notes', () => {
    const fake = installFake();
    const rows = messyRows().map((r, i) => [...r.slice(0, 3), i === 0 ? 'Catatan Saya' : 'x', ...r.slice(3)]);
    fake.seedSheet('Data', rows, { raw: true });
    storeSettings(fake);
    fake.sheet('Data').getRange(3, 4).setBackground(MARK_COLOURS.error).setNote('punya saya');
    checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(fake.backgrounds('Data')[2]![3]).toBe(MARK_COLOURS.error);
    expect(fake.notes('Data')[2]![3]).toBe('punya saya');
  });

  test('the Validasi sheet lists every issue, values kept as text, with a link to the cell', () => {
    const fake = installFake();
    seedMessy(fake);
    checkDataIn(fake.spreadsheet, 'id', NOW);
    const issues = coreIssues(fake);
    const name = ownedName(fake, 'validasi');
    expect(name).toBe('Validasi');
    const values = fake.values(name!);
    const formulas = fake.formulas(name!);
    expect(values[0]).toEqual(['Baris', 'Kolom', 'Nilai', 'Pesan', 'Tingkat', 'Sel']);
    expect(values).toHaveLength(issues.length + 1);
    const gid = fake.sheet('Data').getSheetId();
    issues.forEach((issue, k) => {
      const r = values[k + 1]!;
      expect(r.slice(0, 5)).toEqual([
        issue.row,
        issue.column,
        issue.value === null ? '' : String(issue.value),
        issue.messages.id,
        issue.severity === 'error' ? 'galat' : 'peringatan',
      ]);
      const a1 = `${String.fromCharCode(65 + issue.columnIndex)}${issue.row}`;
      expect(formulas[k + 1]![5]).toBe(`=HYPERLINK("#gid=${gid}&range=${a1}","${a1}")`);
      expect(formulas[k + 1]![2]).toBe('');
    });
    const flat = values.flat();
    expect(flat).toContain('=1+1');
    expect(flat).toContain('+62 812 1234');
    expect(values.map((r) => r[2])).not.toContain(FORMULA_MARKER);
  });

  test('more issues than the Validasi sheet lists: the first ones, then a closing line; every cell still marked', () => {
    const fake = installFake();
    const rows = [HEADER, ...Array.from({ length: VALIDASI_LIMIT + 10 }, (_, i) => row({ 'Nama Kelompok': `Posyandu ${i}`, 'Jumlah Anggota': 'banyak' }))];
    fake.seedSheet('Data', rows, { raw: true });
    storeSettings(fake);
    const out = checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(out).toMatchObject({ ok: true, errors: VALIDASI_LIMIT + 10, listed: VALIDASI_LIMIT });
    const values = fake.values('Validasi');
    expect(values).toHaveLength(VALIDASI_LIMIT + 2);
    expect(values.at(-1)![0]).toBe('… dan 10 masalah lagi (sel-selnya tetap ditandai di lembar Data).');
    const members = col('Jumlah Anggota');
    expect(fake.backgrounds('Data').slice(1).every((r) => r[members] === MARK_COLOURS.error)).toBe(true);
  });

  test('a user sheet named Validasi is left alone', () => {
    const fake = installFake();
    seedMessy(fake);
    fake.seedSheet('Validasi', [['milik saya']]);
    const before = fake.snapshot('Validasi');
    checkDataIn(fake.spreadsheet, 'id', NOW);
    checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(fake.snapshot('Validasi')).toEqual(before);
    expect(ownedName(fake, 'validasi')).toBe('Validasi (Pranata)');
  });

  test('English notes and Validasi sheet by language', () => {
    const fake = installFake();
    seedMessy(fake);
    checkDataIn(fake.spreadsheet, 'en', NOW);
    const issue = coreIssues(fake)[0]!;
    expect(fake.notes('Data')[issue.row - 1]![issue.columnIndex]).toBe(NOTE_MARK + issue.messages.en);
    expect(fake.values('Validasi')[0]).toEqual(['Row', 'Column', 'Value', 'Message', 'Severity', 'Cell']);
  });

  test('a broken Kategori sheet: the default lists are used and the toast says why', () => {
    const fake = installFake();
    seedMessy(fake);
    fake.seedSheet('Kategori', [['Daftar', 'Label'], ['Jenis Kelompokk', 'Koperasi']]);
    const out = checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(out).toMatchObject({ ok: true, categoriesProblem: expect.stringContaining('Jenis Kelompokk') });
    fake.calls.reset();
    checkData();
    expect(fake.records.toasts.at(-1)!.message).toMatch(/tidak sah, \d+ peringatan\. .*Jenis Kelompokk/);
  });

  test('no issues: everything clear, and Validasi says so', () => {
    const fake = installFake();
    fake.seedSheet('Data', [HEADER, row(), row({ 'Nama Kelompok': 'Posyandu Melati' })], { raw: true });
    storeSettings(fake);
    const out = checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(out).toMatchObject({ ok: true, errors: 0, warnings: 0, rows: { valid: 2, invalid: 0 } });
    expect(fake.values('Validasi')[1]![0]).toBe('Tidak ada masalah: semua baris sah.');
  });
});
