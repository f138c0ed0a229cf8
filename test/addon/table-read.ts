/**
 * Reads a table back from a sheet the way a person would: the title in A1, "No" where the
 * header starts, "Jml | %" under each column (a one-way table: "Jumlah | %" on one header
 * row, as the study prints it), then one row per category, Jumlah, and the
 * source and stamp lines. Written apart from src/addon/table-layout.ts on purpose: the tests
 * check the layout against the codebook, not against itself.
 */
import type { CellValue } from '../fake';

export interface ReadRow {
  no: CellValue;
  label: CellValue;
  counts: CellValue[];
  percents: CellValue[];
  total: CellValue;
  totalPercent: CellValue;
}

export interface ReadTable {
  title: CellValue;
  groups: CellValue[];
  rows: ReadRow[];
  total: ReadRow;
  /** The base in words (T6–T9), when the line under the table says one. */
  basis: CellValue | undefined;
  source: CellValue;
  stamp: CellValue;
  jmlRow: number;
}

export function readTable(values: CellValue[][], twoWay: boolean, categories: number): ReadTable {
  const count = twoWay ? 'Jml' : 'Jumlah';
  const jmlAt = values.findIndex((r) => r[2] === count && r[3] === '%');
  if (jmlAt < 0) throw new Error(`no "${count} | %" header row`);
  const header = values[jmlAt]!;
  let pairs = 0;
  while (header[2 + pairs * 2] === count && header[3 + pairs * 2] === '%') pairs++;
  // A group label stands over its pair (a one-way table's one pair is its own label).
  const groupOf = (column: number): CellValue => {
    if (!twoWay) return header[column]!;
    for (let r = jmlAt - 1; r >= 0; r--) if (values[r]![column] !== '') return values[r]![column]!;
    return '';
  };
  const groups = Array.from({ length: pairs }, (_, k) => groupOf(2 + k * 2));
  const readRow = (r: CellValue[]): ReadRow => {
    const figures = r.slice(2, 2 + pairs * 2);
    const counts = figures.filter((_, j) => j % 2 === 0);
    const percents = figures.filter((_, j) => j % 2 === 1);
    return twoWay
      ? { no: r[0]!, label: r[1]!, counts: counts.slice(0, -1), percents: percents.slice(0, -1), total: counts.at(-1)!, totalPercent: percents.at(-1)! }
      : { no: r[0]!, label: r[1]!, counts, percents, total: counts[0]!, totalPercent: percents[0]! };
  };
  const rows = values.slice(jmlAt + 1, jmlAt + 1 + categories).map(readRow);
  const total = readRow(values[jmlAt + 1 + categories]!);
  const first = values[jmlAt + categories + 3]?.[0] ?? '';
  const basis = typeof first === 'string' && first.startsWith('Basis:') ? first : undefined;
  const notes = jmlAt + categories + 3 + (basis === undefined ? 0 : 1);
  return {
    title: values[0]![0]!,
    groups,
    rows,
    total,
    basis,
    source: values[notes]?.[0] ?? '',
    stamp: values[notes + 1]?.[0] ?? '',
    jmlRow: jmlAt + 1,
  };
}
