/**
 * One attribute of every cell of a sheet (values, formulas, notes, backgrounds...), stored
 * sparsely: rows that were never written take no memory, so a sheet can claim 100,000 rows
 * (setMaxRows-style) without allocating them. Indexes here are 0-based.
 */
import type { Rect } from './a1';

export class Layer<T> {
  private rows: (T[] | undefined)[] = [];

  constructor(readonly fallback: T) {
    // Not enumerable: a failing jest assertion that prints a fake object must not print 2M cells.
    Object.defineProperty(this, 'rows', { enumerable: false, writable: true, value: [] });
  }

  get(r: number, c: number): T {
    const row = this.rows[r];
    if (row === undefined || c >= row.length) return this.fallback;
    return row[c] as T;
  }

  set(r: number, c: number, value: T): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (value === this.fallback) return;
      row = [];
      this.rows[r] = row;
    }
    // Fill up to c so the row stays a dense array (holes make V8 arrays slow).
    while (row.length < c) row.push(this.fallback);
    row[c] = value;
  }

  /** The block as a fresh 2-D array (1-based rect). */
  read(rect: Rect): T[][] {
    const out: T[][] = new Array(rect.numRows);
    for (let i = 0; i < rect.numRows; i += 1) {
      const row = this.rows[rect.row - 1 + i];
      const line: T[] = new Array(rect.numCols);
      for (let j = 0; j < rect.numCols; j += 1) {
        const c = rect.col - 1 + j;
        line[j] = row !== undefined && c < row.length ? (row[c] as T) : this.fallback;
      }
      out[i] = line;
    }
    return out;
  }

  fill(rect: Rect, value: T): void {
    for (let i = 0; i < rect.numRows; i += 1) {
      for (let j = 0; j < rect.numCols; j += 1) this.set(rect.row - 1 + i, rect.col - 1 + j, value);
    }
  }

  /** Every cell of `other` copied into this layer (a duplicated sheet's). */
  copyFrom(other: Layer<T>): void {
    this.rows = other.rows.map((row) => (row === undefined ? undefined : [...row]));
  }

  /** Forgets everything (all cells back to the fallback). */
  reset(): void {
    this.rows = [];
  }

  /** Number of rows that may hold something (trailing ones may be all fallback). */
  extent(): number {
    return this.rows.length;
  }

  /** The stored row r (may be shorter than the sheet, or undefined). */
  rawRow(r: number): readonly T[] | undefined {
    return this.rows[r];
  }

  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    // concat, not splice(...spread): a spread of 100,000 arguments overflows the stack.
    this.rows = this.rows.slice(0, at).concat(new Array<undefined>(count).fill(undefined), this.rows.slice(at));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    for (const row of this.rows) {
      if (row !== undefined && at < row.length) {
        const tail = row.splice(at);
        for (let k = 0; k < count; k += 1) row.push(this.fallback);
        for (const v of tail) row.push(v);
      }
    }
  }

  deleteColumns(at: number, count: number): void {
    for (const row of this.rows) if (row !== undefined) row.splice(at, count);
  }
}
