/**
 * The roll-up over many kelurahan (CODEBOOK §9): every table per kelurahan, the same tables
 * over all rows, and TK "Tabel K. Kelompok Sosial menurut Kelurahan" (kelurahan by group
 * type, counts only). Rows arrive one at a time from one or several files; each kelurahan
 * keeps only its counts (a few kilobytes), so 5,000 kelurahan and a million rows stay small.
 *
 * Which kelurahan a row belongs to: its Kode Wilayah when it has a well-formed one (two
 * kelurahan of one name in different kota stay apart), else its name matched like a category
 * (case, spacing), the first spelling seen shown. A blank name is `(tanpa kelurahan)`, never
 * dropped. At the end a name without a code joins the one coded kelurahan of that name, if
 * exactly one, so rows typed before the code column was filled are not split off.
 */
import { CODE_FORMATS, type Categories, type Settings } from './codebook';
import { detach } from './cells';
import { ROLLUP_TABLE_ID, type KelurahanResult, type RowCounts, type SurveyResult, type TableModel, type TableRow } from './model';
import { compareLabels, normalizeLabel } from './normalize';
import type { GroupRecord } from './schema';
import { StudyTables } from './study-tables';
import { listColumns, sourceLine, TOTAL_LABEL } from './tables';

export const NO_KELURAHAN = '(tanpa kelurahan)';
export const ROLLUP_TITLE = 'Tabel K. Kelompok Sosial menurut Kelurahan';
const ROLLUP_ROW_HEADER = 'Kelurahan';
const ROLLUP_COLUMN_HEADER = 'Jenis Kelompok';

export interface RollupResult {
  /** Alphabetical by name (then code); `(tanpa kelurahan)` last. */
  kelurahan: KelurahanResult[];
  /** T1–T9 over all valid rows. */
  total: TableModel[];
  /** TK. */
  table: TableModel;
  /** The total's kelurahan (for its source line): the one kelurahan there is, else ''. */
  name: string;
}

interface Part {
  name: string;
  code: string;
  rows: RowCounts;
  tables: StudyTables;
  /** Valid rows per group type, in list order (TK's row). */
  types: Int32Array;
}

/** A kelurahan's heading over its tables in every writer: `Kelurahan Melong (32.77.01.1001)`. */
export function kelurahanHeading(k: Pick<KelurahanResult, 'kelurahan' | 'kodeWilayah'>): string {
  const name = k.kelurahan === NO_KELURAHAN ? NO_KELURAHAN : `Kelurahan ${k.kelurahan}`;
  return k.kodeWilayah === undefined ? name : `${name} (${k.kodeWilayah})`;
}

/**
 * The kelurahan a result covers, for its title: its one kelurahan; else, over several, the
 * named rows of its Tabel K that hold groups (`(tanpa kelurahan)` is not a place), or without
 * one the kelurahan its rows name (`places`); else none (no Kelurahan column, no --kelurahan).
 */
export function coveredKelurahan(r: Pick<SurveyResult, 'kelurahan' | 'tables' | 'places'>): string[] {
  if (r.kelurahan !== '') return [r.kelurahan];
  const tk = r.tables.find((t) => t.id === ROLLUP_TABLE_ID);
  if (tk === undefined) return r.places ?? [];
  return tk.rows.filter((row) => row.total > 0 && row.label !== NO_KELURAHAN).map((row) => row.label);
}

const isCode = (s: string): boolean => CODE_FORMATS.kodeWilayah.pattern.test(s);

export class Rollup {
  private readonly parts = new Map<string, Part>();
  private readonly typeIndex: Map<string, number>;

  constructor(private readonly categories: Categories, private readonly settings: Settings) {
    this.typeIndex = new Map(categories.jenisKelompok.map((c, i) => [c.label, i] as const));
  }

  /**
   * One non-blank row: its kelurahan's name and its Kode Wilayah cell as text, and its record
   * when valid (an invalid row still counts in its kelurahan's `read` and `invalid`; a badly
   * written code keys nothing, the name does).
   */
  add(kelurahan: string, kode: string, record: GroupRecord | null): void {
    const name = kelurahan.trim();
    const code = record !== null ? record.kodeWilayah : isCode(kode.trim()) ? kode.trim() : '';
    const key = code !== '' ? `k:${code}` : `n:${normalizeLabel(name)}`;
    let p = this.parts.get(key);
    if (p === undefined) {
      p = this.newPart(detach(name), detach(code));
      this.parts.set(key, p);
    } else if (p.name === '' && name !== '') p.name = detach(name);
    p.rows.read++;
    if (record === null) {
      p.rows.invalid++;
      return;
    }
    p.rows.valid++;
    p.tables.add(record);
    const t = this.typeIndex.get(record.jenisKelompok);
    if (t !== undefined) p.types[t]! += 1;
  }

  private newPart(name: string, code: string): Part {
    return {
      name,
      code,
      rows: { read: 0, valid: 0, invalid: 0, blank: 0 },
      tables: new StudyTables(this.categories, this.settings),
      types: new Int32Array(this.categories.jenisKelompok.length),
    };
  }

