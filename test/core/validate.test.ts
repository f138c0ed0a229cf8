import { cellText, cloneCategories, computeSurvey, FIELDS, parseDate, parseWhole } from '../../src/core';
import { recordOf } from '../../src/core/validate';
import { run, SETTINGS_2006, table, validRow } from './helpers';

const codes = (r: ReturnType<typeof run>) => r.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.field, i.code]);

describe('whole numbers', () => {
  test.each([['12', 12], [' 12 ', 12], ['12.0', 12], ['+12', 12], ['１２', 12], [12, 12], [-0, 0]])('%p is %p', (v, n) => {
    expect(parseWhole(v)).toEqual({ ok: true, value: n });
  });
  test.each(['12.5', '12a', 'dua belas', '', '1e3', '12,5', true, new Date(2000, 1, 1), 12.5, Number.NaN, Number.POSITIVE_INFINITY])('%p is not', (v) => {
    expect(parseWhole(v as never).ok).toBe(false);
  });
  test('in a row: accepted forms count, rejected forms are not_integer', () => {
    const r = run([
      validRow({ 'Jumlah Anggota': '12' }),
      validRow({ 'Jumlah Anggota': ' 12 ' }),
      validRow({ 'Jumlah Anggota': '12.0' }),
      validRow({ 'Jumlah Anggota': 12 }),
      validRow({ 'Jumlah Anggota': '12.5' }),
      validRow({ 'Jumlah Anggota': '12a' }),
      validRow({ 'Jumlah Anggota': 'dua belas' }),
      validRow({ 'Jumlah Anggota': '' }),
    ]);
    expect(r.rows).toEqual({ read: 8, valid: 4, invalid: 4, blank: 0 });
    expect(codes(r)).toEqual([
      [6, 'jumlahAnggota', 'not_integer'],
      [7, 'jumlahAnggota', 'not_integer'],
      [8, 'jumlahAnggota', 'not_integer'],
      [9, 'jumlahAnggota', 'required'],
    ]);
    const dup = r.issues.filter((i) => i.code === 'duplicate_group');
    expect(dup.map((i) => [i.row, i.severity, i.params.otherRow])).toEqual([[3, 'warning', 2], [4, 'warning', 2], [5, 'warning', 2]]);
  });
});

describe('ranges', () => {
  test('Tahun Berdiri is 1900 .. survey year', () => {
    const r = run([
      validRow({ 'Tahun Berdiri': 1900 }),
      validRow({ 'Tahun Berdiri': 2006 }),
      validRow({ 'Tahun Berdiri': 1899 }),
      validRow({ 'Tahun Berdiri': '2007' }),
    ]);
    expect(codes(r)).toEqual([[4, 'tahunBerdiri', 'out_of_range'], [5, 'tahunBerdiri', 'out_of_range']]);
    expect(r.issues.find((i) => i.row === 5)?.params).toMatchObject({ min: 1900, max: 2006 });
    expect(r.issues.find((i) => i.row === 5)?.messages.id).toBe('Baris 5, kolom "Tahun Berdiri": 2007 di luar batas: harus antara 1900 dan 2006.');
  });
  test('Jumlah Anggota is 1 .. 100000; RW, RT 1..999; Lama Kepengurusan 0..100', () => {
    const r = run([
      validRow({ 'Jumlah Anggota': 0 }),
      validRow({ 'Jumlah Anggota': 100000 }),
      validRow({ 'Jumlah Anggota': 100001 }),
      validRow({ RW: 0, RT: 1000 }),
      validRow({ 'Lama Kepengurusan (tahun)': 0, RW: 999, RT: 1 }),
      validRow({ 'Lama Kepengurusan (tahun)': 101 }),
    ]);
    expect(codes(r)).toEqual([
      [2, 'jumlahAnggota', 'out_of_range'],
      [4, 'jumlahAnggota', 'out_of_range'],
      [5, 'rw', 'out_of_range'],
      [5, 'rt', 'out_of_range'],
      [7, 'lamaKepengurusan', 'out_of_range'],
    ]);
  });
});

