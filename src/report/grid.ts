/**
 * Core's study layout (core/layout.ts) as a grid of strings for the PDF: column widths and
 * alignment, the numbers formatted. This module only sizes and formats; which header cell
 * stands where, and what each body cell holds, is the layout's. Pure: no drawing, so the
 * shape of every table can be tested without parsing a PDF.
 */
import { bodyCellText, studyLayout, type ColumnKind, type GridLayout, type HeaderCell } from '../core/layout';
import type { TableModel } from '../core/model';
import type { Align } from './draw';
import type { NumberFormats } from './format';

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
