/**
 * submitGroup over the in-memory fake: one correct row per entry, retries harmless, invalid
 * entries and a busy or missing sheet answered as values, formula-like text kept as text.
 */
import { LOCK_WAIT_MS, RECENT_KEY } from '../../src/addon/constants';
import { say } from '../../src/addon/messages';
import { submitGroup } from '../../src/addon/submit';
import type { GroupInput } from '../../src/core';
import { FORMULA_MARKER } from '../fake';
import { clearWorld, col, HEADERS, makeWorld, validInput } from './world';

afterEach(clearWorld);

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

describe('a valid submit', () => {
  test('writes one row with canonical labels, numbers as numbers, and the audit pair', () => {
    const fake = makeWorld();
    const before = Date.now();
    const result = submitGroup(validInput(), 'client-1');
    expect(result).toEqual({ ok: true, row: 2, id: 'client-1', already: false });

    const values = fake.values('Data');
    expect(values).toHaveLength(2);
    const row = values[1]!;
    const cell = (h: string): unknown => row[col(h)];
    expect(cell('ID')).toBe('client-1');
    expect(cell('Nama Kelompok')).toBe('Dasa Wisma Mawar');
    expect(cell('Jenis Kelompok')).toBe('Dasa Wisma');
    expect(cell('Kelurahan')).toBe('Cibeureum');
    expect(cell('RW')).toBe(3);
    expect(cell('RT')).toBe(2);
    expect(cell('Tahun Berdiri')).toBe(1998);
    expect(cell('Tujuan')).toBe('Integrasi Masyarakat/Kerukunan Warga');
    expect(cell('Jumlah Anggota')).toBe(12);
    expect(cell('Pendidikan Pengurus')).toBe('Sekolah Menengah Tingkat Atas');
    expect(cell('Jaringan Kerja')).toBe('Organisasi Sosial');
    expect(cell('Syarat Keanggotaan')).toBe('Domisili; Keterampilan');
    expect(cell('Lama Kepengurusan (tahun)')).toBe('');
    expect(cell('Sumber Dana')).toBe('Iuran Anggota; Lainnya');
    expect(cell('Kegiatan')).toBe('arisan, pengajian');
    expect(cell('Nilai Solidaritas')).toBe('');
    expect(cell('Catatan')).toBe('catatan');
    expect(cell('Dicatat Oleh')).toBe('kader@example.org');
    // The survey date is a real date of that day in the sheet's zone (the fake's zone = this process's).
    const date = cell('Tanggal Pendataan');
    expect(isDate(date) && [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours()]).toEqual([2006, 3, 15, 0]);
    const at = cell('Waktu Pencatatan');
    expect(isDate(at) && at.getTime() >= before - 1000 && at.getTime() <= Date.now() + 1000).toBe(true);

    expect(fake.displayValues('Data', `A2:V2`)[0]![col('Tanggal Pendataan')]).toBe('2006-03-15');
    const formats = fake.numberFormats('Data', 'A2:V2')[0]!;
    expect(formats[col('Nama Kelompok')]).toBe('@');
    expect(formats[col('ID')]).toBe('@');
    expect(formats[col('Jumlah Anggota')]).toBe('0');
    expect(formats[col('Dicatat Oleh')]).toBe('@');
  });

  test('takes the document lock first, reads the ID column once, writes with ONE setValues, flushes, releases', () => {
    const fake = makeWorld({ rows: [['old-1', 'Posyandu Melati', 'Posyandu']] });
    fake.calls.reset();
    const result = submitGroup(validInput(), 'client-2');
    expect(result).toMatchObject({ ok: true, row: 3 });
    expect(fake.calls.count('Range.setValues')).toBe(1);
    expect(fake.calls.count('SpreadsheetApp.flush')).toBe(1);
    expect(fake.records.lockWaits).toEqual([{ scope: 'document', ms: LOCK_WAIT_MS, acquired: true }]);
    expect(fake.ctx.lockHolders.size).toBe(0);
    const log = fake.calls.log;
    const wait = log.indexOf('Lock.waitLock');
    const firstRead = log.indexOf('Range.getValues', wait);
    expect(wait).toBeGreaterThanOrEqual(0);
    // Every read of the Data sheet and the write happen while the lock is held.
    expect(log.indexOf('Sheet.getLastRow')).toBeGreaterThan(wait);
    expect(firstRead).toBeGreaterThan(wait);
    expect(log.indexOf('Range.setValues')).toBeGreaterThan(firstRead);
    expect(log.indexOf('SpreadsheetApp.flush')).toBeGreaterThan(log.indexOf('Range.setValues'));
    expect(log.lastIndexOf('Lock.releaseLock')).toBeGreaterThan(log.indexOf('SpreadsheetApp.flush'));
    // The header block and the ID column: two reads, whatever the number of rows.
    expect(fake.calls.count('Range.getValues')).toBe(2);
  });

  test('the next entry goes under the last row, and the entry joins the recent list', () => {
    const fake = makeWorld();
    expect(submitGroup(validInput(), 'a')).toMatchObject({ row: 2 });
    expect(submitGroup(validInput({ namaKelompok: 'KUBE Maju' }), 'b')).toMatchObject({ row: 3 });
    const recent = JSON.parse(fake.properties('user')[RECENT_KEY] ?? '[]') as Array<{ id: string; savedAt: string }>;
    expect(recent.map((r) => r.id)).toEqual(['b', 'a']);
    expect(Number.isNaN(Date.parse(recent[0]!.savedAt))).toBe(false);
  });

  test('the Kelurahan comes from the settings when they name one, else from the form', () => {
    let fake = makeWorld();
    submitGroup(validInput({ kelurahan: 'Lain' }), 'a');
    expect(fake.values('Data')[1]![col('Kelurahan')]).toBe('Cibeureum');
    fake = makeWorld({ settings: { kelurahan: '' } });
    submitGroup(validInput({ kelurahan: 'Padasuka' }), 'a');
    expect(fake.values('Data')[1]![col('Kelurahan')]).toBe('Padasuka');
  });

  test('the email may be unavailable: the row is saved with an empty "Dicatat Oleh"', () => {
    const fake = makeWorld({ userEmail: '' });
    expect(submitGroup(validInput(), 'a')).toMatchObject({ ok: true, row: 2 });
    expect(fake.values('Data')[1]![col('Dicatat Oleh')]).toBe('');
  });
});

