/** Wrapped text across the content width at the flow's cursor (titles, source lines, narratives). */
import { drawLine } from './draw';
import type { PageFlow } from './flow';
import type { ReportFonts } from './fonts';
import { wrapText } from './text';
import { COLOR, CONTENT_WIDTH, LEADING, MARGIN } from './theme';

type Font = ReportFonts['regular'];

/** Draws wrapped text at the cursor, its first baseline one size below it. */
export function drawParagraph(flow: PageFlow, text: string, font: Font, size: number, width = CONTENT_WIDTH, x = MARGIN): void {
  for (const line of wrapText(text, font, size, width)) {
    drawLine(flow.page, line, font, size, x, flow.y - size, 'left', COLOR.text);
    flow.take(size * LEADING);
  }
}

export function paragraphHeight(text: string, font: Font, size: number, width = CONTENT_WIDTH): number {
  return wrapText(text, font, size, width).length * size * LEADING;
}
