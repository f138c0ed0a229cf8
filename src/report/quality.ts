/**
 * The data-quality section: what the check found, as the XLSX's issue sheet lists it (row,
 * column, what is wrong), the first QUALITY_LIMIT issues and then how many more. A report
 * that hides why rows were left out invites the question "where are the other groups?".
 */
import { cellText } from '../core/cells';
import { issueBody } from '../core/i18n';
import type { Issue } from '../core/model';
import type { ReportContext } from './context';
import type { PageFlow } from './flow';
import type { GridColumn, GridRow, HeaderCell, TableGrid } from './grid';
import { drawParagraph, paragraphHeight } from './paragraph';
import { drawTable } from './table';
import { CONTENT_WIDTH, SIZE } from './theme';

export const QUALITY_LIMIT = 200;

const ROW_WIDTH = 40;
const COLUMN_WIDTH = 130;
const GAP = 8;

/** The issue without its location (the grid has row and column), warnings marked as such. */
function issueText(issue: Issue, ctx: ReportContext): string {
  const body = issueBody(issue.code, cellText(issue.value), issue.params, ctx.lang);
  return issue.severity === 'warning' ? `${ctx.labels.warning}: ${body}` : body;
}

export function qualityGrid(issues: readonly Issue[], ctx: ReportContext): TableGrid {
  const { labels, fmt } = ctx;
  const columns: GridColumn[] = [
    { width: ROW_WIDTH, align: 'right' },
    { width: COLUMN_WIDTH, align: 'left', wrap: true },
    { width: CONTENT_WIDTH - ROW_WIDTH - COLUMN_WIDTH, align: 'left', wrap: true },
  ];
  const header: HeaderCell[] = [labels.qualityRow, labels.qualityColumn, labels.qualityMessage].map((text, col) => ({
    text,
    row: 0,
    col,
    rowSpan: 1,
    colSpan: 1,
  }));
  const body: GridRow[] = issues.map((issue) => ({
    cells: [fmt.count(issue.row), ctx.printable(issue.column), ctx.printable(issueText(issue, ctx))],
    total: false,
  }));
  return { columns, headerRows: 1, header, body, notes: [] };
}

export function drawQualitySection(flow: PageFlow, title: string, ctx: ReportContext): void {
  const { fonts, fmt, labels, result } = ctx;
  const heading = (next: PageFlow, text: string): void => {
    drawParagraph(next, text, fonts.bold, SIZE.title);
    next.take(GAP);
  };
  heading(flow, title);
  const issues = result.issues;
  if (issues.length === 0) {
    drawParagraph(flow, labels.qualityNone, fonts.regular, SIZE.body);
    return;
  }
  drawParagraph(flow, labels.qualityIntro(fmt.count(issues.length)), fonts.regular, SIZE.body);
  flow.take(GAP);
  const more = issues.length > QUALITY_LIMIT ? labels.qualityMore(fmt.count(issues.length - QUALITY_LIMIT)) : '';
  drawTable(flow, qualityGrid(issues.slice(0, QUALITY_LIMIT), ctx), fonts, {
    onContinue: (next) => heading(next, `${title} ${labels.continued}`),
    keepWithLast: more === '' ? 0 : GAP + paragraphHeight(more, fonts.regular, SIZE.body),
  });
  if (more !== '') {
    flow.take(GAP);
    drawParagraph(flow, more, fonts.regular, SIZE.body);
  }
}
