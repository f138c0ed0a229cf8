/**
 * Ekspor PDF draws the report from the Data sheet itself. With the Data sheet broken, it says
 * why (the same reason Buat Tabel gives), shows no dialog and changes no cell of the sheet.
 */
import { exportPdf } from '../../src/addon/pdf-export';
import type { FakeGas } from '../fake';
import { exportWorld, type World } from '../pdf-export/world';
import { cells } from './world';

type Break = (fake: FakeGas) => void;

const BREAKS: Array<[string, Break, string]> = [
  ['the Data sheet deleted', (f) => f.spreadsheet.deleteSheet(f.spreadsheet.getSheetByName('Data')!), 'Lembar "Data" tidak ditemukan'],
  [
    'a required column deleted',
    (f) => f.sheet('Data').deleteColumns(f.values('Data')[0]!.indexOf('Jumlah Anggota') + 1, 1),
    'Kolom wajib tidak ditemukan: "Jumlah Anggota"',
  ],
  [
    'a header duplicated',
    (f) => f.seedSheet('Data', [['Tujuan']], { startColumn: f.values('Data')[0]!.length + 1 }),
    'Kolom "Tujuan" muncul lebih dari sekali',
  ],
  ['merged header cells', (f) => f.sheet('Data').getRange('B1:C1').merge(), 'sel yang digabung (B1:C1)'],
];

function broken(b: Break): World {
  const w = exportWorld();
  b(w.fake);
  return w;
}

describe('Ekspor PDF after the Data sheet broke', () => {
  test.each(BREAKS)('%s: the reason in an alert, no dialog, no file, Data unchanged', async (_what, b, reason) => {
    const w = broken(b);
    const before = w.fake.sheetNames().includes('Data') ? cells(w.fake) : null;
    await exportPdf();
    expect(w.fake.records.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining(reason)]);
    expect(w.fake.records.shown).toEqual([]);
    expect(w.drive.files()).toEqual([]);
    if (before !== null) expect(cells(w.fake)).toEqual(before);
  });
});
