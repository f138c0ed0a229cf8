/**
 * When Google does not hand over a sheet's PDF: 429/5xx are retried with growing waits inside
 * the time budget; anything else stops at once with a message, and Drive is left untouched.
 */
import { EXPORT_DEADLINE_MS, exportPdfIn } from '../../src/addon/pdf-export';
import { exportWorld, NOW, servePdfs } from './world';

const NOTHING = 'Tidak ada berkas yang dibuat.';

describe('retries', () => {
  test('a 429 then 200 succeeds after one wait of 1 s', async () => {
    const w = await exportWorld();
    w.fetch.answer({ status: 429, body: 'Too Many Requests' });
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: true, pages: 10 });
    expect(w.fake.records.sleeps).toEqual([1000]);
    expect(w.fetch.requests).toHaveLength(10);
    // The retried request is the same one.
    expect(w.fetch.requests[1]!.url).toBe(w.fetch.requests[0]!.url);
    expect(w.drive.files()).toHaveLength(1);
    expect(w.fake.records.alerts).toEqual([]);
  });

  test('5xx are retried too, waiting twice as long each time', async () => {
    const w = await exportWorld();
    w.fetch.answer({ status: 503 }, { status: 500 }, { status: 502 });
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out.ok).toBe(true);
    expect(w.fake.records.sleeps).toEqual([1000, 2000, 4000]);
  });

  test('a Retry-After longer than the next wait is honoured', async () => {
    const w = await exportWorld();
    w.fetch.answer({ status: 429, headers: { 'Retry-After': '7' } });
    await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(w.fake.records.sleeps).toEqual([7000]);
  });

  test('still 429 after five tries: a message, no file', async () => {
    const w = await exportWorld();
    w.fetch.respondWith(() => ({ status: 429 }));
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'fetch-failed' });
    expect(w.fetch.requests).toHaveLength(5);
    expect(w.fake.records.sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect(w.drive.files()).toEqual([]);
    expect(w.fake.records.alerts).toHaveLength(1);
    expect(w.fake.records.alerts[0]!.prompt).toBe(
      `Google sedang sibuk (HTTP 429) dan masih menolak ekspor Tabel 1 setelah 5 percobaan. Coba lagi beberapa menit lagi. ${NOTHING}`,
    );
  });

  test('no wait runs past the deadline', async () => {
    const w = await exportWorld();
    const serve = servePdfs(w.served);
    // Tabel 1..4 arrive, the last one 1.5 s before the deadline; Tabel 5 is refused with 429.
    w.fetch.respondWith((request, i) => {
      if (i === 3) w.clock.t = EXPORT_DEADLINE_MS - 1500;
      return i < 4 ? serve(request) : { status: 429 };
    });
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    // 1 s fits before the deadline, the next 2 s would not: it gives up instead of sleeping.
    expect(w.fake.records.sleeps).toEqual([1000]);
    expect(w.clock.t).toBeLessThan(EXPORT_DEADLINE_MS);
    expect(out).toMatchObject({ ok: false, reason: 'fetch-failed' });
    expect(w.fake.records.alerts[0]!.prompt).toContain('Tabel 5 setelah 2 percobaan');
    expect(w.drive.files()).toEqual([]);
  });

  test('slow answers: no request starts after the deadline', async () => {
    const w = await exportWorld();
    const serve = servePdfs(w.served);
    const starts: number[] = [];
    w.fetch.respondWith((request) => {
      starts.push(w.clock.t);
      w.clock.t += 70_000;
      return serve(request);
    });
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(starts).toEqual([0, 70_000, 140_000, 210_000]);
    expect(out).toMatchObject({ ok: false, reason: 'fetch-failed' });
    expect(w.fake.records.alerts[0]!.prompt).toBe(
      `Ekspor dihentikan sebelum Tabel 5 agar tidak melewati batas waktu Apps Script (6 menit). Coba lagi nanti. ${NOTHING}`,
    );
    expect(w.drive.files()).toEqual([]);
  });
});

