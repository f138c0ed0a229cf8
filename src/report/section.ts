/**
 * One table's section of the report: its title, the ruled table, the source line under it
 * and the bar chart below. A section starts on a fresh page; a long table continues on the
 * next page under its title marked "(lanjutan)" and a repeated header.
 */
import type { TableModel } from '../core/model';
import { drawChart } from './chart';
import { drawLine } from './draw';
import type { ReportFonts } from './fonts';
import type { PageFlow } from './flow';
import type { NumberFormats } from './format';
import { tableGrid } from './grid';
import type { ReportLabels } from './labels';
import { drawTable } from './table';
import { wrapText } from './text';
import { COLOR, CONTENT_WIDTH, LEADING, MARGIN, SIZE } from './theme';

const TITLE_GAP = 8;
const SOURCE_GAP = 4;

/** Draws wrapped text at the cursor, its first baseline one size below it. */
function drawParagraph(flow: PageFlow, text: string, font: ReportFonts['regular'], size: number): void {
  for (const line of wrapText(text, font, size, CONTENT_WIDTH)) {
    drawLine(flow.page, line, font, size, MARGIN, flow.y - size, 'left', COLOR.text);
    flow.take(size * LEADING);
  }
}

function paragraphHeight(text: string, font: ReportFonts['regular'], size: number): number {
  return wrapText(text, font, size, CONTENT_WIDTH).length * size * LEADING;
}

export function drawTableSection(
  flow: PageFlow,
  table: TableModel,
  fonts: ReportFonts,
  fmt: NumberFormats,
  labels: ReportLabels,
): void {
  // Every page the section continues on (more rows, or the chart) repeats its title.
  const continued = (next: PageFlow): void => {
    drawParagraph(next, `${table.title} ${labels.continued}`, fonts.bold, SIZE.title);
    next.take(TITLE_GAP);
  };
  drawParagraph(flow, table.title, fonts.bold, SIZE.title);
  flow.take(TITLE_GAP);
  drawTable(flow, tableGrid(table, labels, fmt, CONTENT_WIDTH), fonts, {
    onContinue: continued,
    keepWithLast: SOURCE_GAP + paragraphHeight(table.source, fonts.regular, SIZE.source),
  });
  flow.take(SOURCE_GAP);
  drawParagraph(flow, table.source, fonts.regular, SIZE.source);
  drawChart(flow, table, fonts, fmt, labels, continued);
}
