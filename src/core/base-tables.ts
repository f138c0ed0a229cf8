/**
 * The study's other figures (CODEBOOK §8): T6 Syarat Keanggotaan, T7 Lama Kepengurusan,
 * T8 Nilai Solidaritas, T9 Sumber Dana. Unlike T1–T5 their percent base is not every valid
 * row but the rows that answered the question (the cell is not blank), so each table carries
 * its base. T6, T8 and T9 are several-of questions: a group counts once in every row it
 * names, each percent on its own, rounded half up, so a column may sum to more than 100.
 */
import { DEFAULT_TENURE, type Categories, type ListId, type Settings } from './codebook';
import { largestRemainder } from './crosstab';
import type { TableColumn, TableId, TableModel, TableRow } from './model';
import type { GroupRecord } from './schema';
import { ONE_COLUMN, TOTAL_LABEL } from './tables';

export const GROUPS_TOTAL_LABEL = 'Jumlah kelompok';

/** `count / base × 100` half up to two decimals, in integers (exact, no float rounding). */
export function halfUpPercent(count: number, base: number): number {
  if (base <= 0) return 0;
  return Math.floor((count * 20000 + base) / (2 * base)) / 100;
}

export function basisLine(base: number): string {
  return `Basis: ${base} kelompok yang menjawab pertanyaan ini.`;
}

export function tenureThresholds(s: Settings): { short: number; long: number } {
  return { short: s.tenureShort ?? DEFAULT_TENURE.tenureShort, long: s.tenureLong ?? DEFAULT_TENURE.tenureLong };
}

/** T7's buckets, as rows: `le5` "≤ 5 Tahun", `6to10` "6–10 Tahun", `gt10` "> 10 Tahun". */
export function tenureRows(s: Settings): TableColumn[] {
  const { short, long } = tenureThresholds(s);
  return [
    { key: `le${short}`, label: `≤ ${short} Tahun` },
    { key: `${short + 1}to${long}`, label: `${short + 1}–${long} Tahun` },
    { key: `gt${long}`, label: `> ${long} Tahun` },
  ];
}

type MultiField = 'syaratKeanggotaan' | 'nilaiSolidaritas' | 'sumberDana';

interface MultiPreset {
  id: TableId;
  title: string;
  rowHeader: string;
  field: MultiField & ListId;
}

const MULTI: readonly MultiPreset[] = [
  { id: 'T6', title: 'Tabel 6. Syarat Keanggotaan Kelompok Sosial', rowHeader: 'Syarat Keanggotaan', field: 'syaratKeanggotaan' },
  { id: 'T8', title: 'Tabel 8. Nilai Solidaritas Kelompok Sosial', rowHeader: 'Nilai Solidaritas', field: 'nilaiSolidaritas' },
  { id: 'T9', title: 'Tabel 9. Sumber Dana Kelompok Sosial', rowHeader: 'Sumber Dana', field: 'sumberDana' },
];
const TENURE = { id: 'T7' as const, title: 'Tabel 7. Lama Kepengurusan Kelompok Sosial', rowHeader: 'Lama Kepengurusan' };

/** Counts one several-of question: a row per label, and how many records answered at all. */
class MultiCount {
  private readonly index: Map<string, number>;
  readonly counts: Int32Array;
  /** Which record last counted in each row: a label named twice in one cell counts once. */
  private readonly seen: Int32Array;
  base = 0;

  constructor(readonly preset: MultiPreset, readonly labels: readonly string[]) {
    this.index = new Map(labels.map((l, i) => [l, i] as const));
    this.counts = new Int32Array(labels.length);
    this.seen = new Int32Array(labels.length).fill(-1);
  }

  add(values: readonly string[], serial: number): void {
    if (values.length === 0) return;
    this.base++;
    for (let k = 0; k < values.length; k++) {
      const i = this.index.get(values[k] as string);
      if (i === undefined || this.seen[i] === serial) continue;
      this.seen[i] = serial;
      this.counts[i]! += 1;
    }
  }

