/**
 * Plain lists in the study tables' grid (layout.ts GridLayout): one header row, a running
 * number, then the list's own columns. The comparison of two rounds, Rekap and Daftar
 * Kelompok are listings, so every writer (terminal text, XLSX, PDF, the add-on's sheets)
 * prints them with the code that prints the tables; no writer decides a cell of a list.
 */
import type { BodyCell, BodyRow, ColumnKind, GridLayout, HeaderCell } from './layout';

/** Which list it is: the add-on finds its sheet by this, the XLSX names a sheet after it. */
export type ListingId = 'compare' | 'compareGroups' | 'rekapRw' | 'rekapPetugas' | 'daftar';

export interface Listing extends GridLayout {
  id: ListingId;
  /** A short name for a sheet or a contents entry ("Rekap RW"). */
  name: string;
}

/** A column of a list: its header and what its cells hold (numbers right, words left). */
export interface ListingColumn {
  header: string;
  kind: Exclude<ColumnKind, 'index'>;
}

export const text = (s: string): BodyCell => ({ kind: 'label', text: s });
export const count = (n: number): BodyCell => ({ kind: 'count', value: n });
export const percent = (n: number): BodyCell => ({ kind: 'percent', value: n });
export const blank: BodyCell = { kind: 'blank' };

export interface ListingInput {
  id: ListingId;
  name: string;
  title: string;
  /** The number column's header ("No"); the running number is added to every category row. */
  numberHeader: string;
  columns: readonly ListingColumn[];
  /** The rows' own cells, one per column; `total` rows get no running number. */
  rows: readonly { role?: BodyRow['role']; cells: BodyCell[] }[];
  notes?: readonly string[];
}

export function makeListing(l: ListingInput): Listing {
  const header: HeaderCell[] = [l.numberHeader, ...l.columns.map((c) => c.header)].map((t, col) => ({ text: t, row: 0, col, rowSpan: 1, colSpan: 1 }));
  let n = 0;
  const body: BodyRow[] = l.rows.map((r) => {
    const role = r.role ?? 'category';
    const first: BodyCell = role === 'total' ? blank : { kind: 'index', value: ++n };
    return { role, cells: [first, ...r.cells] };
  });
  return {
    id: l.id,
    name: l.name,
    title: l.title,
    columns: ['index', ...l.columns.map((c) => c.kind)],
    headerRows: 1,
    header,
    body,
    notes: [...(l.notes ?? [])],
  };
}
