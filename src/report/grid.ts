/**
 * Core's study layout (core/layout.ts) as a grid of strings for the PDF: column widths and
 * alignment, the numbers formatted. This module only sizes and formats; which header cell
 * stands where, and what each body cell holds, is the layout's. Pure: no drawing, so the
 * shape of every table can be tested without parsing a PDF.
 */
import { bodyCellText, keepColumns, studyLayout, type ColumnKind, type GridLayout, type HeaderCell, type StudyLayout } from '../core/layout';
import type { TableModel } from '../core/model';
import { CELL_PAD, type Align } from './draw';
import type { NumberFormats } from './format';
import { widthToWrap, type Measure } from './text';
import { SIZE } from './theme';

export type { HeaderCell };

export interface GridColumn {
  width: number;
  align: Align;
  /** A column of the user's words (labels, messages): its rows grow to show them whole. */
  wrap?: boolean;
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
  /** The lines under the table (the layout's: the base in words for T6–T9, the source line). */
  notes: string[];
}

const NUMBER_COLUMN_WIDTH = 22;
/** The label column keeps at least this much; numeric columns share the rest. */
const MIN_LABEL_WIDTH = 120;
const MAX_NUMERIC_WIDTH = { oneWay: 64, twoWay: 48, counts: 48 } as const;
/** A list's numeric columns (listing.ts) are narrower: its words need the room. */
const LIST_NUMERIC_WIDTH = 52;

const ALIGN: Record<ColumnKind, Align> = { index: 'center', label: 'left', count: 'right', percent: 'right' };

/** Lays a table out in `width` points: the label column takes what the numbers leave. */
export function tableGrid(table: TableModel, fmt: NumberFormats, width: number): TableGrid {
  const layout = studyLayout(table);
  return layoutGrid(layout, fmt, width, MAX_NUMERIC_WIDTH[layout.shape]);
}

/** The faces a grid is measured in (body text regular, header and Jumlah row bold). */
export interface GridFaces {
  regular: Measure;
  bold: Measure;
}

/** Header lines a column of TK may take (table.ts fits headers in three). */
const HEADER_LINES = 3;
/** TK: a kelurahan name wider than this wraps in its cell; a type column wider is cut (a user's very long type). */
const COUNTS_MAX = { label: 130, figure: 80 } as const;

/**
 * A table as the PDF prints it: one grid, or for TK (counts only, one column per group type:
 * 17 and Jumlah do not fit A4 portrait at a legible size) several grids, each with No and
 * Kelurahan (and Kode Wilayah) and as many type columns as fit whole, Jumlah in the last.
 */
export function tableGrids(table: TableModel, fmt: NumberFormats, width: number, faces: GridFaces): TableGrid[] {
  const layout = studyLayout(table);
  if (layout.shape !== 'counts') return [layoutGrid(layout, fmt, width, MAX_NUMERIC_WIDTH[layout.shape])];
  return countsGrids(layout, fmt, width, faces);
}

/**
 * TK's parts. Each column is measured: a count never shrinks or is cut, a type's name wraps at
 * its spaces and slashes onto at most three lines at the table's size (9 pt); the type columns
 * are then dealt into as few parts as fit the width, evenly when they can be.
 */
function countsGrids(layout: StudyLayout, fmt: NumberFormats, width: number, faces: GridFaces): TableGrid[] {
  const texts = layout.body.map((row) => row.cells.map((c) => bodyCellText(c, fmt)));
  const bodyWidth = (j: number): number =>
    Math.max(0, ...layout.body.map((row, i) => (row.role === 'total' ? faces.bold : faces.regular).widthOfTextAtSize(texts[i]?.[j] ?? '', SIZE.cell)));
  const headerWidth = (j: number): number =>
    Math.max(0, ...layout.header.filter((h) => h.col === j && h.colSpan === 1).map((h) => widthToWrap(h.text, faces.bold, SIZE.cell, HEADER_LINES)));
  const need = layout.columns.map((kind, j) => {
    if (kind === 'index') return NUMBER_COLUMN_WIDTH;
    const whole = Math.max(headerWidth(j), bodyWidth(j)) + 2 * CELL_PAD;
    // A count is never cut: its column is at least as wide as its widest number.
    return kind === 'label' ? Math.min(COUNTS_MAX.label, whole) : Math.max(bodyWidth(j) + 2 * CELL_PAD, Math.min(COUNTS_MAX.figure, whole));
  });
  const keys = layout.columns.flatMap((kind, j) => (kind === 'index' || kind === 'label' ? [j] : []));
  const figures = layout.columns.flatMap((kind, j) => (kind === 'count' ? [j] : []));
  const keyWidth = keys.reduce((w, j) => w + (need[j] ?? 0), 0);
  const room = width - keyWidth;
  const parts = dealColumns(figures, (j) => need[j] ?? 0, room);
  const numericCap = MAX_NUMERIC_WIDTH.counts;
  return parts.map((part) => {
    const keep = [...keys, ...part];
    const own = keepColumns(layout, keep);
    const widths = keep.map((j) => need[j] ?? 0);
    // Room left over widens the narrow count columns (up to a two-way table's), then the name.
    let spare = room - part.reduce((w, j) => w + (need[j] ?? 0), 0);
    const narrow = keep.map((j, i) => (layout.columns[j] === 'count' && (widths[i] ?? 0) < numericCap ? i : -1)).filter((i) => i >= 0);
    for (const i of narrow) {
      const add = Math.min(numericCap - (widths[i] ?? 0), spare / narrow.length);
      widths[i] = (widths[i] ?? 0) + add;
    }
    spare = width - widths.reduce((a, b) => a + b, 0);
    const name = keep.findIndex((j) => layout.columns[j] === 'label');
    if (parts.length === 1 && name >= 0 && spare > 0) widths[name] = (widths[name] ?? 0) + spare;
    return {
      columns: own.columns.map((kind, i): GridColumn => ({ width: widths[i] ?? 0, align: ALIGN[kind], ...(kind === 'label' ? { wrap: true } : {}) })),
      headerRows: own.headerRows,
      header: own.header,
      body: own.body.map((row) => ({ cells: row.cells.map((c) => bodyCellText(c, fmt)), total: row.role === 'total' })),
      notes: own.notes,
    };
  });
}

