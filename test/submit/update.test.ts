/**
 * updateGroup over the fake: the row is found by its ID wherever it now stands, only the
 * codebook's cells change, and a repeated update writes nothing.
 */
import { say } from '../../src/addon/messages';
import { submitGroup, updateGroup } from '../../src/addon/submit';
import { clearWorld, col, HEADERS, makeWorld, validInput } from './world';

afterEach(clearWorld);

describe('updateGroup', () => {
  test('changes that row only, keeps its audit pair, and answers its row', () => {
    const fake = makeWorld();
    submitGroup(validInput(), 'first');
    submitGroup(validInput({ namaKelompok: 'Posyandu Melati', jenisKelompok: 'Posyandu' }), 'second');
    const before = fake.values('Data');
    const result = updateGroup('first', validInput({ jumlahAnggota: 25, syaratKeanggotaan: [], catatan: '=SUM(A1)' }), 'edit-1');
    expect(result).toEqual({ ok: true, row: 2, id: 'first', already: false });
    const after = fake.values('Data');
    expect(after[2]).toEqual(before[2]);
    const changed = HEADERS.filter((h, i) => after[1]![i] !== before[1]![i] && !(after[1]![i] instanceof Object));
    expect(changed.sort()).toEqual(['Catatan', 'Jumlah Anggota', 'Syarat Keanggotaan']);
    expect(after[1]![col('Jumlah Anggota')]).toBe(25);
    expect(after[1]![col('Syarat Keanggotaan')]).toBe('');
    expect(after[1]![col('Catatan')]).toBe('=SUM(A1)');
    expect(after[1]![col('ID')]).toBe('first');
    expect((after[1]![col('Waktu Pencatatan')] as Date).getTime()).toBe((before[1]![col('Waktu Pencatatan')] as Date).getTime());
    expect(after[1]![col('Dicatat Oleh')]).toBe(before[1]![col('Dicatat Oleh')]);
  });

  test('finds the row by ID after rows above it were deleted or inserted', () => {
    const fake = makeWorld();
    submitGroup(validInput(), 'a');
    submitGroup(validInput(), 'b');
    submitGroup(validInput(), 'c');
    fake.sheet('Data').deleteRow(2);
    expect(updateGroup('c', validInput({ namaKelompok: 'Dipindah' }), 'e1')).toMatchObject({ ok: true, row: 3 });
    fake.sheet('Data').insertRowsBefore(2, 3);
    expect(updateGroup('c', validInput({ namaKelompok: 'Dipindah lagi' }), 'e2')).toMatchObject({ ok: true, row: 6 });
    const names = fake.values('Data').map((r) => r[col('Nama Kelompok')]);
    expect(names).toEqual(['Nama Kelompok', '', '', '', 'Dasa Wisma Mawar', 'Dipindah lagi']);
  });

  test('sent again with the same values: already, and nothing is written', () => {
    const fake = makeWorld();
    submitGroup(validInput(), 'a');
    expect(updateGroup('a', validInput({ rw: 7 }), 'e1')).toMatchObject({ ok: true, already: false });
    fake.calls.reset();
    expect(updateGroup('a', validInput({ rw: '7' }), 'e1')).toEqual({ ok: true, row: 2, id: 'a', already: true });
    expect(fake.calls.countPrefix('Range.set')).toBe(0);
  });

  test("keeps the coordinator's own columns, even between the codebook's", () => {
    const headers = ['ID', 'Nama Kelompok', 'Foto', 'Jenis Kelompok', 'Tahun Berdiri', 'Tujuan', 'Jumlah Anggota', 'Pendidikan Pengurus', 'Jaringan Kerja', 'Verifikasi'];
    const fake = makeWorld({ headers, rows: [['h1', 'Lama', 'foto.jpg', 'BKB', 1990, 'Pengajian', 5, 'SD', 'Orsos', 'OK']] });
    expect(updateGroup('h1', validInput(), 'e')).toMatchObject({ ok: true, row: 2 });
    expect(fake.values('Data')[1]).toEqual([
      'h1', 'Dasa Wisma Mawar', 'foto.jpg', 'Dasa Wisma', 1998, 'Integrasi Masyarakat/Kerukunan Warga', 12,
      'Sekolah Menengah Tingkat Atas', 'Organisasi Sosial', 'OK',
    ]);
  });

  test('an id no longer in the sheet: not_found, nothing written', () => {
    const fake = makeWorld();
    submitGroup(validInput(), 'a');
    fake.sheet('Data').deleteRow(2);
    expect(updateGroup('a', validInput(), 'e')).toEqual({ ok: false, kind: 'not_found', message: say('submitNotFound', 'id') });
    expect(updateGroup('no such id!', validInput(), 'e')).toMatchObject({ ok: false, kind: 'not_found' });
    expect(fake.values('Data')).toHaveLength(1);
  });

  test('an invalid edit: field errors, the row unchanged', () => {
    const fake = makeWorld();
    submitGroup(validInput(), 'a');
    const before = fake.values('Data');
    const result = updateGroup('a', validInput({ jumlahAnggota: 0 }), 'e');
    expect(result).toMatchObject({ ok: false, kind: 'invalid', errors: [{ field: 'jumlahAnggota', code: 'out_of_range' }] });
    expect(fake.values('Data')).toEqual(before);
  });

  test('busy while another execution holds the lock', () => {
    const fake = makeWorld();
    submitGroup(validInput(), 'a');
    const release = fake.holdLock();
    expect(updateGroup('a', validInput({ rw: 9 }), 'e')).toMatchObject({ ok: false, kind: 'busy' });
    release();
    expect(updateGroup('a', validInput({ rw: 9 }), 'e')).toMatchObject({ ok: true, already: false });
  });
});
