/**
 * Draws a TableGrid with ruled cells at the flow's cursor. Rows that do not fit continue
 * on the next page under a repeated header (a user's category list may be far longer than
 * the study's 17 types). Every cell's text is fitted to its cell: labels shrink, then wrap
 * (the row grows); numbers shrink.
 */
import type { PDFFont } from 'pdf-lib';
import { drawCell, drawLinesInBox, linesHeight, CELL_PAD, type Box } from './draw';
import type { ReportFonts } from './fonts';
import type { PageFlow } from './flow';
import type { GridRow, HeaderCell, TableGrid } from './grid';
import { fitText, type FittedText } from './text';
import { COLOR, MARGIN, SIZE } from './theme';

const MIN_ROW_HEIGHT = 13;
const MIN_HEADER_ROW_HEIGHT = 14;
const VERTICAL_PAD = 4;
/** A label is the user's data: its row grows to show it whole (up to this many lines). */
const MAX_LABEL_LINES = 8;

interface FittedRow {
  row: GridRow;
  cells: FittedText[];
  height: number;
}

interface FittedHeader {
  cell: HeaderCell;
  text: FittedText;
}

export interface DrawTableOptions {
  /** Called on each page the table continues on, before the header is repeated. */
  onContinue: (flow: PageFlow) => void;
  /** Height that must fit under the last row (the source line), so it is not orphaned. */
  keepWithLast: number;
}

function columnLefts(grid: TableGrid): number[] {
  const lefts: number[] = [];
  let x = MARGIN;
  for (const column of grid.columns) {
    lefts.push(x);
    x += column.width;
  }
  return lefts;
}

function spanWidth(grid: TableGrid, col: number, colSpan: number): number {
  return grid.columns.slice(col, col + colSpan).reduce((sum, column) => sum + column.width, 0);
}

function fitHeader(grid: TableGrid, bold: PDFFont): { fitted: FittedHeader[]; heights: number[] } {
  const heights = Array.from({ length: grid.headerRows }, () => MIN_HEADER_ROW_HEIGHT);
  const fitted = grid.header.map((cell) => ({
    cell,
    text: fitText(cell.text, bold, {
      size: SIZE.cell,
      minSize: SIZE.cellMin,
      maxWidth: spanWidth(grid, cell.col, cell.colSpan) - 2 * CELL_PAD,
      maxLines: 3,
      prefer: 'wrap',
    }),
  }));
  // Single-row cells set their row's height; spanning cells then stretch their last row.
  for (const { cell, text } of fitted) {
    if (cell.rowSpan === 1) {
      heights[cell.row] = Math.max(heights[cell.row] ?? 0, linesHeight(text) + VERTICAL_PAD);
    }
  }
  for (const { cell, text } of fitted) {
    const spanned = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
    const missing = linesHeight(text) + VERTICAL_PAD - spanned;
    const last = cell.row + cell.rowSpan - 1;
    if (missing > 0) heights[last] = (heights[last] ?? 0) + missing;
  }
  return { fitted, heights };
}

function fitRow(grid: TableGrid, row: GridRow, fonts: ReportFonts): FittedRow {
  const font = row.total ? fonts.bold : fonts.regular;
  const cells = row.cells.map((text, col) =>
    fitText(text, font, {
      size: SIZE.cell,
      minSize: SIZE.cellMin,
      maxWidth: (grid.columns[col]?.width ?? 0) - 2 * CELL_PAD,
      maxLines: grid.columns[col]?.wrap === true ? MAX_LABEL_LINES : 1,
      prefer: 'shrink',
    }),
  );
  const height = Math.max(MIN_ROW_HEIGHT, ...cells.map((text) => linesHeight(text) + VERTICAL_PAD));
  return { row, cells, height };
}

function drawHeader(flow: PageFlow, grid: TableGrid, header: ReturnType<typeof fitHeader>, bold: PDFFont): void {
  const lefts = columnLefts(grid);
  const tops: number[] = [];
  let top = flow.y;
  for (const height of header.heights) {
    tops.push(top);
    top -= height;
  }
  for (const { cell, text } of header.fitted) {
    const box: Box = {
      x: lefts[cell.col] ?? MARGIN,
      top: tops[cell.row] ?? flow.y,
      width: spanWidth(grid, cell.col, cell.colSpan),
      height: header.heights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0),
    };
    drawCell(flow.page, box, COLOR.headerFill);
    drawLinesInBox(flow.page, text, bold, box, 'center');
  }
  flow.take(flow.y - top);
}

function drawRow(flow: PageFlow, grid: TableGrid, fitted: FittedRow, fonts: ReportFonts): void {
  const lefts = columnLefts(grid);
  const font = fitted.row.total ? fonts.bold : fonts.regular;
  fitted.cells.forEach((text, col) => {
    const column = grid.columns[col];
    if (!column) return;
    const box: Box = { x: lefts[col] ?? MARGIN, top: flow.y, width: column.width, height: fitted.height };
    drawCell(flow.page, box, fitted.row.total ? COLOR.totalFill : undefined);
    drawLinesInBox(flow.page, text, font, box, column.align);
  });
  flow.take(fitted.height);
}

/** Draws the whole table, continuing on new pages as needed. */
export function drawTable(flow: PageFlow, grid: TableGrid, fonts: ReportFonts, options: DrawTableOptions): void {
  const header = fitHeader(grid, fonts.bold);
  const headerHeight = header.heights.reduce((a, b) => a + b, 0);
  const rows = grid.body.map((row) => fitRow(grid, row, fonts));

  let drawnOnPage = 0;
  const startPage = (): void => {
    drawHeader(flow, grid, header, fonts.bold);
    drawnOnPage = 0;
  };
  // A header alone at the foot of a page is useless: it starts with at least one row.
  if (!flow.fits(headerHeight + (rows[0]?.height ?? 0))) {
    flow.newPage();
    options.onContinue(flow);
  }
  startPage();
  rows.forEach((fitted, i) => {
    const isLast = i === rows.length - 1;
    const needed = fitted.height + (isLast ? options.keepWithLast : 0);
    if (!flow.fits(needed) && drawnOnPage > 0) {
      flow.newPage();
      options.onContinue(flow);
      startPage();
    }
    drawRow(flow, grid, fitted, fonts);
    drawnOnPage += 1;
  });
}
