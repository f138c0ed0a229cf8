/**
 * Ekspor PDF over the fake (sources under jest): one read of the Data sheet, the report drawn
 * by src/report, one dialog offering the download and the Drive save. What it reads and
 * calls does not grow with the rows; what fails says why, and no dialog is left half made.
 */
import { TABLE_IDS } from '../../src/core';
import { exportPdf, exportPdfIn } from '../../src/addon/pdf-export';
import { studyRows } from '../addon/env';
import { lines, pageText, readPdfText } from '../report/pdf-inspect';
import { dialogPdf, exportWorld, NOW } from './world';

describe('exportPdfIn', () => {
  test('the study: the whole report in the dialog, named for the download', async () => {
    const w = exportWorld();
    const out = await exportPdfIn(w.ss, 'id', { now: NOW });
    expect(out).toMatchObject({ ok: true, name: 'Laporan WKSBM Cibeureum 2006.pdf', replaced: 0 });
    expect(w.fake.records.shown).toHaveLength(1);
    const shown = w.fake.records.shown[0]!;
    expect(shown).toMatchObject({ kind: 'modal', title: 'Ekspor PDF' });
    const pdf = dialogPdf(shown.content);
    expect(pdf.name).toBe('Laporan WKSBM Cibeureum 2006.pdf');
    if (!out.ok) throw new Error(out.message);
    expect(Buffer.from(pdf.bytes).equals(Buffer.from(out.bytes))).toBe(true);
    const text = readPdfText(pdf.bytes);
    expect(out.pages).toBe(text.numPages);
    // Every table of the survey has its section, in order, then the data-quality page last.
    const firstPageOf = (title: string) => text.pages.findIndex((p, i) => i > 0 && pageText(p).includes(title));
    const starts = TABLE_IDS.map((_, i) => firstPageOf(`Tabel ${i + 1}. `));
    expect(starts.every((at, i) => at > 0 && (i === 0 || at > starts[i - 1]!))).toBe(true);
    // The cover's day is the spreadsheet's (Asia/Jakarta).
    expect(pageText(text.pages[0]!)).toContain('Dibuat 30 Juni 2006');
    expect(lines(text.pages[1]!)).toContainEqual(['1', 'Dasa Wisma', '16', '15,38', '88', '84,62', '104', '100,00']);
    expect(pageText(text.pages[text.numPages - 1]!)).toContain('Kualitas Data');
    // Nothing was saved anywhere: the user chooses in the dialog.
    expect(w.drive.files()).toEqual([]);
    expect(w.fake.records.alerts).toEqual([]);
  });

  test('makes the same service calls for the study and for five times its rows', async () => {
    const small = exportWorld();
    await exportPdfIn(small.ss, 'id', { now: NOW });
    const counts = { ...small.fake.calls.byMethod };
    const rows = studyRows();
    const big = exportWorld({ rows: [rows[0]!, ...Array.from({ length: 5 }, () => rows.slice(1)).flat()] });
    await exportPdfIn(big.ss, 'id', { now: NOW });
    expect(big.fake.calls.byMethod).toEqual(counts);
    expect(counts['Range.getValues']).toBe(1);
    expect(Object.keys(counts).filter((m) => /^(UrlFetchApp|DriveApp|ScriptApp)\./.test(m))).toEqual([]);
  });

  test('English labels for an English user', async () => {
    const w = exportWorld();
    const out = await exportPdfIn(w.ss, 'en', { now: NOW });
    expect(out).toMatchObject({ ok: true });
    const html = w.fake.records.shown[0]!.content;
    expect(html).toContain('Download PDF');
    expect(html).toContain('Save to Drive');
    expect(pageText(readPdfText(dialogPdf(html).bytes).pages[0]!)).toContain('Generated 30 June 2006');
  });

  test("the Kategori sheet's Kolom rows say where the Data sheet's columns are, as for Buat Tabel", async () => {
    const rows = studyRows();
    const header = rows[0]!.map((h) => (h === 'Nama Kelompok' ? 'Nama Posyandu' : h));
    const w = exportWorld({ rows: [header, ...rows.slice(1)] });
    w.fake.seedSheet('Kategori', [['Daftar', 'Label', 'Alias'], ['Kolom', 'Nama Kelompok', 'Nama Posyandu']]);
    const out = await exportPdfIn(w.ss, 'id', { now: NOW });
    expect(out).toMatchObject({ ok: true, name: 'Laporan WKSBM Cibeureum 2006.pdf' });
    expect(lines(readPdfText(dialogPdf(w.fake.records.shown[0]!.content).bytes).pages[1]!)).toContainEqual(['1', 'Dasa Wisma', '16', '15,38', '88', '84,62', '104', '100,00']);
  });

  test('no Data sheet: the reason, no dialog', async () => {
    const w = exportWorld();
    w.ss.deleteSheet(w.ss.getSheetByName('Data')!);
    const out = await exportPdfIn(w.ss, 'id', { now: NOW });
    expect(out.ok).toBe(false);
    expect(w.fake.records.shown).toEqual([]);
  });

  test('a very large sheet the user does not want read: nothing read, nothing shown', async () => {
    const w = exportWorld();
    const out = await exportPdfIn(w.ss, 'id', { now: NOW, confirmSize: () => false });
    expect(out).toEqual({ ok: false, message: '', cancelled: true });
    expect(w.fake.calls.count('Range.getValues')).toBe(0);
    expect(w.fake.records.shown).toEqual([]);
  });
});

describe('the menu entry', () => {
  test('a failure is an alert with the reason (the coordinator waits for the report)', async () => {
    const w = exportWorld();
    w.ss.deleteSheet(w.ss.getSheetByName('Data')!);
    await exportPdf();
    expect(w.fake.records.alerts).toHaveLength(1);
    expect(w.fake.records.alerts[0]).toMatchObject({ title: 'Ekspor PDF' });
    expect(w.fake.records.alerts[0]!.prompt).toContain('Data');
  });

  test('success: the dialog, no alert', async () => {
    const w = exportWorld();
    await exportPdf();
    expect(w.fake.records.alerts).toEqual([]);
    expect(w.fake.records.shown).toHaveLength(1);
  });
});