describe('a retry with the same client id', () => {
  test('returns the row already written and writes nothing', () => {
    const fake = makeWorld();
    submitGroup(validInput(), 'same-id');
    submitGroup(validInput({ namaKelompok: 'Posyandu Melati', jenisKelompok: 'Posyandu' }), 'other');
    const before = fake.values('Data');
    fake.calls.reset();
    const retry = submitGroup(validInput({ catatan: 'changed in between' }), 'same-id');
    expect(retry).toEqual({ ok: true, row: 2, id: 'same-id', already: true });
    expect(fake.calls.countPrefix('Range.set')).toBe(0);
    expect(fake.values('Data')).toEqual(before);
  });

  test('finds the id after the rows were moved, and an id the sheet holds as a number', () => {
    const fake = makeWorld({ rows: [[123, 'Typed by hand', 'BKB']] });
    submitGroup(validInput(), 'xyz');
    fake.sheet('Data').insertRowsBefore(2, 2);
    expect(submitGroup(validInput(), 'xyz')).toEqual({ ok: true, row: 5, id: 'xyz', already: true });
    expect(submitGroup(validInput(), '123')).toEqual({ ok: true, row: 4, id: '123', already: true });
    expect(fake.values('Data')).toHaveLength(5);
  });
});

describe('an invalid entry', () => {
  test('comes back as field errors in Bahasa Indonesia, without a lock and without a write', () => {
    const fake = makeWorld();
    const before = fake.values('Data');
    const result = submitGroup(
      { namaKelompok: '  ', jenisKelompok: 'Arisan', tahunBerdiri: 2010, jumlahAnggota: '12a', tujuan: 'Pengajian', pendidikanPengurus: 'SD', jaringanKerja: 'Pemerintah', rw: 1000 },
      'c',
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
    const byField = Object.fromEntries(result.errors.map((e) => [e.field, e]));
    expect(Object.keys(byField).sort()).toEqual(['jenisKelompok', 'jumlahAnggota', 'namaKelompok', 'rw', 'tahunBerdiri']);
    expect(byField.namaKelompok).toEqual({ field: 'namaKelompok', code: 'required', message: 'wajib diisi.' });
    expect(byField.jenisKelompok?.code).toBe('unknown_category');
    expect(byField.jenisKelompok?.message).toMatch(/^"Arisan" bukan pilihan yang dikenal\. Pilihan yang boleh: Dasa Wisma, Posyandu/);
    expect(byField.jumlahAnggota?.message).toBe('"12a" bukan angka utuh. Tulis angka saja, misalnya 12 (tanpa koma atau huruf).');
    expect(byField.tahunBerdiri).toEqual({ field: 'tahunBerdiri', code: 'out_of_range', message: '2010 di luar batas: harus antara 1900 dan 2006.' });
    expect(byField.rw?.code).toBe('out_of_range');
    expect(fake.records.lockWaits).toEqual([]);
    expect(fake.calls.countPrefix('Range.set')).toBe(0);
    expect(fake.values('Data')).toEqual(before);
  });

  test('in English for an English-speaking volunteer; a several-of part is named', () => {
    makeWorld({ activeUserLocale: 'en_GB' });
    const result = submitGroup(validInput({ sumberDana: ['Iuran Anggota', 'Dana Desa'] }), 'c');
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      errors: [
        {
          field: 'sumberDana',
          code: 'unknown_category',
          message: '"Dana Desa" is not a known choice. Allowed: Iuran Anggota, Sumbangan Masyarakat, Bantuan Pemerintah, Usaha Kelompok, Lainnya.',
        },
      ],
    });
  });

  test('anything that is not an entry is answered, never thrown', () => {
    const fake = makeWorld();
    for (const input of [null, 'text', 42, ['a'], { namaKelompok: { nested: true } }] as unknown[]) {
      const result = submitGroup(input as GroupInput, 'c');
      expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    }
    expect(fake.values('Data')).toHaveLength(1);
  });

  test('the lists of the Kategori sheet decide what a category may be', () => {
    const fake = makeWorld();
    fake.seedSheet('Kategori', [
      ['Daftar', 'Label', 'Alias'],
      ['Jenis Kelompok', 'Koperasi', 'Kop'],
    ]);
    expect(submitGroup(validInput({ jenisKelompok: 'kop' }), 'a')).toMatchObject({ ok: true, row: 2 });
    expect(fake.values('Data')[1]![col('Jenis Kelompok')]).toBe('Koperasi');
    expect(submitGroup(validInput(), 'b')).toMatchObject({ ok: false, kind: 'invalid' });
  });
});

