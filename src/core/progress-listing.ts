/**
 * The Rekap (progress.ts) as figures every writer shows: per RW (with the Target list: each
 * RW's target and share done, RW with a target and no row yet included) and per Petugas
 * Pendata, with their totals and the RW not yet started (`rekapOf`); as two lists the text,
 * XLSX, PDF and sheet writers print (`progressListings`), and per kelurahan for the JSON of
 * `pranata rekap` (rekap-json.ts), all from the one model. RW in number order within each
 * kelurahan; petugas by name.
 */
import { halfUpPercent } from './base-tables';
import { blank, count, makeListing, percent, text, type Listing, type ListingColumn } from './listing';
import type { BodyCell } from './layout';
import type { Lang } from './model';
import { compareLabels, normalizeLabel } from './normalize';
import { addCounts, petugasKey, rwKey, type PetugasProgress, type Progress, type ProgressCounts, type RwProgress } from './progress';
import { fieldHeader, REGISTER_WORDS, type RegisterWords } from './register-words';
import type { Target } from './targets';

/** A RW line; with a Target list, its target (undefined: the list names none for it). */
export interface RekapRw extends RwProgress {
  target?: number;
}

/** A total line; with a Target list, the targets' sum and the valid rows of the RW with a target. */
export interface RekapTotal extends ProgressCounts {
  target?: number;
  /** Valid rows of the RW that have a target (the share done's numerator). */
  validOfTarget?: number;
}

export interface Rekap {
  /** Whether a Target list was given (the Target and Selesai columns). */
  targets: boolean;
  /** RW lines sorted by kelurahan, then RW (blank, then invalid, last); kelurahan spelled as first seen. */
  rw: RekapRw[];
  rwTotal: RekapTotal;
  /** The RW with a target above 0 and no row yet, in the order of `rw`. */
  notStarted: RekapRw[];
  /** How many RW have a target above 0. */
  withTarget: number;
  /** One line per petugas (all kelurahan added up), by name, the blank one last. */
  petugas: PetugasProgress[];
  petugasTotal: ProgressCounts;
  /** The kelurahan, in the order of `rw` (one '' when the data names none). */
  kelurahan: string[];
}

const zero = (): ProgressCounts => ({ read: 0, valid: 0, invalid: 0, warnings: 0, lastDate: null });

/** The RW lines with their targets, and a line for every RW with a target not seen in the data. */
function withTargets(rws: readonly RwProgress[], targets: readonly Target[]): RekapRw[] {
  const lines = new Map<string, RekapRw>(rws.map((r) => [rwKey(r.kelurahan, r.rw), { ...r }]));
  const kelurahan = new Map<string, string>();
  for (const r of rws) if (!kelurahan.has(normalizeLabel(r.kelurahan))) kelurahan.set(normalizeLabel(r.kelurahan), r.kelurahan);
  if (kelurahan.size === 0) kelurahan.set('', '');
  for (const t of targets) {
    const k = normalizeLabel(t.kelurahan);
    const names = k === '' ? [...kelurahan.values()] : [kelurahan.get(k) ?? t.kelurahan];
    for (const name of names) {
      const key = rwKey(name, t.rw);
      const line = lines.get(key) ?? { kelurahan: name, rw: t.rw, ...zero() };
      // A target for the kelurahan by name wins over one for every kelurahan.
      if (line.target === undefined || k !== '') line.target = t.target;
      lines.set(key, line);
    }
  }
  return [...lines.values()];
}

const rwRank = (rw: RekapRw['rw']): number => (rw === null ? 1e6 : rw === 'invalid' ? 1e6 + 1 : rw);

function sum(lines: readonly ProgressCounts[]): ProgressCounts {
  const t = zero();
  for (const l of lines) addCounts(t, l);
  return t;
}

/** One spelling per kelurahan (the first seen) on every line. */
function spelled<T extends { kelurahan: string }>(lines: readonly T[], names: Map<string, string>): T[] {
  return lines.map((l) => {
    const k = normalizeLabel(l.kelurahan);
    const name = names.get(k) ?? l.kelurahan;
    if (!names.has(k)) names.set(k, name);
    return name === l.kelurahan ? l : { ...l, kelurahan: name };
  });
}

/** The figures of RW lines already joined to their targets, and of petugas lines of the same rows. */
function assemble(rw: RekapRw[], lines: readonly PetugasProgress[], targets: boolean): Rekap {
  const withTarget = rw.filter((l) => l.target !== undefined);
  const rwTotal: RekapTotal = sum(rw);
  if (targets) {
    rwTotal.target = withTarget.reduce((n, l) => n + (l.target ?? 0), 0);
    rwTotal.validOfTarget = withTarget.reduce((n, l) => n + l.valid, 0);
  }
  const merged = new Map<string, PetugasProgress>();
  for (const l of lines) {
    const key = petugasKey('', l.petugas);
    let line = merged.get(key);
    if (line === undefined) merged.set(key, (line = { kelurahan: '', petugas: l.petugas, ...zero() }));
    addCounts(line, l);
  }
  const petugas = [...merged.values()].sort((a, b) => compareLabels(a.petugas, b.petugas));
  const kelurahan = [...new Set(rw.map((l) => l.kelurahan))];
  return {
    targets,
    rw,
    rwTotal,
    notStarted: withTarget.filter((l) => (l.target ?? 0) > 0 && l.read === 0),
    withTarget: withTarget.filter((l) => (l.target ?? 0) > 0).length,
    petugas,
    petugasTotal: sum(petugas),
    kelurahan: kelurahan.length === 0 ? [''] : kelurahan,
  };
}

