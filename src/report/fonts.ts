/**
 * The report's embedded fonts. The 14 standard PDF fonts only know WinAnsi, which has no
 * ≤ or ≥ (the bucket labels of Tables 1 and 3), so a TrueType font is embedded: DejaVu Sans
 * Condensed (condensed, so the ten columns of Table 3 fit A4 portrait). The report is pure:
 * the caller hands in the font bytes (the CLI reads them from the `dejavu-fonts-ttf`
 * package, the add-on carries them in its bundle).
 * There is deliberately no fallback font: a report that silently drops ≤ would be wrong.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/** The TrueType files of the two faces the report draws with: bytes, or base64 (pdf-lib decodes it). */
export interface FontBytes {
  regular: Uint8Array | string;
  bold: Uint8Array | string;
}

export interface ReportFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Embeds the regular and bold faces, subset to the glyphs the report uses. */
export async function embedReportFonts(doc: PDFDocument, bytes: FontBytes): Promise<ReportFonts> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset: true }),
    doc.embedFont(bytes.bold, { subset: true }),
  ]);
  return { regular, bold };
}
