/**
 * The report's fonts measure each string once (src/report/fonts.ts): pdf-lib lays a string
 * out with fontkit (OpenType shaping) to measure it, and the report measures the same strings
 * again and again. The kept widths are pdf-lib's own, for every string and size, kerned pairs
 * and ligature candidates included; a string measured again is not laid out again.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { embedReportFonts } from '../../src/report/fonts';
import { readReportFonts } from '../../src/cli/report-fonts';

const STRINGS = ['', ' ', 'AV', 'To', 'fi ffl', 'Tabel 3. Kelompok Sosial menurut Jumlah Anggota', '≤ 10 Tahun', '≥ 10', 'Integrasi Masyarakat/Kerukunan Warga', 'Pemuda/Karang Taruna', '12.345', 'Ω😀é'];
const SIZES = [6, 7.5, 8, 9, 11, 14];

test('the widths are pdf-lib\'s own, and a string measured again is not laid out again', async () => {
  const bytes = readReportFonts();
  const plainDoc = await PDFDocument.create();
  plainDoc.registerFontkit(fontkit);
  const plain = { regular: await plainDoc.embedFont(bytes.regular, { subset: true }), bold: await plainDoc.embedFont(bytes.bold, { subset: true }) };
  const fonts = await embedReportFonts(await PDFDocument.create(), bytes);
  for (const face of ['regular', 'bold'] as const) {
    for (const size of SIZES) for (const s of STRINGS) expect(fonts[face].widthOfTextAtSize(s, size)).toBe(plain[face].widthOfTextAtSize(s, size));
  }
  // The font's layout engine is fontkit's: count its layouts while the same strings are measured again.
  const engine = (fonts.regular as unknown as { embedder: { font: { layout: (...a: unknown[]) => unknown } } }).embedder.font;
  const layout = jest.spyOn(engine, 'layout');
  try {
    for (const size of SIZES) for (const s of STRINGS) fonts.regular.widthOfTextAtSize(s, size);
    expect(layout).not.toHaveBeenCalled();
    fonts.regular.widthOfTextAtSize('a string not measured before', 9);
    expect(layout).toHaveBeenCalledTimes(1);
  } finally {
    layout.mockRestore();
  }
});
