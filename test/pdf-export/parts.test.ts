/** The export's small pieces: bytes, URL, backoff, cover text, WinAnsi-safe text, the dialog. */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { fromGasBytes, looksLikePdf, toGasBytes } from '../../src/addon/pdf/bytes';
import { coverText, formatCount, formatLocalTime, reportFileName } from '../../src/addon/pdf/cover-text';
import { winAnsiText, wrapWords } from '../../src/addon/pdf/cover';
import { EXPORT_PARAMS, sheetExportUrl } from '../../src/addon/pdf/export-url';
import { backoffMs, isRetryable, RETRY } from '../../src/addon/pdf/fetch-pdf';
import { partStarts } from '../../src/addon/pdf/merge';
import { savedDialogHtml } from '../../src/addon/pdf/saved-dialog';
import { createFakeGas } from '../fake';

describe('bytes between pdf-lib and Apps Script', () => {
  const every = Uint8Array.from({ length: 256 }, (_, i) => i);

  test('Uint8Array -> signed bytes -> Uint8Array keeps every value', () => {
    const signed = toGasBytes(every);
    expect(signed.slice(0, 3)).toEqual([0, 1, 2]);
    expect(signed[127]).toBe(127);
    expect(signed[128]).toBe(-128);
    expect(signed[255]).toBe(-1);
    expect(Math.min(...signed)).toBe(-128);
    expect(Math.max(...signed)).toBe(127);
    expect(fromGasBytes(signed)).toEqual(every);
  });

  test('a view into a larger buffer converts only its own bytes', () => {
    const view = every.subarray(250, 254);
    expect(toGasBytes(view)).toEqual([-6, -5, -4, -3]);
  });

  test('unsigned input (0..255) is taken as it is', () => {
    expect(fromGasBytes([0, 200, 255])).toEqual(Uint8Array.from([0, 200, 255]));
  });

  test('through a (fake) Apps Script Blob and back, byte for byte', async () => {
    const fake = createFakeGas();
    const pdf = await (await PDFDocument.create()).save();
    const blob = fake.globals.Utilities.newBlob(toGasBytes(pdf), 'application/pdf', 'x.pdf');
    expect(blob.getBytes().some((b) => b < 0)).toBe(true);
    expect(fromGasBytes(blob.getBytes())).toEqual(pdf);
    expect(blob.getContentType()).toBe('application/pdf');
  });

  test('looksLikePdf', () => {
    expect(looksLikePdf(new TextEncoder().encode('%PDF-1.7\n'))).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode('<!doctype html>'))).toBe(false);
    expect(looksLikePdf(new Uint8Array(0))).toBe(false);
  });
});

test('sheetExportUrl: the endpoint, the gid and every print setting', () => {
  const url = new URL(sheetExportUrl('abc_DEF-123', 987654));
  expect(url.origin + url.pathname).toBe('https://docs.google.com/spreadsheets/d/abc_DEF-123/export');
  expect(Object.fromEntries(url.searchParams)).toEqual({ ...EXPORT_PARAMS, gid: '987654' });
});

describe('backoff', () => {
  test('doubles from 1 s, capped', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => backoffMs(r, null))).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 32000]);
    expect(RETRY.maxDelayMs).toBe(32000);
  });
  test('Retry-After in seconds when longer; nonsense ignored; capped', () => {
    expect(backoffMs(0, '5')).toBe(5000);
    expect(backoffMs(3, '2')).toBe(8000);
    expect(backoffMs(0, 'Wed, 21 Oct 2015 07:28:00 GMT')).toBe(1000);
    expect(backoffMs(0, '3600')).toBe(32000);
  });
  test('which statuses are retried', () => {
    expect([429, 500, 502, 503, 504].every(isRetryable)).toBe(true);
    expect([200, 400, 401, 403, 404, 413].some(isRetryable)).toBe(false);
  });
});

