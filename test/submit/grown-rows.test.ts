/**
 * Rows Sheets adds after a row take that row's formats (test/fake: SheetModel.inheritRows).
 * A full Data sheet grown after a row Periksa Data marked red must not turn the new rows, and
 * the entry saved into them, red: the add-on clears its own marks there, and only its own.
 */
import { checkDataIn } from '../../src/addon/check';
import { MARK_COLOURS, NOTE_MARK } from '../../src/addon/marks';
import { submitGroup } from '../../src/addon/submit';
import { clearWorld, col, HEADERS, makeWorld, validInput } from './world';

afterEach(clearWorld);

const PERSON_GREEN = '#b7e1cd';

function markedFullSheet(): ReturnType<typeof makeWorld> {
  const fake = makeWorld();
  expect(submitGroup(validInput(), 'first')).toMatchObject({ ok: true, row: 2 });
  const sheet = fake.sheet('Data');
  // A volunteer types words into Jumlah Anggota; Periksa Data marks the cell.
  sheet.getRange(2, col('Jumlah Anggota') + 1).setValue('dua puluh');
  // A coordinator colours a cell of that row by hand: that colour is theirs, not a mark.
  sheet.getRange(2, col('Catatan') + 1).setBackground(PERSON_GREEN);
  expect(checkDataIn(fake.spreadsheet, 'id')).toMatchObject({ ok: true });
  expect(fake.backgrounds('Data', 'A2:Z2')[0]![col('Jumlah Anggota')]).toBe(MARK_COLOURS.error);
  fake.setSheetSize('Data', 2, HEADERS.length);
  return fake;
}

test('a full sheet grown after a marked row: the new rows and the next entry carry none of the add-on\'s marks', () => {
  const fake = markedFullSheet();
  const before = fake.values('Data', 'A2:V2');
  expect(submitGroup(validInput({ namaKelompok: 'KUBE Maju' }), 'second')).toMatchObject({ ok: true, row: 3 });
  const sheet = fake.sheet('Data');
  expect(sheet.getMaxRows()).toBeGreaterThan(3);
  const width = HEADERS.length;
  const grown = fake.backgrounds('Data', `A3:${String.fromCharCode(64 + width)}${sheet.getMaxRows()}`);
  const ours = new Set<string>(Object.values(MARK_COLOURS));
  expect(grown.flat().filter((bg) => ours.has(bg))).toEqual([]);
  expect(fake.notes('Data', `A3:V3`).flat().filter((n) => n.includes(NOTE_MARK))).toEqual([]);
  // The coordinator's own colour is inherited like any format, and left alone.
  expect(grown[0]![col('Catatan')]).toBe(PERSON_GREEN);
  // The marked row itself keeps its mark, its note and every value typed into it.
  expect(fake.backgrounds('Data', 'A2:V2')[0]![col('Jumlah Anggota')]).toBe(MARK_COLOURS.error);
  expect(fake.notes('Data', 'A2:V2')[0]![col('Jumlah Anggota')]).toContain(NOTE_MARK);
  expect(fake.values('Data', 'A2:V2')).toEqual(before);
});

test('an entry written into a row that carries an old mark of the add-on (not grown this time) loses that mark', () => {
  const fake = markedFullSheet();
  // Grown earlier, before the add-on cleaned grown rows: row 3 inherited the red.
  fake.sheet('Data').insertRowsAfter(2, 5);
  expect(fake.backgrounds('Data', 'A3:V3')[0]![col('Jumlah Anggota')]).toBe(MARK_COLOURS.error);
  expect(submitGroup(validInput({ namaKelompok: 'KUBE Maju' }), 'second')).toMatchObject({ ok: true, row: 3 });
  expect(fake.backgrounds('Data', 'A3:V3')[0]![col('Jumlah Anggota')]).toBe('#ffffff');
  expect(fake.backgrounds('Data', 'A3:V3')[0]![col('Catatan')]).toBe(PERSON_GREEN);
});
