/** The export's small pieces: bytes between pdf-lib and Apps Script, the file name. */
import { PDFDocument } from 'pdf-lib';
import { fromGasBytes, looksLikePdf, toGasBytes } from '../../src/addon/pdf/bytes';
import { reportFileName, safeFileName } from '../../src/addon/pdf/file-name';
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

describe('file names', () => {
  test('the report is named after the kelurahan and year', () => {
    const one = (kelurahan: string, surveyYear: number) => reportFileName({ kelurahan, surveyYear, tables: [] });
    expect(one('Cibeureum', 2006)).toBe('Laporan WKSBM Cibeureum 2006.pdf');
    expect(one('  Cibeureum   Hilir ', 2006)).toBe('Laporan WKSBM Cibeureum Hilir 2006.pdf');
    expect(one('', 2026)).toBe('Laporan WKSBM 2026.pdf');
  });

  test('a name coming back from the dialog is made safe for Drive', () => {
    expect(safeFileName('Laporan WKSBM Cibeureum 2006.pdf')).toBe('Laporan WKSBM Cibeureum 2006.pdf');
    expect(safeFileName('a/b\\c\u0000d\n')).toBe('a b c d.pdf');
    expect(safeFileName('x'.repeat(400))).toBe(`${'x'.repeat(146)}.pdf`);
    expect(safeFileName(42)).toBe('Laporan WKSBM.pdf');
    expect(safeFileName('   .PDF')).toBe('Laporan WKSBM.pdf');
  });
});
