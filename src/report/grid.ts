/**
 * Core's study layout (core/layout.ts) as a grid of strings for the PDF: column widths and
 * alignment, the numbers formatted. This module only sizes and formats; which header cell
 * stands where, and what each body cell holds, is the layout's. Pure: no drawing, so the
 * shape of every table can be tested without parsing a PDF.
 */
import { bodyCellText, studyLayout, type ColumnKind, type HeaderCell } from '../core/layout';
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
const MAX_NUMERIC_WIDTH = { oneWay: 64, twoWay: 48 } as const;

const ALIGN: Record<ColumnKind, Align> = { index: 'center', label: 'left', count: 'right', percent: 'right' };

/** Lays a table out in `width` points: the label column takes what the numbers leave. */
export function tableGrid(table: TableModel, fmt: NumberFormats, width: number): TableGrid {
  const layout = studyLayout(table);
  const body: GridRow[] = layout.body.map((row) => ({
    cells: row.cells.map((c) => bodyCellText(c, fmt)),
    total: row.role === 'total',
  }));
  const numericCount = layout.columns.filter((kind) => kind === 'count' || kind === 'percent').length;
  const maxNumeric = MAX_NUMERIC_WIDTH[layout.shape];
  const numericWidth = Math.min(maxNumeric, (width - NUMBER_COLUMN_WIDTH - MIN_LABEL_WIDTH) / numericCount);
  const labelWidth = width - NUMBER_COLUMN_WIDTH - numericWidth * numericCount;
  const columns = layout.columns.map(
    (kind): GridColumn => ({
      width: kind === 'index' ? NUMBER_COLUMN_WIDTH : kind === 'label' ? labelWidth : numericWidth,
      align: ALIGN[kind],
      ...(kind === 'label' ? { wrap: true } : {}),
    }),
  );
  return { columns, headerRows: layout.headerRows, header: layout.header, body, notes: layout.notes };
}
