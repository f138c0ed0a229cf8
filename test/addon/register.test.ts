/**
 * The add-on's register sheets: Rekap RW, Rekap Petugas and Daftar Kelompok written with Buat
 * Tabel (owned by metadata, a rerun replaces them in place, a user's own "Rekap RW" is never
 * touched), the Rekap alone from the menu with the Target sheet, and Bandingkan dengan
 * Putaran Lalu over a sheet the coordinator names.
 */
import { compareWithLastRound } from '../../src/addon/compare-sheets';
import { makeRekapIn } from '../../src/addon/register-sheets';
import { makeTablesIn } from '../../src/addon/tables-sheet';
import { installFake, NOW, ownedName, ownedRoles, storeSettings, studyRows } from './env';

function study() {
  const fake = installFake();
  fake.seedSheet('Data', studyRows());
  storeSettings(fake);
  return fake;
}

/** The body rows of a list sheet: from under its header (row 3) to the line before the notes. */
const listRows = (values: unknown[][], n: number) => values.slice(3, 3 + n);

describe('Buat Tabel writes the register sheets', () => {
  test('Rekap RW, Rekap Petugas, Daftar Kelompok: owned, filled from the Data sheet, replaced in place on a rerun', () => {
    const fake = study();
    fake.seedSheet('Rekap RW', [['my own notes']]);
    expect(makeTablesIn(fake.spreadsheet, 'id', NOW).ok).toBe(true);
    expect(ownedRoles(fake)).toEqual(expect.arrayContaining(['rekapRw', 'rekapPetugas', 'daftar']));
    expect(ownedName(fake, 'rekapRw')).toBe('Rekap RW (Pranata)');
    expect(fake.values('Rekap RW')).toEqual([['my own notes']]);
    const rekap = fake.values(ownedName(fake, 'rekapRw')!);
    expect(rekap[0]?.[0]).toBe('Rekap Pendataan per RW');
    expect(rekap[2]).toEqual(['No', 'RW', 'Baris', 'Sah', 'Tidak sah', 'Peringatan', 'Tanggal terakhir']);
    // 23 RW, the rows without RW, then Jumlah.
    // The date column: a fake's date cell is read in the test process's zone, not the script's
    // (Asia/Jakarta on Google), so only its form is checked here; core tests check the day.
    const total = listRows(rekap, 25)[24]!;
    expect(total.slice(0, 6)).toEqual(['', 'Jumlah', 307, 307, 0, 0]);
    expect(total[6]).toMatch(/^2006-03-\d\d$/);
    const daftar = fake.values(ownedName(fake, 'daftar')!);
    expect(daftar[2]).toEqual(['No', 'RW', 'Nama Kelompok', 'Jenis Kelompok', 'Tahun Berdiri', 'Jumlah Anggota', 'Nama Responden']);
    expect(listRows(daftar, 307).map((r) => r[0])).toEqual(Array.from({ length: 307 }, (_, i) => i + 1));
    const sheetsBefore = fake.sheetNames();
    // A rerun after rows were deleted: the same sheets, shorter, nothing left of the longer list.
    fake.spreadsheet.getSheetByName('Data')!.deleteRows(102, 207);
    expect(makeTablesIn(fake.spreadsheet, 'id', NOW).ok).toBe(true);
    expect(fake.sheetNames()).toEqual(sheetsBefore);
    const again = fake.values(ownedName(fake, 'daftar')!);
    expect(listRows(again, 100).map((r) => r[0])).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(again.length).toBeLessThan(110);
  });
});

describe('Rekap Pendataan from the menu', () => {
  test('with a Target sheet: target and share per RW, the RW not started named', () => {
    const fake = study();
    fake.seedSheet('Target', [['RW', 'Target'], ...Array.from({ length: 24 }, (_, i) => [i + 1, 15])]);
    const message = makeRekapIn(fake.spreadsheet, 'id', NOW);
    expect(message).toBe('Rekap dibuat dari 307 baris (307 sah, 0 tidak sah): lembar Rekap RW dan Rekap Petugas.');
    const rekap = fake.values(ownedName(fake, 'rekapRw')!);
    expect(rekap[2]?.slice(-2)).toEqual(['Target', 'Selesai (%)']);
    const rw7 = listRows(rekap, 26)[6]!;
    expect([...rw7.slice(0, 6), ...rw7.slice(7)]).toEqual([7, '7', 18, 18, 0, 0, 15, 120]);
    expect(rekap.flat()).toContain('RW belum didata: 24 (1 dari 24 RW dengan target).');
    // Only the Rekap: no tables, no Daftar Kelompok.
    expect(ownedRoles(fake).sort()).toEqual(['rekapPetugas', 'rekapRw']);
  });

  test('a Target sheet that cannot be used is said; the Rekap is made without targets', () => {
    const fake = study();
    fake.seedSheet('Target', [['RW', 'Sasaran'], [1, 'banyak']]);
    const message = makeRekapIn(fake.spreadsheet, 'en', NOW);
    expect(message).toContain('Target list: Row 2, column "Sasaran": "banyak" is not a whole number.');
    expect(fake.values(ownedName(fake, 'rekapRw')!)[2]).not.toContain('Target');
  });
});

describe('Bandingkan dengan Putaran Lalu', () => {
  test('the named sheet is the base round: counts per type and the groups, on two owned sheets', () => {
    const fake = study();
    const [header, ...rows] = studyRows();
    // The last round had five groups more, and one group this round typed again in capitals.
    fake.seedSheet('Putaran 2006', [header!, ...rows, ...rows.slice(0, 5).map((r) => r.map((v, j) => (j === 0 ? `OLD-${v}` : j === 1 ? `${v} Lama` : v)))]);
    fake.answerPrompts({ text: ' putaran 2006 ' });
    compareWithLastRound();
    expect(fake.records.toasts.at(-1)?.message).toBe(
      'Dibandingkan dengan "Putaran 2006": 0 kelompok baru, 5 hilang, 307 berlanjut, 0 tidak pasti. Lihat lembar Perbandingan dan Perubahan Kelompok.',
    );
    const counts = fake.values(ownedName(fake, 'compare')!);
    expect(counts[2]).toEqual(['No', 'Jenis Kelompok', 'Lalu (2006)', 'Kini (2006)', 'Perubahan', 'Baru', 'Hilang', 'Berlanjut']);
    expect(listRows(counts, 18)[17]).toEqual(['', 'Jumlah', 312, 307, -5, 0, 5, 307]);
    const groups = fake.values(ownedName(fake, 'compareGroups')!);
    expect(listRows(groups, 5).map((r) => [r[1], r[5]])).toEqual(Array.from({ length: 5 }, () => ['Hilang', 'lalu']));
  });

  test('Cancel changes nothing; an unknown sheet or the Data sheet itself is said with the sheets there are', () => {
    const fake = study();
    fake.answerPrompts({ text: 'x', button: 'CANCEL' }, { text: 'Putaran 1999' }, { text: 'data' });
    compareWithLastRound();
    expect(ownedRoles(fake)).toEqual([]);
    compareWithLastRound();
    expect(fake.records.toasts.at(-1)?.message).toBe('Lembar "Putaran 1999" tidak ada. Lembar yang ada: Sheet1, Data.');
    compareWithLastRound();
    expect(fake.records.toasts.at(-1)?.message).toBe('Lembar "Data" adalah lembar Data putaran kini; pilih lembar putaran lalu.');
  });
});
