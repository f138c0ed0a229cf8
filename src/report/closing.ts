/**
 * The optional closing block of a report for an office, as an Indonesian official letter ends:
 * place and date, "Mengetahui,", the office (jabatan), room to sign, the name, and the NIP
 * when given. Off unless a name is given (CLI: --penandatangan; the add-on's settings later
 * feed the same block); drawn in the right half under the last section (or on a page of its
 * own when it does not fit).
 */
import type { ReportContext } from './context';
import type { CalendarDay } from './format';
import type { PageFlow } from './flow';
import { drawParagraph, paragraphHeight } from './paragraph';
import { CONTENT_WIDTH, MARGIN, SIZE } from './theme';
import type { ClosingBlock } from './closing-block';

export type { ClosingBlock };

const TOP_GAP = 28;
const SIGNATURE_SPACE = 56;
const BLOCK_WIDTH = CONTENT_WIDTH / 2;

export function drawClosing(flow: PageFlow, block: ClosingBlock, day: CalendarDay, ctx: ReportContext): void {
  const { fonts, fmt, labels, result } = ctx;
  const office = block.office ?? (result.kelurahan === '' ? undefined : labels.lurah(result.kelurahan));
  const lines = [labels.placeDate(ctx.printable(block.place), fmt.date(day)), labels.acknowledged, ...(office === undefined ? [] : [ctx.printable(office)])];
  const under = [ctx.printable(block.name), ...(block.nip === undefined ? [] : [labels.nip(ctx.printable(block.nip))])];
  const size = SIZE.body;
  const font = (i: number) => (i === lines.length ? fonts.bold : fonts.regular);
  // A long office wraps in the half width: measured, so the block never runs off the page.
  const height = TOP_GAP + SIGNATURE_SPACE + [...lines, ...under].reduce((h, line, i) => h + paragraphHeight(line, font(i), size, BLOCK_WIDTH), 0);
  if (!flow.fits(height)) flow.newPage();
  else flow.take(TOP_GAP);
  const x = MARGIN + CONTENT_WIDTH - BLOCK_WIDTH;
  for (const line of lines) drawParagraph(flow, line, fonts.regular, size, BLOCK_WIDTH, x);
  flow.take(SIGNATURE_SPACE);
  under.forEach((line, i) => drawParagraph(flow, line, font(lines.length + i), size, BLOCK_WIDTH, x));
}
