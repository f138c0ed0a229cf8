/**
 * Draws the cover page with pdf-lib's standard fonts (Helvetica): nothing to embed or ship.
 * The CLI's DejaVu cannot come along: Apps Script has no node_modules, and bundling the TTF
 * (about 1 MB as base64) plus fontkit (about 1.2 MB) would more than double Code.js for one page
 * of plain Indonesian text. Helvetica covers WinAnsi (Latin-1 plus · – “ ” …), every character
 * of the fixed text; user-typed text (the kelurahan) goes through `winAnsiText`, which keeps
 * what the font can show, drops accents it cannot (ā -> a), and writes "?" for the rest
 * instead of letting pdf-lib throw. The table pages are Google's own rendering, in its fonts.
 */
import { rgb, StandardFonts, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CoverText } from './cover-text';

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = 60;
const WIDTH = A4[0] - 2 * MARGIN;
const CENTRE = A4[0] / 2;
const LEADING = 1.25;
const MUTED = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.25, 0.25, 0.25);

/** `text` with only characters `font` can encode (see the file comment). */
export function winAnsiText(text: string, font: PDFFont): string {
  const allowed = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ')) {
    if (allowed.has(ch.codePointAt(0) ?? 0)) {
      out += ch;
      continue;
    }
    const bare = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += bare !== '' && [...bare].every((c) => allowed.has(c.codePointAt(0) ?? 0)) ? bare : '?';
  }
  return out;
}

/** Greedy word wrap to `width`; a single word wider than the line stays whole on its own line. */
export function wrapWords(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Centred, wrapped lines from baseline y down; returns the baseline after them. */
function centred(page: PDFPage, text: string, font: PDFFont, size: number, y: number, color = rgb(0, 0, 0)): number {
  let baseline = y;
  for (const line of wrapWords(winAnsiText(text, font), font, size, WIDTH)) {
    page.drawText(line, { x: CENTRE - font.widthOfTextAtSize(line, size) / 2, y: baseline, size, font, color });
    baseline -= size * LEADING;
  }
  return baseline;
}

function contents(page: PDFPage, text: CoverText, fonts: Fonts, top: number): void {
  const size = 11;
  const left = MARGIN + 80;
  const right = A4[0] - MARGIN - 80;
  page.drawText(winAnsiText(text.contentsTitle, fonts.bold), { x: left, y: top, size: 12, font: fonts.bold });
  let y = top - 22;
  for (const entry of text.contents) {
    const label = winAnsiText(entry.label, fonts.regular);
    const where = winAnsiText(entry.page, fonts.regular);
    page.drawText(label, { x: left, y, size, font: fonts.regular });
    const from = left + fonts.regular.widthOfTextAtSize(label, size) + 6;
    const to = right - fonts.regular.widthOfTextAtSize(where, size) - 6;
    // Dotted leader from the label to its page.
    if (to > from) page.drawLine({ start: { x: from, y: y + 1 }, end: { x: to, y: y + 1 }, thickness: 0.6, color: MUTED, dashArray: [0.6, 2.4] });
    page.drawText(where, { x: right - fonts.regular.widthOfTextAtSize(where, size), y, size, font: fonts.regular });
    y -= size * LEADING + 6;
  }
}

/** Adds the cover as the next page of `doc`: page 1 when `doc` is still empty (merge.ts). */
export async function drawCover(doc: PDFDocument, text: CoverText): Promise<PDFPage> {
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const page = doc.addPage(A4);
  let y = A4[1] - 190;
  y = centred(page, text.title, fonts.bold, 26, y) - 6;
  y = centred(page, text.subtitle, fonts.regular, 13, y) - 8;
  page.drawLine({ start: { x: CENTRE - 90, y }, end: { x: CENTRE + 90, y }, thickness: 1, color: RULE });
  y -= 44;
  y = centred(page, text.kelurahan, fonts.bold, 18, y) - 4;
  y = centred(page, text.surveyYear, fonts.regular, 13, y) - 24;
  y = centred(page, text.counts, fonts.regular, 11, y) - 4;
  y = centred(page, text.generatedAt, fonts.regular, 10, y, MUTED);
  contents(page, text, fonts, y - 70);
  centred(page, text.footer, fonts.regular, 8, MARGIN, MUTED);
  return page;
}