describe('final failures', () => {
  test('a 403 stops at once: no retry, no file, the message says why', async () => {
    const w = await exportWorld();
    const serve = servePdfs(w.served);
    w.fetch.respondWith((request, i) => (i === 2 ? { status: 403, body: '<html>Forbidden</html>' } : serve(request)));
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'fetch-failed' });
    expect(w.fetch.requests).toHaveLength(3);
    expect(w.fake.records.sleeps).toEqual([]);
    expect(w.drive.files()).toEqual([]);
    expect(w.fake.calls.count('DriveApp.createFile')).toBe(0);
    expect(w.fake.records.shown).toEqual([]);
    expect(w.fake.records.alerts).toHaveLength(1);
    expect(w.fake.records.alerts[0]).toMatchObject({ title: 'Ekspor PDF', buttons: 'OK' });
    expect(w.fake.records.alerts[0]!.prompt).toContain('Google menolak ekspor Tabel 3 (HTTP 403)');
    expect(w.fake.records.alerts[0]!.prompt).toContain(NOTHING);
  });

  test('the 403 message in English', async () => {
    const w = await exportWorld();
    w.fetch.answer({ status: 403 });
    await exportPdfIn(w.ss, 'en', { clock: w.clock, now: NOW });
    expect(w.fake.records.alerts[0]!.prompt).toMatch(/^Google refused to export Table 1 \(HTTP 403\).*No file was made\.$/);
  });

  test.each([
    [404, 'Google tidak menemukan Tabel 1 (HTTP 404)'],
    [400, 'Google menolak ekspor Tabel 1 (HTTP 400).'],
  ])('HTTP %i: its own message, no file', async (status, message) => {
    const w = await exportWorld();
    w.fetch.answer({ status });
    await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(w.fetch.requests).toHaveLength(1);
    expect(w.fake.records.alerts[0]!.prompt).toContain(message);
    expect(w.drive.files()).toEqual([]);
  });

  test('HTTP 200 that is not a PDF (a sign-in page): a message, no file', async () => {
    const w = await exportWorld();
    w.fetch.answer({ status: 200, body: '<!doctype html><title>Sign in</title>', headers: { 'Content-Type': 'text/html' } });
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'fetch-failed' });
    expect(w.fake.records.alerts[0]!.prompt).toContain('Google tidak mengirim PDF untuk Tabel 1');
    expect(w.drive.files()).toEqual([]);
  });

  test('UrlFetchApp throwing (network, quota): a message with its text, no file', async () => {
    const w = await exportWorld();
    w.fetch.respondWith(() => {
      throw w.fake.ctx.error('Service invoked too many times for one day: urlfetch');
    });
    await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(w.fake.records.alerts[0]!.prompt).toBe(
      `Google tidak dapat dihubungi saat mengekspor Tabel 1: Service invoked too many times for one day: urlfetch. ${NOTHING}`,
    );
    expect(w.drive.files()).toEqual([]);
  });

  test('a PDF that pdf-lib cannot read: a merge message, no file', async () => {
    const w = await exportWorld();
    w.fetch.answer({ status: 200, body: '%PDF-1.4\nbroken' });
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'merge-failed' });
    expect(w.fake.records.alerts[0]!.prompt).toMatch(/^PDF dari Google tidak dapat digabung: .+ Tidak ada berkas yang dibuat\.$/);
    expect(w.drive.files()).toEqual([]);
  });

  test('Drive refusing the file: a message, and nothing stored', async () => {
    const w = await exportWorld();
    w.drive.failNextCreate = 'Drive storage quota exceeded';
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: false, reason: 'save-failed' });
    expect(w.fake.records.alerts[0]!.prompt).toBe(
      `PDF tidak dapat disimpan ke Google Drive: Drive storage quota exceeded. ${NOTHING}`,
    );
    expect(w.drive.records).toEqual([]);
    expect(w.fake.records.shown).toEqual([]);
  });
});
