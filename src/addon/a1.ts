/** A1 notation for the few places the API wants it (RangeList, links to a cell). */

/** 1 -> A, 26 -> Z, 27 -> AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "C7" for row 7, column 3 (both 1-based). */
export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "C2:C1000": one column from `firstRow` to `lastRow`. */
export function columnA1(column: number, firstRow: number, lastRow: number): string {
  const c = columnLetter(column);
  return `${c}${firstRow}:${c}${lastRow}`;
}

/** "B3:D9": the block `rows` x `columns` from (row, column). */
export function boxA1(b: { row: number; column: number; rows: number; columns: number }): string {
  return `${cellA1(b.row, b.column)}:${cellA1(b.row + b.rows - 1, b.column + b.columns - 1)}`;
}
