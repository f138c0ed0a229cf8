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
import { cellValue, LAYOUT_WORDS, studyLayout, type BodyCell, type StudyLayout, type TableModel } from '../core';

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

/** Where one study table sits on a sheet whose title row is `at`: header two rows below, then body and notes. */
interface Placed {
  grid: StudyLayout;
  title: number;
  headerTop: number;
  firstBodyRow: number;
  sourceRow: number;
  /** The row after its notes. */
  end: number;
}

function placed(grid: StudyLayout, at: number): Placed {
  const headerTop = at + 2;
  const firstBodyRow = headerTop + grid.headerRows;
  const sourceRow = firstBodyRow + grid.body.length + 1;
  return { grid, title: at, headerTop, firstBodyRow, sourceRow, end: sourceRow + grid.notes.length };
}

/** Puts a placed table (title, header, body, notes) into the cells; returns its merges and blocks. */
function putTable(g: CellGrid, p: Placed): { merges: Box[]; blocks: Blocks } {
  const { grid } = p;
  const tableColumns = grid.columns.length;
  const merges: Box[] = [];
  g.put(p.title, 1, grid.title, TEXT, 'bold');
  for (let r = p.headerTop; r < p.firstBodyRow; r++) for (let c = 1; c <= tableColumns; c++) g.put(r, c, '', TEXT, 'bold');
  for (const h of grid.header) {
    g.put(p.headerTop + h.row, 1 + h.col, h.text, TEXT, 'bold');
    merges.push({ row: p.headerTop + h.row, column: 1 + h.col, rows: h.rowSpan, columns: h.colSpan });
  }
  grid.body.forEach((r, i) => {
    const weight: Weight = r.role === 'total' ? 'bold' : 'normal';
    r.cells.forEach((c, j) => g.put(p.firstBodyRow + i, 1 + j, cellValue(c), BODY_FORMAT[c.kind], weight));
  });
  grid.notes.forEach((line, i) => g.put(p.sourceRow + i, 1, line));
  return { merges, blocks: blocks(p.headerTop, grid.headerRows, grid.body.length, p.sourceRow, grid.notes.length, tableColumns) };
}

export function tableLayout(t: TableModel, stamp: string): TableLayout {
  const p = placed(studyLayout(t), 1);
  const { grid, headerTop } = p;
  const tableColumns = grid.columns.length;
  const stampRow = p.end;
  const chartColumn = tableColumns + 2;
  const series = grid.shape === 'oneWay' ? [LAYOUT_WORDS.total] : t.columns.map((c) => c.label);
  const chartWidth = 1 + series.length;
  const width = chartColumn + chartWidth - 1;
  const height = Math.max(stampRow, headerTop + t.rows.length);

  const g = cellGrid(height, width);
  const { values, formats, weights, put } = g;
  const table = putTable(g, p);
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
    merges: table.merges,
    ...table.blocks,
    tableColumns,
    chartData: { row: headerTop, column: chartColumn, rows: 1 + t.rows.length, columns: chartWidth },
    hidden: { column: tableColumns + 1, count: width - tableColumns },
    chartRow: stampRow + 2,
  };
}

/** A kelurahan's sheet: its heading, then its tables one under the other (as the CLI's XLSX lays out `--by kelurahan`), then a stamp. */
export interface StackLayout {
  values: Cell[][];
  formats: string[][];
  weights: Weight[][];
  merges: Box[];
  /** Each table's blocks, styled as a table sheet's. */
  tables: Blocks[];
  /** Last column of the widest table. */
  tableColumns: number;
}

/** Rows between one table's notes and the next table's title. */
const STACK_GAP = 2;

export function stackLayout(heading: string, tables: readonly TableModel[], stamp: string): StackLayout {
  const places: Placed[] = [];
  let at = 3;
  for (const t of tables) {
    const p = placed(studyLayout(t), at);
    places.push(p);
    at = p.end + STACK_GAP;
  }
  const tableColumns = Math.max(2, ...places.map((p) => p.grid.columns.length));
  const stampRow = (places.at(-1)?.end ?? 2) + 1;
  const g = cellGrid(stampRow, tableColumns);
  g.put(1, 1, heading, TEXT, 'bold');
  const merges: Box[] = [];
  const out: Blocks[] = [];
  for (const p of places) {
    const one = putTable(g, p);
    merges.push(...one.merges);
    out.push(one.blocks);
  }
  g.put(stampRow, 1, stamp);
  return { values: g.values, formats: g.formats, weights: g.weights, merges, tables: out, tableColumns };
}