describe('categories', () => {
  test('labels and aliases match after NFKC, case, white space and slash normalisation', () => {
    const r = run([
      validRow({ 'Jenis Kelompok': 'dasawisma' }),
      validRow({ 'Jenis Kelompok': '  DASA-WISMA ' }),
      validRow({ 'Jenis Kelompok': 'Pemuda / Karangtaruna' }),
      validRow({ 'Jenis Kelompok': 'PBHI' }),
      validRow({ 'Jenis Kelompok': 'Ｐｏｓｙａｎｄｕ' }),
      validRow({ 'Jenis Kelompok': 'Paguyuban  Warga' }),
      validRow({ 'Pendidikan Pengurus': 'sma/smk', 'Jaringan Kerja': 'orsos', Tujuan: 'integrasi masyarakat / kerukunan warga' }),
    ]);
    expect(r.rows.valid).toBe(7);
    const t1 = table(r, 'T1');
    const byLabel = Object.fromEntries(t1.rows.map((x) => [x.label, x.total]));
    expect(byLabel).toMatchObject({ 'Dasa Wisma': 3, 'Pemuda/Karang Taruna': 1, PHBI: 1, Posyandu: 1, 'Paguyuban Warga Desa': 1 });
    expect(table(r, 'T4').rows[3]?.counts).toEqual([7]);
    expect(table(r, 'T2').rows[4]?.counts).toEqual([1]);
  });
  test('an unknown category is reported with the allowed labels', () => {
    const r = run([validRow({ 'Jenis Kelompok': 'Koperasi' }), validRow({ Tujuan: '' })]);
    expect(codes(r)).toEqual([[2, 'jenisKelompok', 'unknown_category'], [3, 'tujuan', 'required']]);
    const issue = r.issues[0];
    expect(issue?.params.allowed).toHaveLength(17);
    expect(issue?.messages.id).toContain('Pilihan yang boleh: Dasa Wisma, Posyandu');
    expect(issue?.value).toBe('Koperasi');
  });
  test('several-of cells split on ; and , and match each part', () => {
    const r = run([
      validRow({ 'Sumber Dana': 'iuran anggota; Sumbangan Masyarakat,Bantuan Pemerintah', 'Syarat Keanggotaan': 'Domisili;' }),
      validRow({ 'Nilai Solidaritas': 'Gotong Royong; Arisan' }),
    ]);
    expect(codes(r)).toEqual([[3, 'nilaiSolidaritas', 'unknown_category']]);
    expect(r.issues[0]?.messages.en).toContain('"Arisan" is not a known choice');
  });
});

describe('blank rows and text', () => {
  test('rows whose cells are all empty or white space are skipped and counted', () => {
    const r = run([validRow(), {}, { 'Nama Kelompok': '   ', Catatan: '\t' }, validRow({ 'Nama Kelompok': 'Lain' })]);
    expect(r.rows).toEqual({ read: 2, valid: 2, invalid: 0, blank: 2 });
  });
  test('text is trimmed; a name of white space only is required', () => {
    const r = run([validRow({ 'Nama Kelompok': '  ' , Catatan: 'x' })]);
    expect(codes(r)).toEqual([[2, 'namaKelompok', 'required']]);
    expect(cellText('  a b  ')).toBe('a b');
  });
  test('dates: sheet Dates and common written forms; impossible dates rejected', () => {
    expect(parseDate(new Date(2006, 2, 15))).toBe('2006-03-15');
    expect(parseDate('15/03/2006')).toBe('2006-03-15');
    expect(parseDate('15 Maret 2006')).toBe('2006-03-15');
    expect(parseDate('2006-02-30')).toBeNull();
    const r = run([validRow({ 'Tanggal Pendataan': '31/02/2006' })]);
    expect(codes(r)).toEqual([[2, 'tanggalPendataan', 'invalid_date']]);
  });
});