function joined(p: Progress, targets?: readonly Target[]): { rw: RekapRw[]; petugas: PetugasProgress[] } {
  const names = new Map<string, string>();
  const rw = withTargets(spelled(p.rw, names), targets ?? []).sort((a, b) => compareLabels(a.kelurahan, b.kelurahan) || rwRank(a.rw) - rwRank(b.rw));
  return { rw, petugas: spelled(p.petugas, names) };
}

/** `targets` undefined: no Target list. */
export function rekapOf(p: Progress, targets?: readonly Target[]): Rekap {
  const j = joined(p, targets);
  return assemble(j.rw, j.petugas, targets !== undefined);
}

/** The Rekap of each kelurahan, in the order of rekapOf's (the same lines, split: they add up to it). */
export function rekapByKelurahan(p: Progress, targets?: readonly Target[]): { kelurahan: string; rekap: Rekap }[] {
  const j = joined(p, targets);
  const names = [...new Set(j.rw.map((l) => l.kelurahan))];
  return names.map((kelurahan) => ({
    kelurahan,
    rekap: assemble(
      j.rw.filter((l) => l.kelurahan === kelurahan),
      j.petugas.filter((l) => l.kelurahan === kelurahan),
      targets !== undefined,
    ),
  }));
}

/** The share done of a line: valid rows over its target, half up to two decimals. */
/** Valid rows over the target, in percent; none for a target of 0 (a RW expected to have no group: no share to show). */
export const shareDone = (valid: number, target: number): number | null => (target > 0 ? halfUpPercent(valid, target) : null);

const done = (share: number | null): BodyCell => (share === null ? blank : percent(share));

function countCells(c: ProgressCounts): BodyCell[] {
  return [count(c.read), count(c.valid), count(c.invalid), count(c.warnings), c.lastDate === null ? blank : text(c.lastDate)];
}

function countColumns(w: RegisterWords): ListingColumn[] {
  return [
    { header: w.rows, kind: 'count' },
    { header: w.valid, kind: 'count' },
    { header: w.invalid, kind: 'count' },
    { header: w.warnings, kind: 'count' },
    { header: w.lastDate, kind: 'label' },
  ];
}

/** `targets` undefined: no Target list (no Target and Selesai columns). */
export function progressListings(p: Progress, lang: Lang, targets?: readonly Target[]): Listing[] {
  const w = REGISTER_WORDS[lang];
  const r = rekapOf(p, targets);
  const several = r.kelurahan.length > 1;
  const rwLabel = (rw: RekapRw['rw']): BodyCell => text(rw === null ? w.noRw : rw === 'invalid' ? w.badRw : String(rw));
  const targetCells = (valid: number, target: number | undefined): BodyCell[] =>
    !r.targets ? [] : target === undefined ? [blank, blank] : [count(target), done(shareDone(valid, target))];
  const notes: string[] = [];
  if (r.targets) {
    const named = r.notStarted.map((l) => (several ? `${l.kelurahan || w.noKelurahan} RW ${l.rw}` : String(l.rw))).join(', ');
    notes.push(r.notStarted.length > 0 ? w.notStarted(named, r.notStarted.length, r.withTarget) : w.allStarted(r.withTarget));
  }
  notes.push(w.rekapNote);
  const rw = makeListing({
    id: 'rekapRw',
    name: w.rekapRwName,
    title: w.rekapRwTitle,
    numberHeader: w.number,
    columns: [
      ...(several ? [{ header: fieldHeader('kelurahan', lang), kind: 'label' } as const] : []),
      { header: fieldHeader('rw', lang), kind: 'label' },
      ...countColumns(w),
      ...(!r.targets ? [] : ([{ header: w.target, kind: 'count' }, { header: w.done, kind: 'percent' }] as const)),
    ],
    rows: [
      ...r.rw.map((l) => ({ cells: [...(several ? [text(l.kelurahan || w.noKelurahan)] : []), rwLabel(l.rw), ...countCells(l), ...targetCells(l.valid, l.target)] })),
      {
        role: 'total' as const,
        cells: [...(several ? [blank] : []), text(w.total), ...countCells(r.rwTotal), ...targetCells(r.rwTotal.validOfTarget ?? 0, r.rwTotal.target)],
      },
    ],
    notes,
  });
  const petugas = makeListing({
    id: 'rekapPetugas',
    name: w.rekapPetugasName,
    title: w.rekapPetugasTitle,
    numberHeader: w.number,
    columns: [{ header: fieldHeader('petugas', lang), kind: 'label' }, ...countColumns(w)],
    rows: [
      ...r.petugas.map((o) => ({ cells: [text(o.petugas || w.noPetugas), ...countCells(o)] })),
      { role: 'total' as const, cells: [text(w.total), ...countCells(r.petugasTotal)] },
    ],
    notes: [w.rekapNote],
  });
  return [rw, petugas];
}
