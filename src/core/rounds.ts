/**
 * Two rounds of the survey (CODEBOOK §9): which groups of the base round are still there,
 * which are gone and which are new, counted per group type.
 *
 * Two rows of different rounds are the same group when both have an ID and the IDs are equal,
 * or, when one of them has no ID or an ID no row of the other round has, when their duplicate
 * keys are equal (duplicates.ts's groupKey: normalised name, type, RW and kelurahan, the key it
 * warns by within a round). Matching is a graph: its connected pieces are
 * one base row and one current row (a continuing group), rows of one round alone (gone or
 * new), or several rows on a side. The last are ambiguous: they are listed, and no row of them
 * is named new or gone. Their counts do not depend on a guess: per type, as many continue as
 * both rounds have (the smaller count), the rest are new or gone.
 */
import { groupKey } from './duplicates';
import type { GroupRecord } from './schema';
import { TOTAL_LABEL } from './tables';

/** What the comparison needs of a valid row, and where it stands (1-based sheet row). */
export interface RoundGroup {
  row: number;
  /** The file the row is in, when the round was read from several (its row alone would not find it). */
  file?: string;
  id: string;
  namaKelompok: string;
  jenisKelompok: string;
  rw: number | null;
  kelurahan: string;
  kodeWilayah: string;
}

export function roundGroup(r: GroupRecord, row: number): RoundGroup {
  return { row, id: r.id, namaKelompok: r.namaKelompok, jenisKelompok: r.jenisKelompok, rw: r.rw, kelurahan: r.kelurahan, kodeWilayah: r.kodeWilayah };
}

export interface ChangeRow {
  label: string;
  then: number;
  now: number;
  /** now − then */
  change: number;
  new: number;
  gone: number;
  continuing: number;
}

export interface AmbiguousMatch {
  base: RoundGroup[];
  current: RoundGroup[];
}

export interface RoundComparison {
  /** One row per group type, in list order (zero rows included); then the `Jumlah` row. */
  rows: ChangeRow[];
  total: ChangeRow;
  /** Current rows matching no base row, and base rows matching no current row, in row order. */
  new: RoundGroup[];
  gone: RoundGroup[];
  /**
   * Matched groups whose type changed (by ID): counted as continuing under the current type,
   * so their base type's row has then ≠ continuing + gone. The `Jumlah` row always adds up.
   */
  typeChanged: { base: RoundGroup; current: RoundGroup }[];
  ambiguous: AmbiguousMatch[];
}


/** Union-find over row positions: base rows 0..b-1, current rows b.. . */
class Pieces {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      const up = p[p[i] as number] as number;
      p[i] = up;
      i = up;
    }
    return i;
  }
  join(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[x] = y;
  }
}

function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, number[]> {
  const m = new Map<string, number[]>();
  items.forEach((t, i) => {
    const k = key(t);
    if (k === null) return;
    const at = m.get(k);
    if (at) at.push(i);
    else m.set(k, [i]);
  });
  return m;
}

/** Joins every pair of (a, b) that is an edge: all of `as` with all of `bs` (a complete bipartite piece). */
function joinAll(p: Pieces, as: readonly number[], bs: readonly number[]): void {
  const a0 = as[0];
  const b0 = bs[0];
  if (a0 === undefined || b0 === undefined) return;
  for (const a of as) p.join(a, b0);
  for (const b of bs) p.join(a0, b);
}

