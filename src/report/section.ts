/**
 * One table's section of the report: its title, which rows it counts, the ruled table, the
 * source line, a short narrative from the numbers and the bar chart below. A section starts
 * on a fresh page; a long table continues on the next page under its title marked
 * "(lanjutan)", the counted line and a repeated header.
 */
import type { RowCounts, TableModel } from '../core/model';
import { drawChart } from './chart';
import type { ReportContext } from './context';
import { drawParagraph, paragraphHeight } from './paragraph';
import type { PageFlow } from './flow';
import { tableGrid } from './grid';
import { tableNarrative } from './narrative';
import { drawTable } from './table';
import { CONTENT_WIDTH, SIZE } from './theme';

const TITLE_GAP = 8;
const SOURCE_GAP = 4;
const NARRATIVE_GAP = 6;

/** `rows`: the rows the table counts (a kelurahan's, in a roll-up); default: the result's. */
export function drawTableSection(flow: PageFlow, table: TableModel, ctx: ReportContext, rows: RowCounts = ctx.result.rows): void {
  const { fonts, fmt, labels } = ctx;
  const counted = labels.counted(fmt.count(rows.valid), fmt.count(rows.invalid));
  const heading = (next: PageFlow, title: string): void => {
    drawParagraph(next, title, fonts.bold, SIZE.title);
    drawParagraph(next, counted, fonts.regular, SIZE.source);
    next.take(TITLE_GAP);
  };
  // Every page the section continues on (more rows, or the chart) repeats its title.
  const continued = (next: PageFlow): void => heading(next, `${table.title} ${labels.continued}`);
  heading(flow, table.title);
  const grid = tableGrid(table, fmt, CONTENT_WIDTH);
  drawTable(flow, grid, fonts, {
    onContinue: continued,
    keepWithLast: SOURCE_GAP + grid.notes.reduce((h, note) => h + paragraphHeight(note, fonts.regular, SIZE.source), 0),
  });
  flow.take(SOURCE_GAP);
  for (const note of grid.notes) drawParagraph(flow, note, fonts.regular, SIZE.source);
  const narrative = tableNarrative(table, fmt, labels);
  if (!flow.fits(NARRATIVE_GAP + paragraphHeight(narrative, fonts.regular, SIZE.body))) {
    flow.newPage();
    continued(flow);
  } else flow.take(NARRATIVE_GAP);
  drawParagraph(flow, narrative, fonts.regular, SIZE.body);
  drawChart(flow, table, fonts, fmt, labels, continued);
}