  /** The counts and, last, the base. */
  tally(): Int32Array {
    const t = new Int32Array(this.counts.length + 1);
    t.set(this.counts);
    t[this.counts.length] = this.base;
    return t;
  }

  addTally(t: ArrayLike<number>): void {
    const n = this.counts.length;
    for (let i = 0; i < n; i++) this.counts[i]! += t[i] ?? 0;
    this.base += t[n] ?? 0;
  }

  model(source: string): TableModel {
    const base = this.base;
    const rows: TableRow[] = this.labels.map((label, i) => {
      const n = this.counts[i] ?? 0;
      return { label, counts: [n], percents: [halfUpPercent(n, base)], total: n };
    });
    return {
      id: this.preset.id,
      title: this.preset.title,
      percentBase: 'base',
      rowHeader: this.preset.rowHeader,
      columnHeader: '',
      columns: [...ONE_COLUMN],
      rows,
      total: { label: GROUPS_TOTAL_LABEL, counts: [base], percents: [], total: base },
      base,
      basis: basisLine(base),
      source,
    };
  }
}

/** Counts T6–T9 as records arrive; `models()` renders them in table order. */
export class BaseTableSet {
  private readonly multi: MultiCount[];
  private readonly tenure = new Int32Array(3);
  private readonly short: number;
  private readonly long: number;
  private serial = 0;

  constructor(categories: Categories, private readonly settings: Settings) {
    this.multi = MULTI.map((p) => new MultiCount(p, categories[p.field].map((c) => c.label)));
    ({ short: this.short, long: this.long } = tenureThresholds(settings));
  }

  add(record: GroupRecord): void {
    const serial = this.serial++;
    const multi = this.multi;
    for (let k = 0; k < multi.length; k++) {
      const m = multi[k]!;
      m.add(record[m.preset.field], serial);
    }
    const years = record.lamaKepengurusan;
    if (years !== null) this.tenure[years <= this.short ? 0 : years <= this.long ? 1 : 2]! += 1;
  }

  /** Its counts as typed arrays: each several-of question's, then the tenure buckets. */
  tallies(): Int32Array[] {
    return [...this.multi.map((m) => m.tally()), this.tenure];
  }

  /** Adds counts laid out as tallies() gives them, of a set built with the same categories and settings. */
  addTallies(t: readonly ArrayLike<number>[]): void {
    this.multi.forEach((m, k) => {
      const o = t[k];
      if (o !== undefined) m.addTally(o);
    });
    const tenure = t[this.multi.length];
    if (tenure !== undefined) for (let i = 0; i < this.tenure.length; i++) this.tenure[i]! += tenure[i] ?? 0;
  }

  /** Adds the counts of a set built with the same categories and settings. */
  mergeFrom(other: BaseTableSet): void {
    this.addTallies(other.tallies());
  }

  private tenureModel(source: string): TableModel {
    const counts = Array.from(this.tenure);
    const base = counts.reduce((a, b) => a + b, 0);
    const percents = largestRemainder(counts, base);
    const rows = tenureRows(this.settings).map((b, i) => ({
      label: b.label,
      counts: [counts[i] ?? 0],
      percents: [percents[i] ?? 0],
      total: counts[i] ?? 0,
    }));
    return {
      id: TENURE.id,
      title: TENURE.title,
      percentBase: 'column',
      rowHeader: TENURE.rowHeader,
      columnHeader: '',
      columns: [...ONE_COLUMN],
      rows,
      total: { label: TOTAL_LABEL, counts: [base], percents: [base > 0 ? 100 : 0], total: base },
      base,
      basis: basisLine(base),
      source,
    };
  }

  models(source: string): TableModel[] {
    const [t6, t8, t9] = this.multi.map((m) => m.model(source));
    return [t6!, this.tenureModel(source), t8!, t9!];
  }
}