describe('buckets at their edges', () => {
  test('age exactly 10 is "≥ 10 Tahun"; 9 is "< 10 Tahun"', () => {
    const r = run([validRow({ 'Tahun Berdiri': 1996, 'Nama Kelompok': 'a' }), validRow({ 'Tahun Berdiri': 1997, 'Nama Kelompok': 'b' })]);
    const t1 = table(r, 'T1');
    expect(t1.columns.map((c) => c.key)).toEqual(['lt10', 'ge10']);
    expect(t1.rows[0]?.counts).toEqual([1, 1]);
  });
  test('members 10 | 11 | 20 | 21 fall in ≤10 | 11–20 | 11–20 | >20', () => {
    const r = run([10, 11, 20, 21].map((n, i) => validRow({ 'Jumlah Anggota': n, 'Nama Kelompok': `k${i}` })));
    const t3 = table(r, 'T3');
    expect(t3.columns).toEqual([
      { key: 'le10', label: '≤ 10 Orang' },
      { key: '11to20', label: '11–20 Orang' },
      { key: 'gt20', label: '> 20 Orang' },
    ]);
    expect(t3.rows[0]?.counts).toEqual([1, 2, 1]);
  });
  test('thresholds are settings', () => {
    const r = run([5, 6, 30].map((n, i) => validRow({ 'Jumlah Anggota': n, 'Nama Kelompok': `k${i}` })), {
      surveyYear: 2006, kelurahan: '', ageYears: 5, membersSmall: 5, membersLarge: 29,
    });
    expect(table(r, 'T3').columns.map((c) => c.key)).toEqual(['le5', '6to29', 'gt29']);
    expect(table(r, 'T3').rows[0]?.counts).toEqual([1, 1, 1]);
    expect(table(r, 'T1').columns.map((c) => c.label)).toEqual(['< 5 Tahun', '≥ 5 Tahun']);
  });
});

describe('likely duplicates', () => {
  test('same name (case and spaces aside), type and RW: a warning on the later row; the row stays valid', () => {
    const r = run([
      validRow({ 'Nama Kelompok': 'Dasa Wisma  Melati', RW: 3 }),
      validRow({ 'Nama Kelompok': 'dasa wisma melati ', RW: 3 }),
      validRow({ 'Nama Kelompok': 'Dasa Wisma Melati', RW: 4 }),
      validRow({ 'Nama Kelompok': 'Dasa Wisma Melati', RW: 3, 'Jenis Kelompok': 'Posyandu' }),
      validRow({ 'Nama Kelompok': 'Ｄａｓａ Wisma Melati', RW: 3 }),
    ]);
    expect(r.rows.valid).toBe(5);
    expect(r.issues.map((i) => [i.row, i.code, i.severity, i.params.otherRow])).toEqual([
      [3, 'duplicate_group', 'warning', 2],
      [6, 'duplicate_group', 'warning', 2],
    ]);
  });
  test('a repeated ID is a warning; IDs compare exactly', () => {
    const r = run([
      validRow({ ID: 'CBR-1', 'Nama Kelompok': 'a' }),
      validRow({ ID: 'cbr-1', 'Nama Kelompok': 'b' }),
      validRow({ ID: 'CBR-1', 'Nama Kelompok': 'c' }),
    ]);
    expect(r.issues.map((i) => [i.row, i.field, i.code])).toEqual([[4, 'id', 'duplicate_id']]);
  });
});

describe('blank means every cell of the row', () => {
  test('a row with only an unknown column filled is read, and its required cells are missing', () => {
    const values = [
      ['No', 'Nama Kelompok', 'Jenis Kelompok', 'Tahun Berdiri', 'Tujuan', 'Jumlah Anggota', 'Pendidikan Pengurus', 'Jaringan Kerja'],
      ['1', 'A', 'KUBE', '2000', 'Bantuan Sosial', '10', 'SD', 'Orsos'],
      ['2', '', '', '', '', '', '', ''],
      ['', ' ', '', '', '', '', '', '\t'],
    ];
    const out = computeSurvey(values, { settings: SETTINGS_2006, categories: cloneCategories() });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.rows).toEqual({ read: 2, valid: 1, invalid: 1, blank: 1 });
    expect(out.value.issues.filter((i) => i.row === 3).map((i) => i.code)).toEqual(Array(7).fill('required'));
  });
});

describe('the record of a valid row (recordOf, written out for speed)', () => {
  test('every field of FIELDS once, no other key, each value from its field\'s slot', () => {
    const values = FIELDS.map((f, i) => `value of ${f.id} at ${i}`);
    const r = recordOf(values) as unknown as Record<string, unknown>;
    expect(Object.keys(r).sort()).toEqual(FIELDS.map((f) => f.id).sort());
    FIELDS.forEach((f, i) => expect(r[f.id]).toBe(values[i]));
  });
});
