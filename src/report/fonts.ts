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
  return { regular: measuredOnce(regular), bold: measuredOnce(bold) };
}

/**
 * `font`, each width it measures kept: pdf-lib measures a string by laying it out with
 * fontkit (OpenType shaping, every lookup of the font), and the report measures the same
 * strings again and again (wrapping tries a line a character longer at a time, fitting tries
 * each size, every cell of a column is measured to size the column). Same text, same size,
 * the same width, so the layout and the PDF are what they were. A report's strings are
 * bounded by its pages, and the fonts live as long as its document.
 */
function measuredOnce(font: PDFFont): PDFFont {
  const widths = new Map<string, number>();
  const measure = font.widthOfTextAtSize.bind(font);
  font.widthOfTextAtSize = (text: string, size: number): number => {
    const key = `${size} ${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = measure(text, size);
      widths.set(key, width);
    }
    return width;
  };
  return font;
}
