/**
 * Merged cells, read the way Google Sheets gives them: a merged block's value sits in its
 * top-left cell, every other cell of the block reads as empty. Sheets' `getValues` already
 * does this; an XLSX file may hold values under a merge (and exceljs's own model copies the
 * top-left value into every cell), so the CLI applies this same rule, and the add-on too,
 * and both read one workbook alike: a header merged over two columns is one header and a
 * blank one, a type merged down its rows is given on the first row only.
 */
import type { RawCell } from './cells';

/** A merged block, 1-based rows and columns, bounds included. */
export interface MergedBlock {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B2:C5" (or "B2") as a block; null when it is no A1 range. */
export function mergedBlock(a1: string): MergedBlock | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!m) return null;
  const [c1, r1] = [columnNumber(m[1] ?? ''), Number(m[2])];
  const [c2, r2] = m[3] === undefined ? [c1, r1] : [columnNumber(m[3]), Number(m[4])];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/**
 * Empties the cells under merges, row by row, rows in increasing order (a streamed file):
 * only the blocks that reach the current row are looked at.
 */
export class MergeMask {
  private readonly waiting: MergedBlock[];
  private active: MergedBlock[] = [];

  constructor(blocks: readonly MergedBlock[]) {
    // Reversed, so the next block to start is at the end (pop).
    this.waiting = blocks.filter((b) => b.bottom > b.top || b.right > b.left).sort((a, b) => b.top - a.top);
  }

  get empty(): boolean {
    return this.waiting.length === 0 && this.active.length === 0;
  }

  /** Empties, in place, the cells of sheet row `row` that a merge covers but does not start. */
  apply(cells: RawCell[], row: number): void {
    while (this.waiting.length > 0 && (this.waiting[this.waiting.length - 1] as MergedBlock).top <= row) {
      this.active.push(this.waiting.pop() as MergedBlock);
    }
    if (this.active.length === 0) return;
    this.active = this.active.filter((b) => b.bottom >= row);
    for (const b of this.active) {
      if (b.top > row) continue;
      for (let c = b.left; c <= b.right && c <= cells.length; c++) {
        if (row !== b.top || c !== b.left) cells[c - 1] = null;
      }
    }
  }
}

/** The rule over a 2-D block of values whose row i is sheet row `firstRow + i` (in place). */
export function keepTopLeft(values: RawCell[][], blocks: readonly MergedBlock[], firstRow = 1): void {
  if (blocks.length === 0) return;
  const mask = new MergeMask(blocks);
  values.forEach((cells, i) => mask.apply(cells, firstRow + i));
}