/**
 * Columns in order into the fewest parts whose widths fit `room` (each at least one column),
 * then as even in number as still fits: 18 columns in 3 parts of 6, not 8, 8 and 2.
 */
export function dealColumns(columns: readonly number[], widthOf: (col: number) => number, room: number): number[][] {
  const greedy: number[][] = [];
  let current: number[] = [];
  let used = 0;
  for (const col of columns) {
    const w = widthOf(col);
    if (current.length > 0 && used + w > room + 1e-6) {
      greedy.push(current);
      current = [];
      used = 0;
    }
    current.push(col);
    used += w;
  }
  if (current.length > 0) greedy.push(current);
  const per = Math.ceil(columns.length / Math.max(1, greedy.length));
  const even: number[][] = [];
  for (let i = 0; i < columns.length; i += per) even.push(columns.slice(i, i + per));
  const fits = (part: number[]): boolean => part.length === 1 || part.reduce((w, col) => w + widthOf(col), 0) <= room + 1e-6;
  return even.length === greedy.length && even.every(fits) ? even : greedy;
}

/** One of Pranata's lists (listing.ts) in `width` points. */
export function listingGrid(layout: GridLayout, fmt: NumberFormats, width: number): TableGrid {
  return layoutGrid(layout, fmt, width, LIST_NUMERIC_WIDTH);
}

/** Any grid of layout.ts: the label columns share what the numbers leave. */
function layoutGrid(layout: GridLayout, fmt: NumberFormats, width: number, maxNumeric: number): TableGrid {
  const body: GridRow[] = layout.body.map((row) => ({
    cells: row.cells.map((c) => bodyCellText(c, fmt)),
    total: row.role === 'total',
  }));
  const numericCount = layout.columns.filter((kind) => kind === 'count' || kind === 'percent').length;
  const numericWidth = numericCount === 0 ? 0 : Math.min(maxNumeric, (width - NUMBER_COLUMN_WIDTH - MIN_LABEL_WIDTH) / numericCount);
  const labelWidths = labelShares(layout, body, width - NUMBER_COLUMN_WIDTH - numericWidth * numericCount);
  const columns = layout.columns.map(
    (kind, j): GridColumn => ({
      width: kind === 'index' ? NUMBER_COLUMN_WIDTH : kind === 'label' ? (labelWidths[j] ?? 0) : numericWidth,
      align: ALIGN[kind],
      ...(kind === 'label' ? { wrap: true } : {}),
    }),
  );
  return { columns, headerRows: layout.headerRows, header: layout.header, body, notes: layout.notes };
}

/** Longest text a label column's width follows (in characters); longer ones wrap. */
const LABEL_CHARS = { min: 6, max: 36, pad: 2, bold: 3 } as const;

/**
 * The label columns' widths: `room` shared by how long their texts are (a list's RW or year
 * column takes little, its names much), each text counted up to LABEL_CHARS.max.
 */
function labelShares(layout: GridLayout, body: readonly GridRow[], room: number): number[] {
  const weights = layout.columns.map((kind, j) => {
    if (kind !== 'label') return 0;
    const words = layout.header.filter((h) => h.col === j && h.colSpan === 1).flatMap((h) => h.text.split(/\s+/));
    // Header words are bold and never break: they count a few characters more.
    const longest = Math.max(0, ...words.map((w) => w.length + LABEL_CHARS.bold), ...body.map((r) => (r.cells[j] ?? '').length));
    return Math.min(LABEL_CHARS.max, Math.max(LABEL_CHARS.min, longest)) + LABEL_CHARS.pad;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total === 0 ? 0 : (room * w) / total));
}
