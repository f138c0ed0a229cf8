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
import { tableGrids } from './grid';
import { tableNarrative } from './narrative';
import { drawTable } from './table';
import { CONTENT_WIDTH, SIZE } from './theme';

const TITLE_GAP = 8;
const SOURCE_GAP = 4;
const NARRATIVE_GAP = 6;
/** Between the parts of a table printed in parts (TK). */
const PART_GAP = 10;

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
  const grids = tableGrids(table, fmt, CONTENT_WIDTH, fonts);
  const notes = grids[grids.length - 1]?.notes ?? [];
  grids.forEach((grid, i) => {
    if (i > 0) flow.take(PART_GAP);
    const last = i === grids.length - 1;
    drawTable(flow, grid, fonts, {
      onContinue: continued,
      keepWithLast: last ? SOURCE_GAP + notes.reduce((h, note) => h + paragraphHeight(note, fonts.regular, SIZE.source), 0) : 0,
    });
  });
  flow.take(SOURCE_GAP);
  for (const note of notes) drawParagraph(flow, note, fonts.regular, SIZE.source);
  const narrative = tableNarrative(table, fmt, labels);
  if (!flow.fits(NARRATIVE_GAP + paragraphHeight(narrative, fonts.regular, SIZE.body))) {
    flow.newPage();
    continued(flow);
  } else flow.take(NARRATIVE_GAP);
  drawParagraph(flow, narrative, fonts.regular, SIZE.body);
  drawChart(flow, table, fonts, fmt, labels, continued);
}
