/**
 * Before exporting: the five table sheets must exist (found by metadata, not by name), and
 * when the data changed since Buat Tabel the coordinator is asked whether to remake them.
 */
import { TABLES_KEY } from '../../src/addon/constants';
import { tablesFreshness } from '../../src/addon/freshness';
import { exportPdfIn } from '../../src/addon/pdf-export';
import { pageText, readPdfText } from '../report/pdf-inspect';
import { exportWorld, NOW, tableGids } from './world';

const NO_TABLES =
  'Tabel belum dibuat, atau ada lembar tabel yang terhapus. Jalankan Pranata › Buat Tabel dulu, lalu Ekspor PDF lagi.';

describe('missing table sheets', () => {
  test('tables never made: the message, no request', async () => {
    const w = await exportWorld({ makeTables: false });
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toEqual({ ok: false, reason: 'no-tables', message: NO_TABLES });
    expect(w.fake.records.alerts.map((a) => a.prompt)).toEqual([NO_TABLES]);
    expect(w.fake.calls.count('UrlFetchApp.fetch')).toBe(0);
    expect(w.drive.files()).toEqual([]);
  });

  test("the user's own sheets called Tabel 1..5 are not taken for the add-on's", async () => {
    const w = await exportWorld({ makeTables: false });
    for (let n = 1; n <= 5; n++) w.fake.seedSheet(`Tabel ${n}`, [['my own notes']]);
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'no-tables' });
    expect(w.fetch.requests).toEqual([]);
  });

  test('one table sheet deleted: the message, no request', async () => {
    const w = await exportWorld();
    w.ss.deleteSheet(w.ss.getSheetByName('Tabel 3')!);
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'no-tables' });
    expect(w.fetch.requests).toEqual([]);
  });

  test('English message', async () => {
    const w = await exportWorld({ makeTables: false });
    await exportPdfIn(w.ss, 'en', { clock: w.clock, now: NOW });
    expect(w.fake.records.alerts[0]!.prompt).toMatch(/^The tables have not been made.*Run Pranata › Make Tables first/);
  });
});

describe('stale tables', () => {
  async function staleWorld() {
    const w = await exportWorld();
    // A volunteer renames a group after the tables were made.
    w.ss.getSheetByName('Data')!.getRange(2, 2).setValue('Kelompok yang diganti namanya');
    w.fake.calls.reset();
    return w;
  }

  test('fresh tables: no question', async () => {
    const w = await exportWorld();
    await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(w.fake.records.alerts).toEqual([]);
  });

  test('the question is asked, with when the tables were made', async () => {
    const w = await staleWorld();
    w.fake.answerAlerts('CANCEL');
    await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(w.fake.records.alerts).toHaveLength(1);
    const alert = w.fake.records.alerts[0]!;
    expect(alert).toMatchObject({ title: 'Ekspor PDF', buttons: 'YES_NO_CANCEL' });
    // Made at NOW, shown on the spreadsheet's clock (Asia/Jakarta, UTC+7).
    const jakarta = new Date(NOW.getTime() + 7 * 3600_000);
    const hhmm = `${String(jakarta.getUTCHours()).padStart(2, '0')}.${String(jakarta.getUTCMinutes()).padStart(2, '0')}`;
    expect(alert.prompt).toContain(`sudah berubah sejak tabel dibuat (${jakarta.getUTCDate()} Juni 2006, ${hhmm} WIB)`);
    expect(alert.prompt).toContain('Buat ulang tabel dulu?');
  });

  test('Cancel: nothing exported, nothing saved, nothing else said', async () => {
    const w = await staleWorld();
    w.fake.answerAlerts('CANCEL');
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(w.fetch.requests).toEqual([]);
    expect(w.drive.files()).toEqual([]);
    expect(w.fake.records.alerts).toHaveLength(1);
  });

  test('closing the question counts as Cancel', async () => {
    const w = await staleWorld();
    w.fake.answerAlerts('CLOSE');
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(w.fetch.requests).toEqual([]);
  });

  test('No: the tables as they are are exported, not rewritten', async () => {
    const w = await staleWorld();
    w.fake.answerAlerts('NO');
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: true, pages: 10 });
    expect(w.fake.calls.count('Range.setValues')).toBe(0);
    expect(tablesFreshness(w.ss, 'id', NOW).fresh).toBe(false);
  });

  test('Yes: the tables are remade and flushed, then exported', async () => {
    const w = await staleWorld();
    w.fake.answerAlerts('YES');
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: true, pages: 10 });
    expect(tablesFreshness(w.ss, 'id', NOW).fresh).toBe(true);
    // Remade in place: the same nine sheets, exported in order.
    expect(tableGids(w.fake)).toEqual(w.gids);
    expect(w.fetch.requests.map((r) => Number(new URL(r.url).searchParams.get('gid')))).toEqual(w.gids);
    const log = w.fake.calls.log;
    const lastWrite = log.lastIndexOf('Range.setValues');
    const firstFetch = log.indexOf('UrlFetchApp.fetch');
    expect(lastWrite).toBeGreaterThan(0);
    expect(log.slice(lastWrite, firstFetch)).toContain('SpreadsheetApp.flush');
  });

  test('Yes, but the tables cannot be made (no Data sheet): that message, no request', async () => {
    const w = await exportWorld();
    w.ss.deleteSheet(w.ss.getSheetByName('Data')!);
    w.fake.answerAlerts('YES');
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'tables-failed' });
    expect(w.fake.records.alerts[1]!.prompt).toContain('Lembar "Data" tidak ditemukan');
    expect(w.fetch.requests).toEqual([]);
  });

  test('no record of when the tables were made: asked too', async () => {
    const w = await exportWorld();
    w.fake.ctx.properties.document.delete(TABLES_KEY);
    w.fake.answerAlerts('NO');
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(w.fake.records.alerts[0]!.prompt).toMatch(/^Tidak tercatat kapan tabel dibuat/);
    expect(out).toMatchObject({ ok: true });
    // The cover cannot say how many groups the tables counted, and shows a dash.
    const cover = pageText(readPdfText(w.drive.files()[0]!.bytes).pages[0]!);
    expect(cover).toContain('Kelompok terdata: – · sah: – · tidak sah: –');
  });
});
