/**
 * A1 notation: 'B2', 'A1:C3', 'A:C' (whole columns), '2:5' (whole rows), 'A2:C'
 * (columns A-C from row 2 down), '$A$1', lower case, and a sheet prefix
 * ('Data!A1', "'My sheet'!A1:B2", quotes doubled inside). Reversed corners are put in order.
 */

/** A block of cells, 1-based like the API. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A parsed reference before it meets a sheet: open ends are null. */
export interface A1Ref {
  sheetName: string | null;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function splitSheet(a1: string): [string | null, string] {
  const bang = a1.lastIndexOf('!');
  if (bang === -1) return [null, a1];
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return [name, a1.slice(bang + 1)];
}

/** Parses A1 notation; null when it is not valid. */
export function parseA1(a1: string): A1Ref | null {
  const [sheetName, body] = splitSheet(a1.trim());
  const corners = body.split(':');
  if (corners.length > 2 || body === '') return null;
  const parsed = corners.map((c) => CELL.exec(c));
  if (parsed.some((m) => m === null || (m[1] === '' && m[2] === ''))) return null;
  const [a, b = a] = parsed as RegExpExecArray[];
  const num = (s: string | undefined, f: (t: string) => number): number | null => (s ? f(s) : null);
  const r1 = num(a![2], Number), c1 = num(a![1], columnNumber);
  const r2 = num(b![2], Number), c2 = num(b![1], columnNumber);
  if (corners.length === 1 && (r1 === null || c1 === null)) return null;
  // 'A1:B' is allowed (rows open below), 'A:B1' is not; '1:2' and 'A:B' are.
  if ((r1 === null) !== (r2 === null) && r1 === null) return null;
  if ((c1 === null) !== (c2 === null)) return null;
  if (r1 === 0 || r2 === 0 || c1 === 0) return null;
  const order = (x: number | null, y: number | null): [number | null, number | null] =>
    x !== null && y !== null && y < x ? [y, x] : [x, y];
  const [startRow, endRow] = order(r1, r2);
  const [startCol, endCol] = order(c1, c2);
  return { sheetName, startRow, startCol, endRow, endCol };
}

/** The block an A1 reference covers on a sheet of maxRows x maxCols. */
export function resolveA1(ref: A1Ref, maxRows: number, maxCols: number): Rect {
  const row = ref.startRow ?? 1;
  const col = ref.startCol ?? 1;
  const endRow = ref.endRow ?? maxRows;
  const endCol = ref.endCol ?? maxCols;
  return { row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 };
}

/** getA1Notation(): 'A1' for one cell, 'A1:C3' for a block; open refs keep their open form. */
export function toA1(rect: Rect, open: { rows: boolean; cols: boolean } = { rows: false, cols: false }): string {
  const c1 = columnLetters(rect.col);
  const c2 = columnLetters(rect.col + rect.numCols - 1);
  const r2 = rect.row + rect.numRows - 1;
  if (open.rows) return rect.row === 1 ? `${c1}:${c2}` : `${c1}${rect.row}:${c2}`;
  if (open.cols) return `${rect.row}:${r2}`;
  if (rect.numRows === 1 && rect.numCols === 1) return `${c1}${rect.row}`;
  return `${c1}${rect.row}:${c2}${r2}`;
}

/** True when two blocks share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row && inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows && inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