describe('text that looks like a formula, a number or a date', () => {
  test('lands as the text typed, in plain-text cells', () => {
    const fake = makeWorld();
    const input = validInput({
      namaKelompok: '=1+1',
      kegiatan: '+62 812 3456 7890',
      catatan: '@x',
      namaResponden: '-5a',
      petugas: "'quoted",
    });
    expect(submitGroup(input, 'TRUE')).toMatchObject({ ok: true, row: 2 });
    expect(submitGroup(validInput({ namaKelompok: '007', catatan: '2006-03-15', namaResponden: '-5' }), '1e3')).toMatchObject({ ok: true, row: 3 });
    const [, a, b] = fake.values('Data');
    expect([a![col('ID')], a![col('Nama Kelompok')], a![col('Kegiatan')], a![col('Catatan')], a![col('Nama Responden')], a![col('Petugas Pendata')]])
      .toEqual(['TRUE', '=1+1', '+62 812 3456 7890', '@x', '-5a', "'quoted"]);
    expect([b![col('ID')], b![col('Nama Kelompok')], b![col('Catatan')], b![col('Nama Responden')]]).toEqual(['1e3', '007', '2006-03-15', '-5']);
    expect(fake.formulas('Data').flat().filter((f) => f !== '')).toEqual([]);
    expect(fake.values('Data').flat()).not.toContain(FORMULA_MARKER);
    // And the retry of such an id still finds its row.
    expect(submitGroup(validInput(), 'TRUE')).toMatchObject({ row: 2, already: true });
  });
});