  /** A name-only part joins the one coded part of that name (see the module comment). */
  private joined(): Part[] {
    const coded = new Map<string, Part[]>();
    for (const p of this.parts.values()) {
      if (p.code === '' || p.name === '') continue;
      const k = normalizeLabel(p.name);
      coded.set(k, [...(coded.get(k) ?? []), p]);
    }
    const out: Part[] = [];
    for (const p of this.parts.values()) {
      const into = p.code === '' && p.name !== '' ? coded.get(normalizeLabel(p.name)) : undefined;
      if (into?.length !== 1) {
        out.push(p);
        continue;
      }
      const q = into[0]!;
      q.rows.read += p.rows.read;
      q.rows.valid += p.rows.valid;
      q.rows.invalid += p.rows.invalid;
      q.tables.mergeFrom(p.tables);
      for (let i = 0; i < q.types.length; i++) q.types[i]! += p.types[i] ?? 0;
    }
    return out.sort(byName);
  }

  finish(): RollupResult {
    const parts = this.joined();
    const total = new StudyTables(this.categories, this.settings);
    for (const p of parts) total.mergeFrom(p.tables);
    // One kelurahan holding the valid rows: the total is that kelurahan's (a stray invalid row
    // with a blank Kelurahan, its own part, does not turn the source line into no kelurahan's);
    // else over several.
    const holding = parts.filter((p) => p.rows.valid > 0);
    const basis = holding.length > 0 ? holding : parts;
    const only = basis.length === 1 ? basis[0]!.name : '';
    const totalName = this.settings.kelurahan.trim() !== '' ? this.settings.kelurahan.trim() : only;
    const shown = (p: Part): string => (p.name === '' ? NO_KELURAHAN : p.name);
    return {
      kelurahan: parts.map((p) => ({
        kelurahan: shown(p),
        ...(p.code === '' ? {} : { kodeWilayah: p.code }),
        rows: { ...p.rows },
        tables: p.tables.models(p.name),
      })),
      total: total.models(totalName),
      table: this.rollupTable(parts, totalName, shown),
      name: totalName,
    };
  }

  private rollupTable(parts: Part[], totalName: string, shown: (p: Part) => string): TableModel {
    const n = this.categories.jenisKelompok.length;
    const columns = listColumns(this.categories.jenisKelompok);
    const sums = new Array<number>(n).fill(0);
    const rows: TableRow[] = parts.map((p) => {
      const counts = Array.from(p.types);
      counts.forEach((c, i) => (sums[i] = (sums[i] ?? 0) + c));
      const row: TableRow = { label: shown(p), counts, percents: [], total: counts.reduce((a, b) => a + b, 0) };
      if (p.code !== '') row.code = p.code;
      return row;
    });
    return {
      id: ROLLUP_TABLE_ID,
      title: ROLLUP_TITLE,
      percentBase: 'none',
      rowHeader: ROLLUP_ROW_HEADER,
      columnHeader: ROLLUP_COLUMN_HEADER,
      columns,
      rows,
      total: { label: TOTAL_LABEL, counts: sums, percents: [], total: sums.reduce((a, b) => a + b, 0) },
      source: sourceLine({ ...this.settings, kelurahan: totalName }),
    };
  }
}

/** Alphabetical as a reader expects (case and spacing aside), codes apart; the blank name last. */
function byName(a: Part, b: Part): number {
  return compareLabels(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * One read of a sheet counted into a Rollup, as the add-on shows it (Buat Tabel, Ekspor PDF):
 * TK after T9 when several kelurahan hold valid rows (a stray invalid row with no Kelurahan, its
 * own `(tanpa kelurahan)`, does not make a Tabel K of one kelurahan and an empty one); with
 * `perKelurahan` (Pengaturan), each kelurahan's tables too.
 */
export function rolledSurvey(counted: SurveyResult, r: RollupResult, perKelurahan: boolean): { survey: SurveyResult; several: boolean } {
  const several = r.kelurahan.filter((k) => k.rows.valid > 0).length > 1;
  const survey: SurveyResult = {
    ...counted,
    tables: several ? [...r.total, r.table] : r.total,
    kelurahan: r.name,
    ...(several && perKelurahan ? { byKelurahan: r.kelurahan } : {}),
  };
  return { survey, several };
}

const ROW_COUNT_KEYS = ['read', 'valid', 'invalid', 'blank', 'totals', 'rejected', 'duplicates'] as const;

/**
 * The runs of one or several files, all counted into one Rollup, as one result: rows summed,
 * issues in file order, the total's tables; with `byKelurahan`, TK after T9 and each
 * kelurahan's tables (CODEBOOK §9).
 */
export function rolledUp(runs: readonly SurveyResult[], r: RollupResult, byKelurahan: boolean, surveyYear: number): SurveyResult {
  const rows: RowCounts = { read: 0, valid: 0, invalid: 0, blank: 0 };
  for (const run of runs) {
    for (const k of ROW_COUNT_KEYS) {
      const n = run.rows[k];
      if (n !== undefined && n > 0) rows[k] = (rows[k] ?? 0) + n;
    }
  }
  return {
    surveyYear,
    kelurahan: r.name,
    rows,
    tables: byKelurahan ? [...r.total, r.table] : r.total,
    issues: runs.flatMap((x) => x.issues),
    ...(byKelurahan ? { byKelurahan: r.kelurahan } : {}),
  };
}
