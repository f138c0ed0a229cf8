/**
 * What the sidebar reads: its start-up config, the volunteer's recent entries, and one entry
 * for editing (which, sent back unchanged, changes nothing).
 */
import { RECENT_KEY } from '../../src/addon/constants';
import { getEntry, getFormConfig, getRecentEntries, submitGroup, updateGroup } from '../../src/addon/submit';
import { DEFAULT_CATEGORIES, DEFAULT_TENURE } from '../../src/core';
import { clearWorld, col, HEADERS, makeWorld, SETTINGS, validInput } from './world';

afterEach(clearWorld);

describe('getFormConfig', () => {
  test('lists, settings, language and user', () => {
    makeWorld();
    const config = getFormConfig();
    expect(config).toEqual({ lang: 'id', categories: DEFAULT_CATEGORIES, settings: { ...SETTINGS, ...DEFAULT_TENURE }, user: 'kader@example.org' });
    // Settings stored before T7 existed read with T7's default thresholds.
    // It crosses google.script.run: JSON-like, nothing lost in the trip.
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  test('English, no email, and the Kategori sheet (with its problem when it cannot be used)', () => {
    const fake = makeWorld({ activeUserLocale: 'en_US', userEmail: '' });
    fake.seedSheet('Kategori', [['Daftar', 'Label'], ['Jenis Kelompok', 'Koperasi']]);
    const config = getFormConfig();
    expect(config.lang).toBe('en');
    expect(config.user).toBe('');
    expect(config.categories.jenisKelompok.map((c) => c.label)).toEqual(['Koperasi']);
    expect(config.categoriesProblem).toBeUndefined();
    fake.seedSheet('Kategori', [['Nama', 'Isi']]);
    const broken = getFormConfig();
    expect(broken.categories).toEqual(DEFAULT_CATEGORIES);
    expect(broken.categoriesProblem).toMatch(/Daftar/);
  });
});

describe('getRecentEntries', () => {
  test('newest first, re-read from the sheet, at most ten', () => {
    makeWorld();
    for (let i = 1; i <= 12; i++) submitGroup(validInput({ namaKelompok: `Kelompok ${i}`, jenisKelompok: i % 2 ? 'KUBE' : 'BKL' }), `e${i}`);
    submitGroup(validInput(), 'e5'); // a retry moves the entry up
    const recent = getRecentEntries();
    expect(recent.map((r) => r.id)).toEqual(['e5', 'e12', 'e11', 'e10', 'e9', 'e8', 'e7', 'e6', 'e4', 'e3']);
    expect(recent[1]).toMatchObject({ id: 'e12', row: 13, namaKelompok: 'Kelompok 12', jenisKelompok: 'BKL' });
    expect(recent[0]).toMatchObject({ row: 6, namaKelompok: 'Kelompok 5', jenisKelompok: 'KUBE' });
    expect(typeof recent[0]?.savedAt).toBe('string');
  });

  test('an entry whose row was deleted is dropped, and forgotten', () => {
    const fake = makeWorld();
    submitGroup(validInput({ namaKelompok: 'A' }), 'a');
    submitGroup(validInput({ namaKelompok: 'B' }), 'b');
    fake.sheet('Data').deleteRow(2);
    expect(getRecentEntries()).toEqual([expect.objectContaining({ id: 'b', row: 2, namaKelompok: 'B' })]);
    expect((JSON.parse(fake.properties('user')[RECENT_KEY] ?? '[]') as Array<{ id: string }>).map((r) => r.id)).toEqual(['b']);
  });

  test('nothing remembered, a garbled property, or no Data sheet: an empty list', () => {
    const fake = makeWorld();
    expect(getRecentEntries()).toEqual([]);
    fake.ctx.properties.user.set(RECENT_KEY, '{not json');
    expect(getRecentEntries()).toEqual([]);
    const none = makeWorld({ headers: null });
    none.ctx.properties.user.set(RECENT_KEY, JSON.stringify([{ id: 'a', savedAt: '2006-01-01T00:00:00Z' }]));
    expect(getRecentEntries()).toEqual([]);
  });
});

describe('getEntry', () => {
  test('the row as form input: labels, lists, numbers, the date as yyyy-mm-dd', () => {
    makeWorld();
    submitGroup(validInput(), 'a');
    expect(getEntry('a')).toEqual({
      id: 'a',
      row: 2,
      input: {
        id: 'a',
        namaKelompok: 'Dasa Wisma Mawar',
        jenisKelompok: 'Dasa Wisma',
        kelurahan: 'Cibeureum',
        rw: 3,
        rt: 2,
        tahunBerdiri: 1998,
        tujuan: 'Integrasi Masyarakat/Kerukunan Warga',
        jumlahAnggota: 12,
        pendidikanPengurus: 'Sekolah Menengah Tingkat Atas',
        jaringanKerja: 'Organisasi Sosial',
        syaratKeanggotaan: ['Domisili', 'Keterampilan'],
        lamaKepengurusan: null,
        sumberDana: ['Iuran Anggota', 'Lainnya'],
        kegiatan: 'arisan, pengajian',
        nilaiSolidaritas: [],
        namaResponden: '',
        petugas: '',
        tanggalPendataan: '2006-03-15',
        catatan: 'catatan',
        kodeWilayah: '',
      },
    });
  });

  test('a sheet east of the script\'s zone: the date comes back as the same day, not the day before', () => {
    for (const timeZone of ['Asia/Makassar', 'Asia/Jayapura', 'America/Los_Angeles']) {
      makeWorld({ timeZone });
      submitGroup(validInput({ tanggalPendataan: '2006-02-07' }), 'z');
      expect(getEntry('z')?.input.tanggalPendataan).toBe('2006-02-07');
    }
  });

  test('sent back unchanged, an entry changes nothing', () => {
    const fake = makeWorld();
    submitGroup(validInput(), 'a');
    const entry = getEntry('a');
    if (entry === null) throw new Error('entry not found');
    fake.calls.reset();
    expect(updateGroup('a', entry.input, 'edit')).toEqual({ ok: true, row: 2, id: 'a', already: true });
    expect(fake.calls.countPrefix('Range.set')).toBe(0);
  });

  test('a row typed by hand with mistakes comes back as typed, for the volunteer to fix', () => {
    const row = HEADERS.map(() => '' as unknown);
    row[col('ID')] = 'hand';
    row[col('Nama Kelompok')] = 'Karang Taruna Bina';
    row[col('Jenis Kelompok')] = 'Karang Taruna';
    row[col('Tahun Berdiri')] = 2031;
    row[col('Jumlah Anggota')] = 'dua puluh';
    row[col('Sumber Dana')] = 'Iuran Anggota, Hibah';
    makeWorld({ rows: [row] });
    const entry = getEntry('hand');
    expect(entry?.row).toBe(2);
    expect(entry?.input).toMatchObject({
      jenisKelompok: 'Pemuda/Karang Taruna',
      tahunBerdiri: 2031,
      jumlahAnggota: 'dua puluh',
      sumberDana: 'Iuran Anggota, Hibah',
      tujuan: '',
      rw: null,
    });
  });

  test('an unknown or malformed id: null', () => {
    makeWorld();
    submitGroup(validInput(), 'a');
    expect(getEntry('b')).toBeNull();
    expect(getEntry('')).toBeNull();
    expect(getEntry('a b')).toBeNull();
  });
});

describe('reading entries back does not read the whole sheet', () => {
  test('getEntry and getRecentEntries read the header block, the ID column and their rows only', () => {
    const fake = makeWorld();
    for (let i = 1; i <= 30; i++) submitGroup(validInput({ namaKelompok: `Kelompok ${i}` }), `r${i}`);
    fake.calls.reset();
    expect(getEntry('r7')?.row).toBe(8);
    expect(getRecentEntries()).toHaveLength(10);
    expect(fake.calls.count('Sheet.getDataRange')).toBe(0);
    // header block + ID column + one row (getEntry); header block + ID column + ten rows (recent)
    expect(fake.calls.count('Range.getValues')).toBe(3 + 12);
  });
});
