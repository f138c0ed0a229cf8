/**
 * The Rekap as JSON (`pranata rekap --format json`), for a coordinator's dashboard: the same
 * figures the text and XLSX lists show (progress-listing.ts's model, nothing computed here
 * but the shape), over all rows and, when the data holds several kelurahan, per kelurahan.
 * Its own document, so `pranata tables --format json` stays exactly CODEBOOK §7.
 */
import type { RowCounts } from './model';
import { jsonRows } from './result';
import { NO_KELURAHAN } from './rollup';
import type { Progress, ProgressCounts } from './progress';
import { rekapByKelurahan, rekapOf, shareDone, type Rekap, type RekapRw, type RekapTotal } from './progress-listing';
import type { Target } from './targets';

/** The figures of a line. With a Target list, `target` and `done` (percent, two decimals) are on every line, null when the list names no target for it. */
export interface JsonRekapCounts {
  read: number;
  valid: number;
  invalid: number;
  warnings: number;
  /** yyyy-mm-dd of the last Tanggal Pendataan, null when no row has a readable one. */
  lastDate: string | null;
  target?: number | null;
  done?: number | null;
}

export interface JsonRekapRw extends JsonRekapCounts {
  /** `(tanpa kelurahan)` for a blank one. */
  kelurahan: string;
  /** null: the RW cell was blank; "invalid": it held no RW 1–999. */
  rw: number | null | 'invalid';
}

export interface JsonRekapPetugas extends JsonRekapCounts {
  /** '' for rows without a petugas. */
  petugas: string;
}

export interface JsonRekapPart {
  total: JsonRekapCounts;
  rw: JsonRekapRw[];
  /** RW with a target above 0 and no row yet. */
  notStarted: { kelurahan: string; rw: number; target: number }[];
  petugas: JsonRekapPetugas[];
  petugasTotal: JsonRekapCounts;
}

export interface JsonRekap extends JsonRekapPart {
  surveyYear: number;
  /** The rows read (as `pranata tables` counts them). */
  rows: RowCounts;
  /** Per kelurahan, when the data holds several (alphabetical, `(tanpa kelurahan)` last). */
  byKelurahan?: ({ kelurahan: string } & JsonRekapPart)[];
  /** The files read, when several were (or a folder). */
  inputs?: string[];
}

const kelurahanName = (k: string): string => (k === '' ? NO_KELURAHAN : k);

function counts(c: ProgressCounts, targets: boolean, target: number | undefined, valid = c.valid): JsonRekapCounts {
  const out: JsonRekapCounts = { read: c.read, valid: c.valid, invalid: c.invalid, warnings: c.warnings, lastDate: c.lastDate };
  if (targets) {
    out.target = target ?? null;
    out.done = target === undefined ? null : shareDone(valid, target);
  }
  return out;
}

function part(r: Rekap): JsonRekapPart {
  const total: RekapTotal = r.rwTotal;
  return {
    total: counts(total, r.targets, total.target, total.validOfTarget),
    rw: r.rw.map((l: RekapRw) => ({ kelurahan: kelurahanName(l.kelurahan), rw: l.rw, ...counts(l, r.targets, l.target) })),
    notStarted: r.notStarted.map((l) => ({ kelurahan: kelurahanName(l.kelurahan), rw: l.rw as number, target: l.target ?? 0 })),
    petugas: r.petugas.map((l) => ({ petugas: l.petugas, ...counts(l, false, undefined) })),
    petugasTotal: counts(r.petugasTotal, false, undefined),
  };
}

/** `targets` undefined: no Target list (no `target`, `done`). */
export function rekapJson(p: Progress, info: { surveyYear: number; rows: RowCounts; inputs?: readonly string[] }, targets?: readonly Target[]): JsonRekap {
  const all = rekapOf(p, targets);
  const several = all.kelurahan.length > 1;
  return {
    surveyYear: info.surveyYear,
    rows: jsonRows(info.rows),
    ...part(all),
    ...(several ? { byKelurahan: rekapByKelurahan(p, targets).map((k) => ({ kelurahan: kelurahanName(k.kelurahan), ...part(k.rekap) })) } : {}),
    ...(info.inputs === undefined ? {} : { inputs: [...info.inputs] }),
  };
}
