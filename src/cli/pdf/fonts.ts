/**
 * The report's embedded fonts. The 14 standard PDF fonts only know WinAnsi, which has no
 * ≤ or ≥ (the bucket labels of Tables 1 and 3), so a TrueType font is embedded: DejaVu Sans
 * Condensed from the `dejavu-fonts-ttf` package (condensed, so the ten columns of Table 3
 * fit A4 portrait). The file is read from node_modules at run time: the CLI bundle keeps
 * node_modules external, and a 700 kB font has no place inside the bundle.
 * There is deliberately no fallback font: a report that silently drops ≤ would be wrong.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export const FONT_PACKAGE = 'dejavu-fonts-ttf';
const REGULAR_FILE = 'ttf/DejaVuSansCondensed.ttf';
const BOLD_FILE = 'ttf/DejaVuSansCondensed-Bold.ttf';

export interface ReportFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Finds a module file the way Node's require does; injectable so the error path is testable. */
export type Resolve = (id: string) => string;

/** Path of one font file of the package, or an Error that says what to install. */
export function fontPath(file: string, resolve: Resolve = (id) => require.resolve(id)): string {
  const id = `${FONT_PACKAGE}/${file}`;
  try {
    return resolve(id);
  } catch (cause) {
    throw new Error(
      `PDF report: font file ${id} not found. Install the npm package "${FONT_PACKAGE}" ` +
        `(npm install ${FONT_PACKAGE}); the report embeds it to print Indonesian text and ≤ ≥.`,
      { cause },
    );
  }
}

/** Embeds the regular and bold faces, subset to the glyphs the report uses. */
export async function embedReportFonts(doc: PDFDocument): Promise<ReportFonts> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(readFileSync(fontPath(REGULAR_FILE)), { subset: true }),
    doc.embedFont(readFileSync(fontPath(BOLD_FILE)), { subset: true }),
  ]);
  return { regular, bold };
}
