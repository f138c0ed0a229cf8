/**
 * Ekspor PDF over the fake: the five table sheets exported through the (fake) endpoint,
 * merged behind a cover into one PDF in (fake) Drive, and the dialog with its link.
 */
import { PDFDocument } from 'pdf-lib';
import { exportPdf, exportPdfIn } from '../../src/addon/pdf-export';
import { EXPORT_PARAMS } from '../../src/addon/pdf/export-url';
import { pageText, readPdfText } from '../report/pdf-inspect';
import { exportWorld, parseExportUrl } from './world';

/** 09:15 in Jakarta (UTC+7), whatever time zone the tests run in. */
const NOW = new Date('2006-06-30T02:15:00Z');

describe('exportPdfIn', () => {
  test('one PDF in Drive: the cover, then every page of Tabel 1..9 in order', async () => {
    const w = await exportWorld({ pagesPerTable: [1, 2, 1, 1, 1] });
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });

    expect(out).toMatchObject({ ok: true, name: 'Laporan WKSBM Cibeureum 2006.pdf', pages: 11 });
    const files = w.drive.files();
    expect(files).toHaveLength(1);
    const file = files[0]!;
    expect(file.name).toBe('Laporan WKSBM Cibeureum 2006.pdf');
    expect(file.mimeType).toBe('application/pdf');

    const doc = await PDFDocument.load(file.bytes);
    expect(doc.getPageCount()).toBe(1 + 10);
    const text = readPdfText(file.bytes);
    const pages = text.pages.map(pageText);
    const [g1, g2, ...rest] = w.gids;
    expect(pages.slice(1)).toEqual([`gid=${g1} page 1`, `gid=${g2} page 1`, `gid=${g2} page 2`, ...rest.map((g) => `gid=${g} page 1`)]);
    const cover = pages[0]!;
    expect(cover).toContain('Profil Pranata Sosial');
    expect(cover).toContain('Kelurahan Cibeureum');
    expect(cover).toContain('Tahun pendataan 2006');
    expect(cover).toMatch(/Kelompok terdata: 307 · sah: \d+ · tidak sah: \d+/);
    // The spreadsheet's time zone is Asia/Jakarta.
    expect(cover).toContain('Dibuat 30 Juni 2006, 09.15 WIB');
    // Tabel 3 starts on page 5 because Tabel 2 took two pages.
    expect(cover).toMatch(/Tabel 3 [.\s]*halaman 5/);
    expect(text.info.Title).toBe('Laporan WKSBM Cibeureum 2006');
  });

  test('each request asks for the sheet with the report print settings and the bearer token', async () => {
    const w = await exportWorld();
    await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });

    expect(w.fetch.requests).toHaveLength(9);
    w.fetch.requests.forEach((request, i) => {
      const url = parseExportUrl(request.url);
      expect(url.host).toBe('docs.google.com');
      expect(url.path).toBe(`/spreadsheets/d/${w.ss.getId()}/export`);
      expect(url.params).toEqual({ ...EXPORT_PARAMS, gid: String(w.gids[i]) });
      expect(url.params).toMatchObject({
        format: 'pdf', size: 'A4', portrait: 'true', fitw: 'true', gridlines: 'false', sheetnames: 'false',
        printtitle: 'false', pagenum: 'CENTER', fzr: 'false',
      });
      expect(request.method).toBe('get');
      expect(request.headers).toEqual({ Authorization: 'Bearer fake-oauth-token' });
      expect(request.muteHttpExceptions).toBe(true);
    });
  });

  test('flushes before the first export request', async () => {
    const w = await exportWorld();
    await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    const log = w.fake.calls.log;
    expect(log.indexOf('SpreadsheetApp.flush')).toBeGreaterThanOrEqual(0);
    expect(log.indexOf('SpreadsheetApp.flush')).toBeLessThan(log.indexOf('UrlFetchApp.fetch'));
    expect(w.fake.calls.count('UrlFetchApp.fetch')).toBe(9);
    expect(w.fake.calls.count('DriveApp.createFile')).toBe(1);
  });

  test('shows a dialog linking to the file, and no alert', async () => {
    const w = await exportWorld();
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    if (!out.ok) throw new Error(out.message);
    expect(w.fake.records.alerts).toEqual([]);
    expect(w.fake.records.shown).toHaveLength(1);
    const dialog = w.fake.records.shown[0]!;
    expect(dialog).toMatchObject({ kind: 'modal', title: 'Ekspor PDF' });
    expect(out.url).toBe(`https://drive.google.com/file/d/${out.fileId}/view?usp=drivesdk`);
    expect(dialog.content).toContain(`<a href="${out.url}" target="_blank" rel="noopener">Buka PDF</a>`);
    expect(dialog.content).toContain('<b>Laporan WKSBM Cibeureum 2006.pdf</b> (10 halaman)');
  });

  test('a kelurahan with characters Helvetica lacks still makes a cover, and the file name keeps them', async () => {
    const w = await exportWorld();
    w.fake.ctx.properties.document.set(
      'pranata.settings',
      JSON.stringify({ kelurahan: 'Cibeureum <Ā≤>', surveyYear: 2006, ageYears: 10, membersSmall: 10, membersLarge: 20 }),
    );
    // The settings changed, so the tables are stale: export them as they are.
    w.fake.answerAlerts('NO');
    const out = await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    expect(out).toMatchObject({ ok: true, name: 'Laporan WKSBM Cibeureum <Ā≤> 2006.pdf' });
    const cover = pageText(readPdfText(w.drive.files()[0]!.bytes).pages[0]!);
    expect(cover).toContain('Kelurahan Cibeureum <A?>');
    // The name is escaped in the dialog.
    expect(w.fake.records.shown[0]!.content).toContain('<b>Laporan WKSBM Cibeureum &lt;Ā≤&gt; 2006.pdf</b>');
  });

  test('English: the cover and the dialog follow the language', async () => {
    const w = await exportWorld();
    await exportPdfIn(w.ss, 'en', { clock: w.clock, now: NOW });
    const cover = pageText(readPdfText(w.drive.files()[0]!.bytes).pages[0]!);
    expect(cover).toContain('Profile of Social Institutions');
    expect(cover).toContain('Survey year 2006');
    expect(cover).toMatch(/Generated 30 June 2006, 09:15 WIB/);
    expect(w.fake.records.shown[0]).toMatchObject({ title: 'Export PDF' });
    expect(w.fake.records.shown[0]!.content).toContain('Open the PDF');
  });

  test('the PDF carries the given moment as its dates, and says who made it', async () => {
    const w = await exportWorld();
    await exportPdfIn(w.ss, 'id', { clock: w.clock, now: NOW });
    const doc = await PDFDocument.load(w.drive.files()[0]!.bytes, { updateMetadata: false });
    expect(doc.getCreationDate()?.getTime()).toBe(NOW.getTime());
    expect(doc.getModificationDate()?.getTime()).toBe(NOW.getTime());
    expect(doc.getProducer()).toBe('Pranata (pdf-lib)');
  });
});

describe('exportPdf (the menu entry)', () => {
  test('exports with the real clock and the user language', async () => {
    const w = await exportWorld();
    await exportPdf();
    expect(w.drive.files()).toHaveLength(1);
    expect(w.fake.records.shown[0]).toMatchObject({ title: 'Ekspor PDF' });
  });

  test('an unexpected exception is shown, not left in a rejected promise', async () => {
    const w = await exportWorld();
    const scriptApp = w.fake.globals.ScriptApp as { getOAuthToken: () => string };
    scriptApp.getOAuthToken = () => {
      throw w.fake.ctx.error('Authorization is required to perform that action');
    };
    await expect(exportPdf()).resolves.toBeUndefined();
    expect(w.fake.records.alerts.map((a) => a.prompt)).toEqual(['Authorization is required to perform that action.']);
    expect(w.drive.files()).toEqual([]);
  });
});
