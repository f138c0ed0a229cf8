/**
 * The duplicate warnings of a few rows, from the key columns alone: same normalised name,
 * group type, RW and kelurahan (Kode Wilayah when given) as an earlier row (`duplicate_group`),
 * same non-empty ID (`duplicate_id`).
 * The key, its normalisation and its hashing are SurveyBuilder's own (DuplicateFinder, and the
 * row validator for the type's canonical label and the RW's number), and the warnings are made
 * by the same makeIssue, so a warning reads exactly as Periksa Data's does.
 *
 * The edit trigger and the sidebar's "looks like row N" question use it so that they read four
 * columns of the rows above instead of every column. That has one consequence, said here once:
 * a row that is not being checked counts as an earlier row when its key cells are right,
 * whatever its other cells hold (Periksa Data counts only earlier rows valid throughout).
 */
import type { FieldId } from './codebook';
import type { RawCell } from './cells';
import { DUP_BATCH, DuplicateFinder } from './duplicates';
import type { HeaderMap } from './header';
import type { Issue } from './model';
import type { SchemaContext } from './schema';
import { makeIssue, RowValidator } from './validate';

/** The fields the duplicate rule looks at. */
export const KEY_FIELDS: readonly FieldId[] = ['id', 'namaKelompok', 'jenisKelompok', 'rw', 'kelurahan', 'kodeWilayah'];

/** The 0-based first column and the width that cover every key column of `header` (width 0: none). */
export function keySpan(header: HeaderMap): { first: number; width: number } {
  const cols = KEY_FIELDS.map((f) => header.index[f]).filter((c): c is number => c !== undefined);
  if (cols.length === 0) return { first: 0, width: 0 };
  const first = Math.min(...cols);
  return { first, width: Math.max(...cols) - first + 1 };
}

export interface KeyRows {
  /** Sheet row number of rows[0]. */
  firstRow: number;
  /** 0-based sheet column of each row's first cell. */
  firstColumn: number;
  /** Cells in sheet order, covering at least keySpan(header). */
  rows: readonly (readonly RawCell[])[];
}

/**
 * Warnings for the rows of `checked` (row number -> whether the row is valid, as the caller's
 * full check found). As in SurveyBuilder, only a valid checked row is warned and remembered; an
 * invalid one is skipped. Every other row is remembered when its key cells are right.
 */
export function repeatIssues(header: HeaderMap, ctx: SchemaContext, input: KeyRows, checked: ReadonlyMap<number, boolean>): Issue[] {
  const index: HeaderMap['index'] = {};
  for (const f of KEY_FIELDS) {
    const c = header.index[f];
    if (c !== undefined) index[f] = c - input.firstColumn;
  }
  // Only the key fields are mapped, so the validator checks those and nothing else.
  const validator = new RowValidator({ ...header, index }, ctx);
  const nameColumn = validator.columnOf('namaKelompok');
  const idColumn = validator.columnOf('id');
  const finder = new DuplicateFinder();
  const cellsOf = new Map<number, readonly RawCell[]>();
  const out: Issue[] = [];
  const drain = (): void =>
    finder.drain((kind, row, other) => {
      const column = kind === 'group' ? nameColumn : idColumn;
      const cells = cellsOf.get(row);
      if (column === undefined || cells === undefined) return;
      const code = kind === 'group' ? 'duplicate_group' : 'duplicate_id';
      // The issue names the sheet's column, not the position in the rows read.
      const at = { ...column, index: column.index + input.firstColumn };
      out.push(makeIssue(row, at, code, cells[column.index], { otherRow: other }, 'warning'));
    });
  input.rows.forEach((cells, i) => {
    const row = input.firstRow + i;
    const valid = checked.get(row);
    if (valid === false) return;
    const { record } = validator.check(cells, row);
    if (record === null) return;
    // Only checked rows are warned: only their cells are kept for the message.
    if (valid === true) cellsOf.set(row, cells);
    if (nameColumn) finder.queueGroup(row, record, 0);
    if (idColumn) finder.queueId(row, record.id, 0);
    if (finder.pending >= DUP_BATCH) drain();
  });
  drain();
  return out.sort((a, b) => a.row - b.row);
}
