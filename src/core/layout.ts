/**
 * The study's table grid, once, for every writer (sheet, XLSX, PDF, terminal text): which
 * header cell stands where and how far it spans, and what each body cell holds (a running
 * number, a label, a count or a percent). Writers only style it: fonts, borders, number
 * formats, widths. Nothing here formats a number or knows a page.
 *
 * As the 2006 study prints them (seed text, Tabel 1–5):
 *
 * Two-way (percents along the row: T1, T3, T5; also with a one-category list):
 *   No | <rowHeader> | <columnHeader> ........................... |
 *      |             | <column 1>  | <column 2>  ... | Jumlah      |
 *      |             | Jml  | %    | Jml  | %    ... | Jml  | %    |
 *   ...one row per category; the Jumlah row. The Jumlah column's % is the row's share of its
 *   own total: 100, or 0 for an empty row (CODEBOOK §6: all percents 0 when the base is 0).
 *
 * One-way (percents down the one column: T2, T4, T7; and each row on its own: T6, T8, T9):
 *   No | <rowHeader> | Jumlah | %
 *   The several-of tables' last row, `Jumlah kelompok`, holds the base and no percent
 *   (CODEBOOK §8); under T6–T9 the base is said in words before the source line.
 *
 * Counts only (the roll-up TK of CODEBOOK §9, percent base `none`):
 *   No | <rowHeader> | [Kode Wilayah] | <columnHeader> ............ |
 *      |             |                | <column 1> ... | Jumlah     |
 *   ...one row per kelurahan; the Jumlah row. The Kode Wilayah column stands only when a
 *   row has a code (it then keys the kelurahan).
 */
import { FIELD_BY_ID } from './codebook';
import type { PercentBase, TableModel, TableRow } from './model';
import { TOTAL_LABEL } from './tables';

export type TableShape = 'twoWay' | 'oneWay' | 'counts';

/** The words of the grid's header: the study's, in Bahasa Indonesia in every writer. */
export const LAYOUT_WORDS = { number: 'No', count: 'Jml', percent: '%', total: TOTAL_LABEL, code: FIELD_BY_ID.kodeWilayah.header } as const;

/** Decided by the percent base alone, so a one-category list still gives a two-way table. */
export function tableShape(t: { percentBase: PercentBase }): TableShape {
  switch (t.percentBase) {
    case 'row':
      return 'twoWay';
    case 'column':
    case 'base':
      return 'oneWay';
    case 'none':
      return 'counts';
  }
}

/** What a grid column holds, for the writers' widths and alignment. */
export type ColumnKind = 'index' | 'label' | 'count' | 'percent';

export type BodyCell =
  | { kind: 'index'; value: number }
  | { kind: 'label'; text: string }
  | { kind: 'count'; value: number }
  | { kind: 'percent'; value: number }
  | { kind: 'blank' };

export interface BodyRow {
  /** `total`: the Jumlah row, drawn bold. */
  role: 'category' | 'total';
  cells: BodyCell[];
}

/** A header cell; row and col are 0-based within the header block. */
export interface HeaderCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * A grid as every writer styles it: a study table's (studyLayout) or a plain list's
 * (listing.ts: the comparison of two rounds, Rekap, Daftar Kelompok).
 */
export interface GridLayout {
  title: string;
  /** One entry per grid column. */
  columns: ColumnKind[];
  headerRows: number;
  header: HeaderCell[];
  /** One row per category, then the Jumlah row. */
  body: BodyRow[];
  /** The lines under the table: the base in words (T6–T9), the source line. */
  notes: string[];
}

export interface StudyLayout extends GridLayout {
  shape: TableShape;
}

const count = (value: number): BodyCell => ({ kind: 'count', value });
const percent = (value: number): BodyCell => ({ kind: 'percent', value });

/** The "%" of the Jumlah column: a row's share of its own total. */
export function ownShare(total: number): number {
  return total > 0 ? 100 : 0;
}

function figures(shape: TableShape, r: TableRow): BodyCell[] {
  switch (shape) {
    case 'counts':
      return [...r.counts.map(count), count(r.total)];
    case 'twoWay': {
      const out: BodyCell[] = [];
      r.counts.forEach((n, j) => out.push(count(n), percent(r.percents[j] ?? 0)));
      out.push(count(r.total), percent(ownShare(r.total)));
      return out;
    }
    case 'oneWay': {
      // A row without a percent (`Jumlah kelompok`, CODEBOOK §8) leaves the % cell blank.
      const p = r.percents[0];
      return [count(r.counts[0] ?? 0), p === undefined ? { kind: 'blank' } : percent(p)];
    }
  }
}

