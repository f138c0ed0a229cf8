/**
 * The optional closing block of a report for an office: place and date, "Mengetahui,", the
 * Lurah of the kelurahan, room to sign, and the name. Off unless the settings give a name;
 * drawn in the right half under the last section (or on a page of its own when it does not fit).
 */
import type { ReportContext } from './context';
import type { CalendarDay } from './format';
import type { PageFlow } from './flow';
import { drawParagraph } from './paragraph';
import { CONTENT_WIDTH, LEADING, MARGIN, SIZE } from './theme';

export interface ClosingBlock {
  /** Where the report is signed, e.g. "Cimahi". */
  place: string;
  /** Who signs: the Lurah's name. */
  name: string;
}

const TOP_GAP = 28;
const SIGNATURE_SPACE = 56;
const BLOCK_WIDTH = CONTENT_WIDTH / 2;

export function drawClosing(flow: PageFlow, block: ClosingBlock, day: CalendarDay, ctx: ReportContext): void {
  const { fonts, fmt, labels, result } = ctx;
  const lines = [
    labels.placeDate(ctx.printable(block.place), fmt.date(day)),
    labels.acknowledged,
    labels.lurah(result.kelurahan),
  ];
  const size = SIZE.body;
  const height = TOP_GAP + (lines.length + 1) * size * LEADING + SIGNATURE_SPACE;
  if (!flow.fits(height)) flow.newPage();
  else flow.take(TOP_GAP);
  const x = MARGIN + CONTENT_WIDTH - BLOCK_WIDTH;
  for (const line of lines) drawParagraph(flow, line, fonts.regular, size, BLOCK_WIDTH, x);
  flow.take(SIGNATURE_SPACE);
  drawParagraph(flow, ctx.printable(block.name), fonts.bold, size, BLOCK_WIDTH, x);
}
