/**
 * getLastRow counts formula cells and an ARRAYFORMULA's spill (test/fake: SheetModel.lastRow).
 * A coordinator's helper column must not send the next entry far below the data: it goes
 * right after the last row holding anything in the columns an entry is written to, found
 * under the lock with a number of calls that does not grow with the rows.
 */
import { submitGroup } from '../../src/addon/submit';
import { getEntry } from '../../src/addon/entries';
import { clearWorld, col, HEADERS, makeWorld, validInput } from './world';

afterEach(clearWorld);

/** A Data sheet of `n` saved entries with a helper column "Bantu" after the add-on's columns. */
function withHelper(n: number, helper: 'filled' | 'array'): ReturnType<typeof makeWorld> {
  const fake = makeWorld({ headers: [...HEADERS, 'Bantu'] });
  for (let i = 0; i < n; i++) submitGroup(validInput({ namaKelompok: `Kelompok ${i + 1}` }), `g-${i + 1}`);
  const sheet = fake.sheet('Data');
  const bantu = HEADERS.length + 1;
  if (helper === 'filled') {
    const letter = String.fromCharCode(64 + bantu);
    sheet.getRange(`${letter}2:${letter}1000`).setFormula(`=IF(B2="","",LEN(B2))`);
  } else {
    sheet.getRange(1, bantu).setFormula('=ARRAYFORMULA(IF(B1:B="","",LEN(B1:B)))');
  }
  expect(sheet.getLastRow()).toBe(1000);
  return fake;
}

test.each(['filled', 'array'] as const)('a helper column (%s formula) to row 1000: the next entry goes right under the data', (helper) => {
  const fake = withHelper(3, helper);
  const bantu = String.fromCharCode(65 + HEADERS.length);
  const helperFormulas = fake.formulas('Data', `${bantu}1:${bantu}1000`);
  expect(submitGroup(validInput({ namaKelompok: 'KUBE Maju' }), 'next')).toMatchObject({ ok: true, row: 5, already: false });
  expect(submitGroup(validInput({ namaKelompok: 'KUBE Jaya' }), 'after')).toMatchObject({ ok: true, row: 6 });
  expect(fake.values('Data', 'B5:B6')).toEqual([['KUBE Maju'], ['KUBE Jaya']]);
  expect(fake.sheet('Data').getMaxRows()).toBe(1000);
  // The helper column is never written: its formulas stay in every row.
  expect(fake.formulas('Data', `${bantu}1:${bantu}1000`)).toEqual(helperFormulas);
  // A retry still finds its row, and the entry reads back.
  expect(submitGroup(validInput({ namaKelompok: 'KUBE Maju' }), 'next')).toMatchObject({ row: 5, already: true });
  expect(getEntry('after')).toMatchObject({ row: 6 });
});

test('a row typed by hand without an ID below the saved ones is not written over', () => {
  const fake = withHelper(2, 'array');
  fake.sheet('Data').getRange(4, col('Nama Kelompok') + 1).setValue('Diketik tangan');
  expect(submitGroup(validInput(), 'next')).toMatchObject({ ok: true, row: 5 });
  expect(fake.values('Data', 'B4')).toEqual([['Diketik tangan']]);
});

test('finding that row costs the same calls for 2 entries and for 60', () => {
  const counts = [2, 60].map((n) => {
    const fake = withHelper(n, 'filled');
    fake.calls.reset();
    submitGroup(validInput({ namaKelompok: 'KUBE Maju' }), 'next');
    return fake.calls.total;
  });
  expect(counts[1]).toBe(counts[0]);
});
