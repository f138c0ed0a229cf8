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

export interface TableLayout {
  values: Cell[][];
  /** Number format of every cell: '@' for words, '0' for counts, '0.00' for percents. */
  formats: string[][];
  weights: Weight[][];
  /** Cells to merge (group labels over their Jml | % pair, the stacked header cells). */
  merges: Box[];
  /** Header rows: centred and wrapped. */
  header: Box;
  /** Header rows, category rows and the Jumlah row: ruled. */
  body: Box;
  /** The source line and the stamp. */
  notes: Box;
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

const FORMAT: Record<BodyCell['kind'], string> = { index: COUNT, label: TEXT, count: COUNT, percent: PERCENT, blank: TEXT };

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
  const merges: Box[] = [];

  put(1, 1, grid.title, TEXT, 'bold');
  for (let r = headerTop; r < firstBodyRow; r++) for (let c = 1; c <= tableColumns; c++) put(r, c, '', TEXT, 'bold');
  for (const h of grid.header) {
    put(headerTop + h.row, 1 + h.col, h.text, TEXT, 'bold');
    merges.push({ row: headerTop + h.row, column: 1 + h.col, rows: h.rowSpan, columns: h.colSpan });
  }
  grid.body.forEach((r, i) => {
    const weight: Weight = r.role === 'total' ? 'bold' : 'normal';
    r.cells.forEach((c, j) => put(firstBodyRow + i, 1 + j, cellValue(c), FORMAT[c.kind], weight));
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
    header: { row: headerTop, column: 1, rows: grid.headerRows, columns: tableColumns },
    body: { row: headerTop, column: 1, rows: grid.headerRows + grid.body.length, columns: tableColumns },
    notes: { row: sourceRow, column: 1, rows: grid.notes.length + 1, columns: 1 },
    tableColumns,
    chartData: { row: headerTop, column: chartColumn, rows: 1 + t.rows.length, columns: chartWidth },
    hidden: { column: tableColumns + 1, count: width - tableColumns },
    chartRow: stampRow + 2,
  };
}
