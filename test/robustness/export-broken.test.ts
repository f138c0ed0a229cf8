/**
 * Ekspor PDF reads the Data sheet for one thing: whether the tables are still what the data
 * says. With the Data sheet broken after the tables were made, the export asks (the data
 * cannot be matched); Yes tries to remake the tables and shows why it cannot, with no request
 * to Google and no file; No exports the tables as they are. The Data sheet is never changed.
 */
import { exportPdfIn } from '../../src/addon/pdf-export';
import type { FakeGas } from '../fake';
import { exportWorld, NOW, type World } from '../pdf-export/world';
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

async function broken(b: Break): Promise<World> {
  const w = await exportWorld();
  b(w.fake);
  return w;
}

describe('Ekspor PDF after the Data sheet broke', () => {
  test.each(BREAKS)('%s, Yes (remake first): the reason, no request, no file, Data unchanged', async (_what, b, reason) => {
    const w = await broken(b);
    const before = w.fake.sheetNames().includes('Data') ? cells(w.fake) : null;
    w.fake.answerAlerts('YES');
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'tables-failed' });
    const [question, failure] = w.fake.records.alerts;
    expect(question?.prompt).toContain('Buat ulang tabel dulu?');
    expect(failure?.prompt).toContain(reason);
    expect(w.fetch.requests).toEqual([]);
    expect(w.drive.files()).toEqual([]);
    if (before !== null) expect(cells(w.fake)).toEqual(before);
  });

  test.each(BREAKS)('%s, No: the tables as they are are exported', async (_what, b) => {
    const w = await broken(b);
    w.fake.answerAlerts('NO');
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: true, pages: 10 });
    expect(w.drive.files()).toHaveLength(1);
  });
});
