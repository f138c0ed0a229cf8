/**
 * One table of CODEBOOK §6 as sheet cells, laid out like the study's tables (and like the
 * CLI's XLSX): title; header rows No | row header | each column's "Jml | %" | Jumlah "Jml | %";
 * one row per category; the Jumlah row; the source line; a stamp. Pure: no Apps Script here,
 * so the layout is computed (and tested) apart from the writing. It renders the TableModel as
 * it is; the only figure it adds is the "%" of a row's own total, 100 (0 for an empty row),
 * as the study and the XLSX print it.
 *
 * To the right, past a gap, sits the chart's data: the row labels and the counts, with the
 * column labels as series names. Those columns are hidden (and left out of a PDF); the chart
 * is told to plot hidden data.
 */
import { TOTAL_LABEL, type TableModel, type TableRow } from '../core';

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

/** The "%" of the Jumlah column: a row's share of its own total. */
function ownShare(total: number): number {
  return total > 0 ? 100 : 0;
}

/** The cells of one row of figures, after the No and label columns. */
function figures(t: TableModel, r: TableRow): number[] {
  if (t.percentBase === 'column') return [r.counts[0] ?? 0, r.percents[0] ?? 0];
  const out: number[] = [];
  r.counts.forEach((n, j) => out.push(n, r.percents[j] ?? 0));
  out.push(r.total, ownShare(r.total));
  return out;
}

/** The labels over each Jml | % pair. */
function groups(t: TableModel): string[] {
  return t.percentBase === 'column' ? [TOTAL_LABEL] : [...t.columns.map((c) => c.label), TOTAL_LABEL];
}

export function tableLayout(t: TableModel, stamp: string): TableLayout {
  const twoWay = t.percentBase === 'row';
  const pairs = groups(t);
  const tableColumns = 2 + pairs.length * 2;
  const spanHeader = twoWay && t.columnHeader !== '';
  const headerTop = 3;
  const headerRows = spanHeader ? 3 : 2;
  const firstBodyRow = headerTop + headerRows;
  const totalRow = firstBodyRow + t.rows.length;
  const sourceRow = totalRow + 2;
  const stampRow = sourceRow + 1;
  const chartColumn = tableColumns + 2;
  const series = twoWay ? t.columns.map((c) => c.label) : [TOTAL_LABEL];
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

  put(1, 1, t.title, TEXT, 'bold');

  // Header rows.
  const bold = (row: number, column: number, v: Cell) => put(row, column, v, TEXT, 'bold');
  for (let r = headerTop; r < firstBodyRow; r++) for (let c = 1; c <= tableColumns; c++) bold(r, c, '');
  bold(headerTop, 1, 'No');
  bold(headerTop, 2, t.rowHeader);
  merges.push({ row: headerTop, column: 1, rows: headerRows, columns: 1 }, { row: headerTop, column: 2, rows: headerRows, columns: 1 });
  const labelRow = firstBodyRow - 2;
  if (spanHeader) {
    bold(headerTop, 3, t.columnHeader);
    merges.push({ row: headerTop, column: 3, rows: 1, columns: t.columns.length * 2 });
  }
  pairs.forEach((label, k) => {
    const c = 3 + k * 2;
    const isTotal = twoWay && k === pairs.length - 1;
    // With a spanning header, "Jumlah" stands beside it and takes both upper rows.
    const top = isTotal && spanHeader ? headerTop : labelRow;
    bold(top, c, label);
    merges.push({ row: top, column: c, rows: labelRow - top + 1, columns: 2 });
    bold(firstBodyRow - 1, c, 'Jml');
    bold(firstBodyRow - 1, c + 1, '%');
  });

  // Category rows and the Jumlah row.
  const body = (row: number, no: Cell, r: TableRow, weight: Weight) => {
    put(row, 1, no, no === '' ? TEXT : COUNT, weight);
    put(row, 2, r.label, TEXT, weight);
    figures(t, r).forEach((v, j) => put(row, 3 + j, v, j % 2 === 0 ? COUNT : PERCENT, weight));
  };
  t.rows.forEach((r, i) => body(firstBodyRow + i, i + 1, r, 'normal'));
  body(totalRow, '', t.total, 'bold');

  put(sourceRow, 1, t.source);
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
    header: { row: headerTop, column: 1, rows: headerRows, columns: tableColumns },
    body: { row: headerTop, column: 1, rows: totalRow - headerTop + 1, columns: tableColumns },
    notes: { row: sourceRow, column: 1, rows: 2, columns: 1 },
    tableColumns,
    chartData: { row: headerTop, column: chartColumn, rows: 1 + t.rows.length, columns: chartWidth },
    hidden: { column: tableColumns + 1, count: width - tableColumns },
    chartRow: stampRow + 2,
  };
}