describe('when the sheet is not as expected', () => {
  test('columns in any order, under a title, with a column of the coordinator in between', () => {
    const headers = ['Catatan', 'ID', 'Foto', 'Nama Kelompok', 'Jenis Kelompok', 'Tahun Berdiri', 'Tujuan', 'Jumlah Anggota', 'Pendidikan Pengurus', 'Jaringan Kerja'];
    const fake = makeWorld({ headers: null });
    fake.seedSheet('Data', [['Pendataan WKSBM 2006'], [], headers, ['', 'old', 'foto.jpg', 'Lama', 'BKB', 1990, 'Pengajian', 5, 'SD', 'Orsos']]);
    fake.calls.reset();
    expect(submitGroup(validInput(), 'new')).toEqual({ ok: true, row: 5, id: 'new', already: false });
    const row = fake.values('Data')[4]!;
    expect(row.slice(0, 10)).toEqual(['catatan', 'new', '', 'Dasa Wisma Mawar', 'Dasa Wisma', 1998, 'Integrasi Masyarakat/Kerukunan Warga', 12, 'Sekolah Menengah Tingkat Atas', 'Organisasi Sosial']);
    // Two runs of the add-on's columns around "Foto": that cell is never written or formatted.
    expect(fake.calls.count('Range.setValues')).toBe(2);
    expect(fake.numberFormats('Data', 'C5')).toEqual([['General']]);
  });

  test('a full sheet grows before the row is written (setValues, unlike appendRow, does not)', () => {
    const fake = makeWorld({ rows: [['x', 'Lama', 'BKB']] });
    fake.setSheetSize('Data', 2, HEADERS.length);
    expect(submitGroup(validInput(), 'grow')).toMatchObject({ ok: true, row: 3 });
    expect(fake.sheet('Data').getMaxRows()).toBeGreaterThan(3);
    expect(fake.values('Data')[2]![col('ID')]).toBe('grow');
  });

  test('no Data sheet: no_sheet, with the set-up hint', () => {
    const fake = makeWorld({ headers: null });
    expect(submitGroup(validInput(), 'c')).toEqual({ ok: false, kind: 'no_sheet', message: say('noDataSheet', 'id') });
    expect(fake.records.lockWaits).toEqual([]);
  });

  test('no ID column: refused, since a retry could not be recognised', () => {
    const fake = makeWorld({ headers: HEADERS.filter((h) => h !== 'ID') });
    expect(submitGroup(validInput(), 'c')).toEqual({ ok: false, kind: 'error', message: say('submitNoIdColumn', 'id') });
    expect(fake.values('Data')).toHaveLength(1);
    expect(fake.ctx.lockHolders.size).toBe(0);
  });

  test('a required column missing: the message names it', () => {
    makeWorld({ headers: HEADERS.filter((h) => h !== 'Tujuan') });
    const result = submitGroup(validInput(), 'c');
    expect(result).toMatchObject({ ok: false, kind: 'error' });
    expect(result.ok === false && 'message' in result && result.message).toContain('"Tujuan"');
  });

  test('another execution holds the lock: busy, nothing written; once it is released the same entry saves', () => {
    const fake = makeWorld();
    const release = fake.holdLock('document');
    expect(submitGroup(validInput(), 'c')).toEqual({ ok: false, kind: 'busy', message: say('lockTimeout', 'id') });
    expect(fake.values('Data')).toHaveLength(1);
    release();
    expect(submitGroup(validInput(), 'c')).toEqual({ ok: true, row: 2, id: 'c', already: false });
  });

  test('a service failing half-way: an error result, and the lock is released', () => {
    const fake = makeWorld();
    const app = fake.globals.SpreadsheetApp as unknown as { flush: () => void };
    app.flush = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    const result = submitGroup(validInput(), 'c');
    expect(result).toEqual({ ok: false, kind: 'error', message: `${say('submitFailed', 'id')} (Service Spreadsheets failed while accessing document)` });
    expect(fake.ctx.lockHolders.size).toBe(0);
  });

  test.each([[''], ['with space'], ['a'.repeat(65)], ['=HYPERLINK()'], [42], [null]])('client id %p is refused', (id) => {
    const fake = makeWorld();
    expect(submitGroup(validInput(), id as string)).toEqual({ ok: false, kind: 'error', message: say('submitBadClientId', 'id') });
    expect(fake.values('Data')).toHaveLength(1);
  });
});
