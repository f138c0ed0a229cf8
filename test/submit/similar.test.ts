/**
 * The sidebar's question before saving: does the entry look like a group already in the sheet
 * (same normalised name, type and RW: the core's duplicate key)? One read of the key columns.
 */
import { findSimilarGroup } from '../../src/addon/similar';
import { submitGroup } from '../../src/addon/submit';
import { clearWorld, makeWorld, validInput } from './world';

afterAll(clearWorld);

describe('findSimilarGroup', () => {
  it('names the first row with the same name (any case and spacing), type (any alias) and RW', () => {
    const fake = makeWorld();
    expect(submitGroup(validInput(), 'c-1')).toMatchObject({ ok: true, row: 2 });
    expect(submitGroup(validInput({ namaKelompok: 'KUBE Maju', jenisKelompok: 'KUBE' }), 'c-2')).toMatchObject({ ok: true, row: 3 });
    fake.calls.reset();
    const found = findSimilarGroup(validInput({ namaKelompok: 'dasa  wisma MAWAR', jenisKelompok: 'Dasa Wisma' }), 'c-3');
    expect(found).toEqual({ row: 2, id: 'c-1', namaKelompok: 'Dasa Wisma Mawar', jenisKelompok: 'Dasa Wisma', rw: '3' });
    expect(fake.calls.count('Range.getValues')).toBeLessThanOrEqual(3);
  });

  it('says nothing for another RW, another type, an entry not yet valid, or the entry itself saved by an earlier try', () => {
    makeWorld();
    submitGroup(validInput(), 'c-1');
    expect(findSimilarGroup(validInput({ rw: '4' }), 'c-2')).toBeNull();
    expect(findSimilarGroup(validInput({ jenisKelompok: 'Posyandu' }), 'c-2')).toBeNull();
    expect(findSimilarGroup(validInput({ tahunBerdiri: 'dulu' }), 'c-2')).toBeNull();
    expect(findSimilarGroup(validInput(), 'c-1')).toBeNull();
  });

  it('finds a row typed by hand without an ID, and gives no id to open', () => {
    const fake = makeWorld();
    submitGroup(validInput(), 'c-1');
    fake.sheet('Data').getRange(2, 1).setValue('');
    expect(findSimilarGroup(validInput(), 'c-2')).toMatchObject({ row: 2, id: null });
  });
});
