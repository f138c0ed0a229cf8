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
import { installFake, ownedName, storeSettings, studyRows } from './env';

function world(): ReturnType<typeof installFake> {
  const fake = installFake({ sheetNames: ['Data'] });
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
