/**
 * A TableModel as a grid of strings: column widths, the header cells with their spans (as
 * the study prints them) and one row of cells per category plus the `Jumlah` row. Pure:
 * no drawing, so the shape of every table can be tested without parsing a PDF.
 *
 * Two-way table (T1, T3, T5):
 *   No | <rowHeader> | <columnHeader>                      | Jumlah
 *      |             | <bucket 1>      | <bucket 2>  ...  |
 *      |             | Jml  | %        | Jml  | %         | Jml | %
 * One-way table (T2, T4):
 *   No | <rowHeader> | Jumlah | %
 */
import type { TableModel, TableRow } from '../core/model';
import type { Align } from './draw';
import type { NumberFormats } from './format';
import type { ReportLabels } from './labels';

export interface GridColumn {
  width: number;
  align: Align;
  /** A column of the user's words (labels, messages): its rows grow to show them whole. */
  wrap?: boolean;
}

export interface HeaderCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface GridRow {
  cells: string[];
  /** The `Jumlah` row: drawn bold on a grey ground. */
  total: boolean;
}

export interface TableGrid {
  columns: GridColumn[];
  headerRows: number;
  header: HeaderCell[];
  body: GridRow[];
}

const NUMBER_COLUMN_WIDTH = 22;
/** The label column keeps at least this much; numeric columns share the rest. */
const MIN_LABEL_WIDTH = 120;
const MAX_NUMERIC_WIDTH = { oneWay: 64, twoWay: 48 } as const;

/** One-way tables (T2, T4) have a single count column: the category's own count. */
export function isOneWay(table: TableModel): boolean {
  return table.columns.length === 1;
}

/**
 * Whether the `Jumlah` column gets a % sub-column. With row percents every non-empty row
 * is 100 % of itself (the study prints that column); with column percents the row's share
 * of all groups is not in the model, so the column is left out rather than computed here.
 */
function hasRowSharePercent(table: TableModel): boolean {
  return table.percentBase === 'row';
}

function numericCells(table: TableModel, row: TableRow, fmt: NumberFormats): string[] {
  const cells: string[] = [];
  row.counts.forEach((count, i) => {
    cells.push(fmt.count(count), fmt.percent(row.percents[i] ?? 0));
  });
  if (isOneWay(table)) return cells;
  cells.push(fmt.count(row.total));
  // A row that is 100 % of itself, or 0 when it has no groups (CODEBOOK §6: all percents 0).
  if (hasRowSharePercent(table)) cells.push(fmt.percent(row.total > 0 ? 100 : 0));
  return cells;
}

function headerCells(table: TableModel, labels: ReportLabels): { rows: number; cells: HeaderCell[] } {
  const first: HeaderCell[] = [
    { text: labels.number, row: 0, col: 0, rowSpan: 1, colSpan: 1 },
    { text: table.rowHeader, row: 0, col: 1, rowSpan: 1, colSpan: 1 },
  ];
  if (isOneWay(table)) {
    const countLabel = table.columns[0]?.label ?? labels.total;
    first.push(
      { text: countLabel, row: 0, col: 2, rowSpan: 1, colSpan: 1 },
      { text: labels.percent, row: 0, col: 3, rowSpan: 1, colSpan: 1 },
    );
    return { rows: 1, cells: first };
  }
  const k = table.columns.length;
  const totalSpan = hasRowSharePercent(table) ? 2 : 1;
  const cells: HeaderCell[] = first.map((cell) => ({ ...cell, rowSpan: 3 }));
  cells.push({ text: table.columnHeader, row: 0, col: 2, rowSpan: 1, colSpan: 2 * k });
  cells.push({ text: labels.total, row: 0, col: 2 + 2 * k, rowSpan: 2, colSpan: totalSpan });
  table.columns.forEach((column, i) => {
    cells.push({ text: column.label, row: 1, col: 2 + 2 * i, rowSpan: 1, colSpan: 2 });
    cells.push({ text: labels.count, row: 2, col: 2 + 2 * i, rowSpan: 1, colSpan: 1 });
    cells.push({ text: labels.percent, row: 2, col: 3 + 2 * i, rowSpan: 1, colSpan: 1 });
  });
  cells.push({ text: labels.count, row: 2, col: 2 + 2 * k, rowSpan: 1, colSpan: 1 });
  if (totalSpan === 2) cells.push({ text: labels.percent, row: 2, col: 3 + 2 * k, rowSpan: 1, colSpan: 1 });
  return { rows: 3, cells };
}

/** Lays a table out in `width` points: the label column takes what the numbers leave. */
export function tableGrid(
  table: TableModel,
  labels: ReportLabels,
  fmt: NumberFormats,
  width: number,
): TableGrid {
  const body: GridRow[] = table.rows.map((row, i) => ({
    cells: [String(i + 1), row.label, ...numericCells(table, row, fmt)],
    total: false,
  }));
  body.push({ cells: ['', table.total.label, ...numericCells(table, table.total, fmt)], total: true });

  const numericCount = (body[0]?.cells.length ?? 2) - 2;
  const maxNumeric = isOneWay(table) ? MAX_NUMERIC_WIDTH.oneWay : MAX_NUMERIC_WIDTH.twoWay;
  const numericWidth = Math.min(maxNumeric, (width - NUMBER_COLUMN_WIDTH - MIN_LABEL_WIDTH) / numericCount);
  const labelWidth = width - NUMBER_COLUMN_WIDTH - numericWidth * numericCount;
  const columns: GridColumn[] = [
    { width: NUMBER_COLUMN_WIDTH, align: 'center' },
    { width: labelWidth, align: 'left', wrap: true },
    ...Array.from({ length: numericCount }, (): GridColumn => ({ width: numericWidth, align: 'right' })),
  ];
  const header = headerCells(table, labels);
  return { columns, headerRows: header.rows, header: header.cells, body };
}
