/**
 * Drawing primitives shared by the table, chart and cover: text lines placed in a box and
 * boxes with borders. pdf-lib writes the PDF operators; nothing here writes PDF bytes.
 */
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { COLOR, LEADING } from './theme';
import type { FittedText } from './text';

export type Align = 'left' | 'center' | 'right';

/** A rectangle by its top-left corner (PDF y grows upwards, so the box spans y-height..y). */
export interface Box {
  x: number;
  top: number;
  width: number;
  height: number;
}

/** Inner horizontal padding of a cell. */
export const CELL_PAD = 3;

/** How far below the visual centre of a line its baseline sits, as a share of the size. */
const BASELINE_DROP = 0.34;

/** Height of a block of fitted lines. */
export function linesHeight(text: FittedText): number {
  return text.lines.length * text.size * LEADING;
}

/** Draws fitted lines vertically centred in a box, aligned left, centre or right. */
export function drawLinesInBox(
  page: PDFPage,
  text: FittedText,
  font: PDFFont,
  box: Box,
  align: Align,
  color: RGB = COLOR.text,
): void {
  const lead = text.size * LEADING;
  const centre = box.top - box.height / 2;
  const firstCentre = centre + ((text.lines.length - 1) * lead) / 2;
  text.lines.forEach((line, i) => {
    const width = font.widthOfTextAtSize(line, text.size);
    const x =
      align === 'left'
        ? box.x + CELL_PAD
        : align === 'right'
          ? box.x + box.width - CELL_PAD - width
          : box.x + (box.width - width) / 2;
    const y = firstCentre - i * lead - text.size * BASELINE_DROP;
    page.drawText(line, { x, y, size: text.size, font, color });
  });
}

/** Draws one line of text with its baseline at y. */
export function drawLine(
  page: PDFPage,
  text: string,
  font: PDFFont,
  size: number,
  x: number,
  y: number,
  align: Align = 'left',
  color: RGB = COLOR.text,
): void {
  const width = font.widthOfTextAtSize(text, size);
  const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
  page.drawText(text, { x: left, y, size, font, color });
}

/** A cell: optional fill, thin border. */
export function drawCell(page: PDFPage, box: Box, fill?: RGB): void {
  page.drawRectangle({
    x: box.x,
    y: box.top - box.height,
    width: box.width,
    height: box.height,
    borderColor: COLOR.rule,
    borderWidth: 0.5,
    ...(fill ? { color: fill } : {}),
  });
}