/** `types`: the group types in table order (the Jenis Kelompok list). */
export function compareRounds(base: readonly RoundGroup[], current: readonly RoundGroup[], types: readonly string[]): RoundComparison {
  const nb = base.length;
  const p = new Pieces(nb + current.length);
  const cur = (i: number) => nb + i;
  // By ID: rows of both rounds with the same ID.
  const baseIds = groupBy(base, (g) => (g.id === '' ? null : g.id));
  const baseById = new Uint8Array(nb);
  const currentById = new Uint8Array(current.length);
  for (const [id, cs] of groupBy(current, (g) => (g.id === '' ? null : g.id))) {
    const bs = baseIds.get(id);
    if (!bs) continue;
    joinAll(p, bs, cs.map(cur));
    for (const i of bs) baseById[i] = 1;
    for (const i of cs) currentById[i] = 1;
  }
  // By key, wherever one of the two rows found no row of the other round by its ID: it has
  // none, or the rounds number their rows differently (the 2006 file's own IDs against the
  // add-on's, a survey platform's submission ids), which would otherwise match nothing.
  const baseKeys = groupBy(base, groupKey);
  for (const [key, cs] of groupBy(current, groupKey)) {
    const bs = baseKeys.get(key);
    if (!bs) continue;
    joinAll(p, bs.filter((i) => baseById[i] === 0), cs.map(cur));
    joinAll(p, bs, cs.filter((i) => currentById[i] === 0).map(cur));
  }

  const labels = [...types];
  const rowOf = new Map(labels.map((l, i) => [l, i] as const));
  const rows: ChangeRow[] = labels.map((label) => ({ label, then: 0, now: 0, change: 0, new: 0, gone: 0, continuing: 0 }));
  const row = (type: string): ChangeRow => {
    let i = rowOf.get(type);
    if (i === undefined) {
      // A type outside the list (the rounds were read with other lists): its own row, at the end.
      i = labels.push(type) - 1;
      rowOf.set(type, i);
      rows.push({ label: type, then: 0, now: 0, change: 0, new: 0, gone: 0, continuing: 0 });
    }
    return rows[i] as ChangeRow;
  };
  for (const g of base) row(g.jenisKelompok).then++;
  for (const g of current) row(g.jenisKelompok).now++;

  const pieces = new Map<number, AmbiguousMatch>();
  const pieceOf = (i: number): AmbiguousMatch => {
    const r = p.find(i);
    let m = pieces.get(r);
    if (!m) pieces.set(r, (m = { base: [], current: [] }));
    return m;
  };
  base.forEach((g, i) => pieceOf(i).base.push(g));
  current.forEach((g, i) => pieceOf(cur(i)).current.push(g));

  const out: RoundComparison = { rows, total: { label: TOTAL_LABEL, then: 0, now: 0, change: 0, new: 0, gone: 0, continuing: 0 }, new: [], gone: [], typeChanged: [], ambiguous: [] };
  for (const m of pieces.values()) {
    const [b, ...moreB] = m.base;
    const [c, ...moreC] = m.current;
    if (b && c && moreB.length === 0 && moreC.length === 0) {
      row(c.jenisKelompok).continuing++;
      if (b.jenisKelompok !== c.jenisKelompok) out.typeChanged.push({ base: b, current: c });
    } else if (!c) {
      for (const g of m.base) row(g.jenisKelompok).gone++;
      out.gone.push(...m.base);
    } else if (!b) {
      for (const g of m.current) row(g.jenisKelompok).new++;
      out.new.push(...m.current);
    } else {
      countAmbiguous(m, row);
      out.ambiguous.push(m);
    }
  }
  for (const r of rows) r.change = r.now - r.then;
  const byRow = (a: RoundGroup, z: RoundGroup) => a.row - z.row;
  out.new.sort(byRow);
  out.gone.sort(byRow);
  out.typeChanged.sort((a, z) => a.current.row - z.current.row);
  for (const m of out.ambiguous) {
    m.base.sort(byRow);
    m.current.sort(byRow);
  }
  out.ambiguous.sort((a, z) => (a.current[0]?.row ?? 0) - (z.current[0]?.row ?? 0));
  const t = out.total;
  for (const r of rows) {
    t.then += r.then;
    t.now += r.now;
    t.new += r.new;
    t.gone += r.gone;
    t.continuing += r.continuing;
  }
  t.change = t.now - t.then;
  return out;
}

/** Per type: the smaller of the two rounds' counts continue, the rest are new or gone. */
function countAmbiguous(m: AmbiguousMatch, row: (type: string) => ChangeRow): void {
  const per = new Map<string, { then: number; now: number }>();
  const at = (t: string) => {
    let x = per.get(t);
    if (!x) per.set(t, (x = { then: 0, now: 0 }));
    return x;
  };
  for (const g of m.base) at(g.jenisKelompok).then++;
  for (const g of m.current) at(g.jenisKelompok).now++;
  for (const [type, { then, now }] of per) {
    const both = Math.min(then, now);
    const r = row(type);
    r.continuing += both;
    r.gone += then - both;
    r.new += now - both;
  }
}