describe('cover text', () => {
  const at = { year: 2026, month: 11, day: 7, hour: 8, minute: 5, timeZone: 'Asia/Makassar' };

  test('numbers and times as Indonesians and English readers write them', () => {
    expect([0, 307, 1234, 1234567].map((n) => formatCount(n, 'id'))).toEqual(['0', '307', '1.234', '1.234.567']);
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatLocalTime(at, 'id')).toBe('7 November 2026, 08.05 WITA');
    expect(formatLocalTime({ ...at, month: 8, timeZone: 'Europe/Berlin' }, 'en')).toBe('7 August 2026, 08:05 Europe/Berlin');
  });

  test('lines of the cover', () => {
    const t = coverText({ kelurahan: ' Cibeureum ', surveyYear: 2006, valid: 1200, invalid: 34, generatedAt: at, tableStarts: [2, 3, 5, 6, 7] }, 'id');
    expect(t.title).toBe('Profil Pranata Sosial');
    expect(t.kelurahan).toBe('Kelurahan Cibeureum');
    expect(t.surveyYear).toBe('Tahun pendataan 2006');
    expect(t.counts).toBe('Kelompok terdata: 1.234 · sah: 1.200 · tidak sah: 34');
    expect(t.generatedAt).toBe('Dibuat 7 November 2026, 08.05 WITA');
    expect(t.contents).toEqual([2, 3, 5, 6, 7].map((p, i) => ({ label: `Tabel ${i + 1}`, page: `halaman ${p}` })));
  });

  test('no kelurahan yet: the cover says where to fill it in', () => {
    const t = coverText({ kelurahan: '', surveyYear: 2006, valid: 1, invalid: 0, generatedAt: at, tableStarts: [] }, 'id');
    expect(t.kelurahan).toBe('Kelurahan (belum diisi di Pengaturan)');
  });

  test('file name', () => {
    expect(reportFileName('Cibeureum', 2006)).toBe('Laporan WKSBM Cibeureum 2006.pdf');
    expect(reportFileName('  Cibeureum   Hilir ', 2006)).toBe('Laporan WKSBM Cibeureum Hilir 2006.pdf');
    expect(reportFileName('', 2026)).toBe('Laporan WKSBM 2026.pdf');
  });

  test('partStarts: each table starts after the cover and the pages before it', () => {
    expect(partStarts([1, 2, 1, 3, 1])).toEqual([2, 3, 5, 6, 9]);
  });
});

describe('text for Helvetica (WinAnsi)', () => {
  let font: Awaited<ReturnType<PDFDocument['embedFont']>>;
  beforeAll(async () => {
    font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  });

  test('keeps what WinAnsi has, strips accents it lacks, "?" for the rest', () => {
    expect(winAnsiText('Cibeureum · Café – “ok”', font)).toBe('Cibeureum · Café – “ok”');
    expect(winAnsiText('Kelurahan Ā ŋ ≤ 😀', font)).toBe('Kelurahan A ? ? ?');
    expect(winAnsiText('two\nlines\tand  spaces', font)).toBe('two lines and spaces');
  });

  test('the result can always be drawn', async () => {
    const doc = await PDFDocument.create();
    const f = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage();
    expect(() => page.drawText('≤ Ā', { font: f })).toThrow();
    expect(() => page.drawText(winAnsiText('≤ Ā 漢字', f), { font: f })).not.toThrow();
  });

  test('wrapWords keeps lines inside the width', () => {
    const lines = wrapWords('Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM)', font, 13, 150);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM)');
    for (const line of lines) expect(font.widthOfTextAtSize(line, 13) <= 150 || !line.includes(' ')).toBe(true);
  });
});

describe('the saved dialog', () => {
  test('escapes the name and the link', () => {
    const html = savedDialogHtml({ name: 'Laporan <script>alert(1)</script> "x".pdf', url: 'https://drive.google.com/file/d/a"b/view?x=1&y=2', pages: 6 }, 'id');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<b>Laporan &lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot;.pdf</b> (6 halaman)');
    expect(html).toContain('<a href="https://drive.google.com/file/d/a&quot;b/view?x=1&amp;y=2" target="_blank" rel="noopener">Buka PDF</a>');
  });

  test('only an https URL becomes a link', () => {
    const html = savedDialogHtml({ name: 'r.pdf', url: 'javascript:alert(1)', pages: 1 }, 'en');
    expect(html).not.toContain('href=');
    expect(html).toContain('Close');
  });
});
