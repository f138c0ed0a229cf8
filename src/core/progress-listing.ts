/**
 * The Rekap (progress.ts) as two lists every writer prints: per RW (with the Target list:
 * each RW's target and share done, RW with a target and no row yet included) and per
 * Petugas Pendata. RW in number order within each kelurahan; petugas by name.
 */
import { halfUpPercent } from './base-tables';
import { blank, count, makeListing, percent, text, type Listing, type ListingColumn } from './listing';
import type { BodyCell } from './layout';
import type { Lang } from './model';
import { normalizeLabel } from './normalize';
import type { Progress, ProgressCounts, RwProgress } from './progress';
import { fieldHeader, REGISTER_WORDS, type RegisterWords } from './register-words';
import type { Target } from './targets';

interface RwLine extends RwProgress {
  target?: number;
}

const zero = (): ProgressCounts => ({ read: 0, valid: 0, invalid: 0, warnings: 0, lastDate: null });

/** The RW lines with their targets, and a line for every RW with a target not seen in the data. */
function withTargets(rws: readonly RwProgress[], targets: readonly Target[]): RwLine[] {
  const lines = new Map<string, RwLine>(rws.map((r) => [`${normalizeLabel(r.kelurahan)}\u0000${r.rw ?? ''}`, { ...r }]));
  const kelurahan = new Map<string, string>();
  for (const r of rws) if (!kelurahan.has(normalizeLabel(r.kelurahan))) kelurahan.set(normalizeLabel(r.kelurahan), r.kelurahan);
  if (kelurahan.size === 0) kelurahan.set('', '');
  for (const t of targets) {
    const k = normalizeLabel(t.kelurahan);
    const names = k === '' ? [...kelurahan.values()] : [kelurahan.get(k) ?? t.kelurahan];
    for (const name of names) {
      const key = `${normalizeLabel(name)}\u0000${t.rw}`;
      const line = lines.get(key) ?? { kelurahan: name, rw: t.rw, ...zero() };
      // A target for the kelurahan by name wins over one for every kelurahan.
      if (line.target === undefined || k !== '') line.target = t.target;
      lines.set(key, line);
    }
  }
  return [...lines.values()];
}

const rwRank = (rw: RwLine['rw']): number => (rw === null ? 1e6 : rw === 'invalid' ? 1e6 + 1 : rw);
const byName = (a: string, b: string): number => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || (normalizeLabel(a) < normalizeLabel(b) ? -1 : normalizeLabel(a) > normalizeLabel(b) ? 1 : 0);

function laterDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null || a > b ? a : b;
}

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

function sum(lines: readonly ProgressCounts[]): ProgressCounts {
  const t = zero();
  for (const l of lines) {
    t.read += l.read;
    t.valid += l.valid;
    t.invalid += l.invalid;
    t.warnings += l.warnings;
    t.lastDate = laterDate(t.lastDate, l.lastDate);
  }
  return t;
}

/** `targets` undefined: no Target list (no Target and Selesai columns). */
export function progressListings(p: Progress, lang: Lang, targets?: readonly Target[]): Listing[] {
  const w = REGISTER_WORDS[lang];
  const lines = withTargets(p.rw, targets ?? []).sort((a, b) => byName(a.kelurahan, b.kelurahan) || rwRank(a.rw) - rwRank(b.rw));
  const several = new Set(lines.map((l) => normalizeLabel(l.kelurahan))).size > 1;
  const rwLabel = (rw: RwLine['rw']): BodyCell => text(rw === null ? w.noRw : rw === 'invalid' ? w.badRw : String(rw));
  const withTarget = lines.filter((l) => l.target !== undefined);
  const targetCells = (valid: number, target: number | undefined): BodyCell[] =>
    targets === undefined ? [] : target === undefined ? [blank, blank] : [count(target), percent(halfUpPercent(valid, target))];
  const total = sum(lines);
  const targetTotal = withTarget.reduce((n, l) => n + (l.target ?? 0), 0);
  const notStarted = withTarget.filter((l) => (l.target ?? 0) > 0 && l.read === 0);
  const notes: string[] = [];
  if (targets !== undefined) {
    const named = notStarted.map((l) => (several ? `${l.kelurahan || w.noKelurahan} RW ${l.rw}` : String(l.rw))).join(', ');
    const of = withTarget.filter((l) => (l.target ?? 0) > 0).length;
    notes.push(notStarted.length > 0 ? w.notStarted(named, notStarted.length, of) : w.allStarted(of));
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
      ...(targets === undefined ? [] : ([{ header: w.target, kind: 'count' }, { header: w.done, kind: 'percent' }] as const)),
    ],
    rows: [
      ...lines.map((l) => ({ cells: [...(several ? [text(l.kelurahan || w.noKelurahan)] : []), rwLabel(l.rw), ...countCells(l), ...targetCells(l.valid, l.target)] })),
      {
        role: 'total' as const,
        cells: [
          ...(several ? [blank] : []),
          text(w.total),
          ...countCells(total),
          ...targetCells(withTarget.reduce((n, l) => n + l.valid, 0), targets === undefined ? undefined : targetTotal),
        ],
      },
    ],
    notes,
  });
  const officers = [...p.petugas].sort((a, b) => byName(a.petugas, b.petugas));
  const petugas = makeListing({
    id: 'rekapPetugas',
    name: w.rekapPetugasName,
    title: w.rekapPetugasTitle,
    numberHeader: w.number,
    columns: [{ header: fieldHeader('petugas', lang), kind: 'label' }, ...countColumns(w)],
    rows: [
      ...officers.map((o) => ({ cells: [text(o.petugas || w.noPetugas), ...countCells(o)] })),
      { role: 'total' as const, cells: [text(w.total), ...countCells(sum(officers))] },
    ],
    notes: [w.rekapNote],
  });
  return [rw, petugas];
}
