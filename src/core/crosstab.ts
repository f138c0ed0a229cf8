/**
 * A crosstab: counts by row and column position, added one record at a time (the caller
 * works out the positions, tables.ts once per record for all five tables), with totals and
 * largest-remainder percentages (CODEBOOK §6). It knows nothing of the survey.
 */
import type { PercentBase, TableColumn, TableRow } from './model';

/**
 * Percentages with two decimals that add up to exactly 100.00: each share in hundredths of a
 * percent is floored, then the missing hundredths go one each to the largest remainders, ties
 * to the earlier position. All zeros when the total is 0. Integer arithmetic throughout.
 */
export function largestRemainder(counts: readonly number[], total = counts.reduce((a, b) => a + b, 0)): number[] {
  if (total <= 0) return counts.map(() => 0);
  const floors = counts.map((c) => Math.floor((c * 10000) / total));
  const rems = counts.map((c) => (c * 10000) % total);
  let missing = 10000 - floors.reduce((a, b) => a + b, 0);
  const order = counts.map((_, i) => i).sort((a, b) => (rems[b] ?? 0) - (rems[a] ?? 0) || a - b);
  for (const i of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing--;
  }
  return floors.map((h) => h / 100);
}

export interface CrosstabSpec {
  /** Row labels in table order (every one is printed, zero rows included). */
  rowLabels: readonly string[];
  columns: readonly TableColumn[];
  percentBase: PercentBase;
  totalLabel: string;
}

export class Crosstab {
  /** Counts, row-major in one typed array: a hot loop of a million adds allocates nothing. */
  private readonly counts: Int32Array;
  private readonly ncol: number;

  constructor(private readonly spec: CrosstabSpec) {
    this.ncol = spec.columns.length;
    this.counts = new Int32Array(spec.rowLabels.length * this.ncol);
  }

  /** Counts one record by its row and column positions (-1: left out). */
  addAt(r: number, c: number): void {
    if (r < 0 || c < 0 || c >= this.ncol || r * this.ncol >= this.counts.length) return;
    this.counts[r * this.ncol + c]! += 1;
  }

  /** The counts, row-major (what mergeFrom and addTally carry from one set to another). */
  tally(): Int32Array {
    return this.counts;
  }

  /** Adds counts laid out as tally() gives them, of a crosstab of the same spec. */
  addTally(t: ArrayLike<number>): void {
    const a = this.counts;
    for (let i = 0; i < a.length; i++) a[i]! += t[i] ?? 0;
  }

  /** Adds the counts of a crosstab of the same spec (one kelurahan's into the total, say). */
  mergeFrom(other: Crosstab): void {
    this.addTally(other.tally());
  }

  private get cells(): number[][] {
    const { counts, ncol } = this;
    return this.spec.rowLabels.map((_, i) => Array.from(counts.subarray(i * ncol, (i + 1) * ncol)));
  }

  result(): { rows: TableRow[]; total: TableRow } {
    const { spec } = this;
    const cells = this.cells;
    const ncol = spec.columns.length;
    const colTotals = spec.columns.map((_, j) => cells.reduce((a, row) => a + (row[j] ?? 0), 0));
    const grand = colTotals.reduce((a, b) => a + b, 0);
    const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
    // Column base: each column's percents run down the rows (rounded as one set per column).
    const byColumn =
      spec.percentBase === 'column'
        ? spec.columns.map((_, j) => largestRemainder(cells.map((row) => row[j] ?? 0), colTotals[j]))
        : [];
    const rows: TableRow[] = spec.rowLabels.map((label, i) => {
      const counts = [...(cells[i] ?? [])];
      const percents =
        spec.percentBase === 'row'
          ? largestRemainder(counts, rowTotals[i])
          : Array.from({ length: ncol }, (_, j) => byColumn[j]?.[i] ?? 0);
      return { label, counts, percents, total: rowTotals[i] ?? 0 };
    });
    const totalPercents =
      spec.percentBase === 'row' ? largestRemainder(colTotals, grand) : colTotals.map((t) => (t > 0 ? 100 : 0));
    return { rows, total: { label: spec.totalLabel, counts: colTotals, percents: totalPercents, total: grand } };
  }
}
