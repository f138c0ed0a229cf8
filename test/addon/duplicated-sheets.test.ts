/**
 * A coordinator duplicates the Data sheet or a table sheet and drags the copy in front. The
 * fake copies the sheet's developer metadata (undocumented; test/fake: duplicateSheet), so
 * the copy claims the same role. The sheet id kept in a document property wins, entries and
 * tables keep going to the original, and the coordinator is told, naming both sheets.
 */
import { makeTables, setupDataSheet } from '../../src/addon/menu-actions';
import { SHEET_IDS_KEY } from '../../src/addon/constants';
import { submitGroup } from '../../src/addon/submit';
import { col, validInput } from '../submit/world';
import { checkDataIn } from '../../src/addon/check';
import { setupDataSheetIn } from '../../src/addon/setup';
import type { FakeGasOptions } from '../fake';
import { installFake, NOW, ownedName, storeSettings, studyRows } from './env';

function world(options: FakeGasOptions = {}): ReturnType<typeof installFake> {
  const fake = installFake({ sheetNames: ['Data'], ...options });
  fake.seedSheet('Data', studyRows());
  storeSettings(fake);
  setupDataSheet();
  return fake;
}

/** Duplicates sheet `name` and drags the copy to the first tab. */
function duplicateToFront(fake: ReturnType<typeof installFake>, name: string): string {
  fake.spreadsheet.setActiveSheet(fake.sheet(name));
  const copy = fake.spreadsheet.duplicateActiveSheet();
  fake.spreadsheet.moveActiveSheet(1);
  expect(fake.sheetNames()[0]).toBe(copy.getName());
  return copy.getName();
}

test('a copy of Data moved in front: the next entry still goes into Data, and the coordinator is told', () => {
  const fake = world();
  const copy = duplicateToFront(fake, 'Data');
  const rowsBefore = fake.sheet(copy).getLastRow();
  const saved = submitGroup(validInput({ namaKelompok: 'KUBE Maju' }), 'dup-1');
  expect(saved).toMatchObject({ ok: true, already: false });
  const row = saved.ok ? saved.row : 0;
  expect(fake.values('Data')[row - 1]![col('Nama Kelompok')]).toBe('KUBE Maju');
  expect(fake.sheet(copy).getLastRow()).toBe(rowsBefore);
  const told = fake.records.toasts.map((t) => t.message).find((m) => m.includes(copy));
  expect(told).toContain('"Data"');
  expect(told).toContain(`"${copy}"`);
});

test('a copy of Tabel 1 moved in front: Buat Tabel rewrites the original, not the copy', () => {
  const fake = world();
  makeTables();
  const t1 = ownedName(fake, 'T1')!;
  const copy = duplicateToFront(fake, t1);
  fake.sheet(copy).getRange('A1').setValue('salinan saya');
  makeTables();
  expect(fake.values(copy, 'A1')).toEqual([['salinan saya']]);
  expect(fake.values(t1, 'A1')).not.toEqual([['salinan saya']]);
  expect(fake.records.toasts.map((t) => t.message).some((m) => m.includes(`"${copy}"`) && m.includes(`"${t1}"`))).toBe(true);
});

test('two sheets claim Data and neither is the stored one (made before ids were kept): nothing is written, and the coordinator is told', () => {
  const fake = world();
  const copy = duplicateToFront(fake, 'Data');
  fake.ctx.properties.document.delete(SHEET_IDS_KEY);
  const [data, copied] = [fake.snapshot('Data'), fake.snapshot(copy)];
  expect(submitGroup(validInput(), 'dup-2')).toMatchObject({ ok: false, kind: 'no_sheet' });
  expect([fake.snapshot('Data'), fake.snapshot(copy)]).toEqual([data, copied]);
  const told = fake.records.toasts.map((t) => t.message).find((m) => m.includes(`"${copy}"`));
  expect(told).toContain('"Data"');
});

describe('two sheets claim Data and neither is the stored one: the answer names both and says what to do', () => {
  function disputed(lang: 'id' | 'en' = 'id'): { fake: ReturnType<typeof installFake>; copy: string } {
    const fake = world({ activeUserLocale: lang });
    const copy = duplicateToFront(fake, 'Data');
    fake.ctx.properties.document.delete(SHEET_IDS_KEY);
    return { fake, copy };
  }

  test.each([
    ['id', 'Hapus lembar salinannya'],
    ['en', 'Delete the copy'],
  ] as const)('an entry from the sidebar (%s)', (lang, todo) => {
    const { copy } = disputed(lang);
    const out = submitGroup(validInput(), 'dup-3');
    expect(out).toMatchObject({ ok: false, kind: 'no_sheet' });
    const message = out.ok ? '' : 'message' in out ? out.message : '';
    expect(message).toContain('"Data"');
    expect(message).toContain(`"${copy}"`);
    expect(message).toContain(todo);
    expect(message).not.toMatch(/tidak ditemukan|not found/);
  });

  test('Periksa Data', () => {
    const { fake, copy } = disputed();
    const before = [fake.snapshot('Data'), fake.snapshot(copy)];
    const out = checkDataIn(fake.spreadsheet, 'id', NOW);
    expect(out.ok).toBe(false);
    const message = out.ok ? '' : out.message;
    expect(message).toContain(`"${copy}"`);
    expect(message).toContain('"Data"');
    expect(message).not.toContain('tidak ditemukan');
    expect([fake.snapshot('Data'), fake.snapshot(copy)]).toEqual(before);
  });

  test('Siapkan Lembar Data writes to neither and says so', () => {
    const { fake, copy } = disputed();
    const before = [fake.snapshot('Data'), fake.snapshot(copy)];
    const out = setupDataSheetIn(fake.spreadsheet, 'en', NOW);
    expect(out.ok).toBe(false);
    const message = out.ok ? '' : out.message;
    expect(message).toContain(`"${copy}"`);
    expect(message).toContain('Delete the copy');
    expect([fake.snapshot('Data'), fake.snapshot(copy)]).toEqual(before);
  });

  test('once the copy is deleted, the one left is the Data sheet again', () => {
    const { fake, copy } = disputed();
    fake.spreadsheet.deleteSheet(fake.sheet(copy));
    expect(submitGroup(validInput({ namaKelompok: 'KUBE Sesudah' }), 'dup-4')).toMatchObject({ ok: true, already: false });
  });
});