function header(shape: TableShape, t: TableModel): { rows: number; cells: HeaderCell[] } {
  const w = LAYOUT_WORDS;
  const cell = (text: string, row: number, col: number, rowSpan = 1, colSpan = 1): HeaderCell => ({ text, row, col, rowSpan, colSpan });
  switch (shape) {
    case 'oneWay':
      return { rows: 1, cells: [cell(w.number, 0, 0), cell(t.rowHeader, 0, 1), cell(w.total, 0, 2), cell(w.percent, 0, 3)] };
    case 'counts': {
      const coded = hasCodes(t);
      const first = coded ? 3 : 2;
      const cells = [cell(w.number, 0, 0, 2), cell(t.rowHeader, 0, 1, 2)];
      if (coded) cells.push(cell(w.code, 0, 2, 2));
      const groups = [...t.columns.map((c) => c.label), w.total];
      cells.push(cell(t.columnHeader, 0, first, 1, groups.length));
      groups.forEach((label, k) => cells.push(cell(label, 1, first + k)));
      return { rows: 2, cells };
    }
    case 'twoWay': {
      const spanned = t.columnHeader !== '';
      const rows = spanned ? 3 : 2;
      const groups = [...t.columns.map((c) => c.label), w.total];
      const cells = [cell(w.number, 0, 0, rows), cell(t.rowHeader, 0, 1, rows)];
      // The study spans the column header over every pair, the Jumlah pair included.
      if (spanned) cells.push(cell(t.columnHeader, 0, 2, 1, groups.length * 2));
      groups.forEach((label, k) => {
        cells.push(cell(label, rows - 2, 2 + 2 * k, 1, 2), cell(w.count, rows - 1, 2 + 2 * k), cell(w.percent, rows - 1, 3 + 2 * k));
      });
      return { rows, cells };
    }
  }
}

/** TK's rows carry the Kode Wilayah that keyed them, when the data had codes. */
function hasCodes(t: TableModel): boolean {
  return t.rows.some((r) => r.code !== undefined && r.code !== '');
}

export function studyLayout(t: TableModel): StudyLayout {
  const shape = tableShape(t);
  const coded = shape === 'counts' && hasCodes(t);
  const row = (role: BodyRow['role'], first: BodyCell, r: TableRow): BodyRow => ({
    role,
    cells: [
      first,
      { kind: 'label', text: r.label },
      ...(coded ? [r.code === undefined || r.code === '' ? ({ kind: 'blank' } as const) : ({ kind: 'label', text: r.code } as const)] : []),
      ...figures(shape, r),
    ],
  });
  const body = t.rows.map((r, i) => row('category', { kind: 'index', value: i + 1 }, r));
  body.push(row('total', { kind: 'blank' }, t.total));
  const h = header(shape, t);
  const columns: ColumnKind[] = ['index', 'label'];
  if (coded) columns.push('label');
  // Two-way figures alternate count and percent; one-way is a count and its percent; TK counts only.
  const figureColumns = shape === 'twoWay' ? 2 * (t.columns.length + 1) : shape === 'oneWay' ? 2 : t.columns.length + 1;
  for (let j = 0; j < figureColumns; j++) columns.push(shape === 'counts' || j % 2 === 0 ? 'count' : 'percent');
  return { shape, title: t.title, columns, headerRows: h.rows, header: h.cells, body, notes: t.basis === undefined ? [t.source] : [t.basis, t.source] };
}

/** A body cell as a sheet or workbook holds it: numbers stay numbers (the format shows them). */
export function cellValue(c: BodyCell): string | number {
  switch (c.kind) {
    case 'label':
      return c.text;
    case 'blank':
      return '';
    default:
      return c.value;
  }
}

/** A body cell as printed text, numbers through the writer's own formatters. */
export function bodyCellText(c: BodyCell, fmt: { count(n: number): string; percent(n: number): string }): string {
  switch (c.kind) {
    case 'index':
      return String(c.value);
    case 'label':
      return c.text;
    case 'count':
      return fmt.count(c.value);
    case 'percent':
      return fmt.percent(c.value);
    case 'blank':
      return '';
  }
}

/**
 * The grid with only the columns `keep` (ascending grid indices), as a table too wide for its
 * page is printed in parts (the PDF's TK: No and Kelurahan repeated, the group types shared
 * out). A header cell stays when it spans a kept column, narrowed to the kept ones.
 */
export function keepColumns<L extends GridLayout>(layout: L, keep: readonly number[]): L {
  const at = new Map(keep.map((col, i) => [col, i] as const));
  const header: HeaderCell[] = [];
  for (const cell of layout.header) {
    const kept = keep.filter((col) => col >= cell.col && col < cell.col + cell.colSpan);
    const first = kept[0];
    if (first === undefined) continue;
    header.push({ ...cell, col: at.get(first) ?? 0, colSpan: kept.length });
  }
  return {
    ...layout,
    columns: keep.map((col) => layout.columns[col] ?? 'label'),
    header,
    body: layout.body.map((row) => ({ ...row, cells: keep.map((col): BodyCell => row.cells[col] ?? { kind: 'blank' }) })),
  };
}
