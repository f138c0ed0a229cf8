/**
 * One table of CODEBOOK §6 as sheet cells: the title, then core's study layout (layout.ts)
 * from row 3, then the source line and a stamp. This module only places and styles that
 * layout (number formats, weights, merges); it decides no cell of the table. Pure: no Apps
 * Script here, so the placing is tested apart from the writing.
 *
 * To the right, past a gap, sits the chart's data: the row labels and the counts, with the
 * column labels as series names. Those columns are hidden (and left out of a PDF); the chart
 * is told to plot hidden data.
 */
import { cellValue, LAYOUT_WORDS, studyLayout, type BodyCell, type TableModel } from '../core';

export type Cell = string | number;
export type Weight = 'bold' | 'normal';

/** A block of cells, 1-based. */
export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A sheet's cells and where its blocks are: what grid-sheet.ts writes. */
export interface SheetGrid extends Blocks {
  values: Cell[][];
  /** Number format of every cell: '@' for words, '0' for counts, '0.00' for percents. */
  formats: string[][];
  weights: Weight[][];
}

/** The body is the header rows, the category rows and the Jumlah row; the notes the source line. */
export interface TableLayout extends SheetGrid {
  /** Cells to merge (group labels over their Jml | % pair, the stacked header cells). */
  merges: Box[];
  /** Last column of the printed table. */
  tableColumns: number;
  /** The chart's data (header row of series names + one row per category). */
  chartData: Box;
  /** Columns to hide: the gap and the chart's data. */
  hidden: { column: number; count: number };
  /** Row under which the chart is anchored. */
  chartRow: number;
}

export const TEXT = '@';
export const COUNT = '0';
export const PERCENT = '0.00';

/** Number format of each kind of body cell (core layout.ts), for the tables and the lists alike. */
export const BODY_FORMAT: Record<BodyCell['kind'], string> = { index: COUNT, label: TEXT, count: COUNT, percent: PERCENT, blank: TEXT };

/** The cells of a sheet being laid out, with what sets one (1-based; a cell outside is ignored). */
export interface CellGrid {
  values: Cell[][];
  formats: string[][];
  weights: Weight[][];
  put: (row: number, column: number, v: Cell, format?: string, weight?: Weight) => void;
}

/** A height x width grid of blank text cells of normal weight. */
export function cellGrid(height: number, width: number): CellGrid {
  const values: Cell[][] = Array.from({ length: height }, () => Array<Cell>(width).fill(''));
  const formats: string[][] = Array.from({ length: height }, () => Array<string>(width).fill(TEXT));
  const weights: Weight[][] = Array.from({ length: height }, () => Array<Weight>(width).fill('normal'));
  const put = (row: number, column: number, v: Cell, format = TEXT, weight: Weight = 'normal') => {
    const r = values[row - 1];
    const f = formats[row - 1];
    const w = weights[row - 1];
    if (r === undefined || f === undefined || w === undefined) return;
    r[column - 1] = v;
    f[column - 1] = format;
    w[column - 1] = weight;
  };
  return { values, formats, weights, put };
}

/** Where a table or list sits, as its writer styles it. */
export interface Blocks {
  /** Header rows: centred and wrapped. */
  header: Box;
  /** Header rows and body rows: ruled. */
  body: Box;
  /** The notes under it and the stamp: italic. */
  notes: Box;
}

/**
 * The blocks of a table or list `width` columns wide whose header starts at row `top`, with
 * `bodyRows` rows under the header and `notes` lines from row `notesRow`, then the stamp.
 */
export function blocks(top: number, headerRows: number, bodyRows: number, notesRow: number, notes: number, width: number): Blocks {
  return {
    header: { row: top, column: 1, rows: headerRows, columns: width },
    body: { row: top, column: 1, rows: headerRows + bodyRows, columns: width },
    notes: { row: notesRow, column: 1, rows: notes + 1, columns: 1 },
  };
}

export function tableLayout(t: TableModel, stamp: string): TableLayout {
  const grid = studyLayout(t);
  const tableColumns = grid.columns.length;
  const headerTop = 3;
  const firstBodyRow = headerTop + grid.headerRows;
  const sourceRow = firstBodyRow + grid.body.length + 1;
  const stampRow = sourceRow + grid.notes.length;
  const chartColumn = tableColumns + 2;
  const series = grid.shape === 'oneWay' ? [LAYOUT_WORDS.total] : t.columns.map((c) => c.label);
  const chartWidth = 1 + series.length;
  const width = chartColumn + chartWidth - 1;
  const height = Math.max(stampRow, headerTop + t.rows.length);

  const { values, formats, weights, put } = cellGrid(height, width);
  const merges: Box[] = [];

  put(1, 1, grid.title, TEXT, 'bold');
  for (let r = headerTop; r < firstBodyRow; r++) for (let c = 1; c <= tableColumns; c++) put(r, c, '', TEXT, 'bold');
  for (const h of grid.header) {
    put(headerTop + h.row, 1 + h.col, h.text, TEXT, 'bold');
    merges.push({ row: headerTop + h.row, column: 1 + h.col, rows: h.rowSpan, columns: h.colSpan });
  }
  grid.body.forEach((r, i) => {
    const weight: Weight = r.role === 'total' ? 'bold' : 'normal';
    r.cells.forEach((c, j) => put(firstBodyRow + i, 1 + j, cellValue(c), BODY_FORMAT[c.kind], weight));
  });
  grid.notes.forEach((line, i) => put(sourceRow + i, 1, line));
  put(stampRow, 1, stamp);

  // The chart's data, beside the table (hidden).
  put(headerTop, chartColumn, t.rowHeader);
  series.forEach((s, j) => put(headerTop, chartColumn + 1 + j, s));
  t.rows.forEach((r, i) => {
    put(headerTop + 1 + i, chartColumn, r.label);
    series.forEach((_, j) => put(headerTop + 1 + i, chartColumn + 1 + j, r.counts[j] ?? 0, COUNT));
  });

  return {
    values,
    formats,
    weights,
    merges,
    ...blocks(headerTop, grid.headerRows, grid.body.length, sourceRow, grid.notes.length, tableColumns),
    tableColumns,
    chartData: { row: headerTop, column: chartColumn, rows: 1 + t.rows.length, columns: chartWidth },
    hidden: { column: tableColumns + 1, count: width - tableColumns },
    chartRow: stampRow + 2,
  };
}
