/**
 * Rekap: how far the survey has come, per RW and per Petugas Pendata: rows entered, valid,
 * invalid, rows with a warning, the last Tanggal Pendataan. Invalid rows count too (a row
 * entered is work done, and the coordinator must see where the errors are), so RW, petugas
 * and date are read from the raw cells when the row did not pass.
 *
 * Fed by SurveyBuilder row by row. A row's warnings may come later than the row (the
 * duplicate lookups are batched): the rows since the last batch are kept until it settles, so
 * a row with two warnings counts once and the memory stays a batch's worth.
 */
import { cellText, detach, parseDate, parseWhole, type RawCell } from './cells';
import { RW_RANGE, type FieldId } from './codebook';
import type { HeaderMap } from './header';
import { normalizeLabel } from './normalize';
import type { GroupRecord } from './schema';

/** One line of the Rekap: a RW of a kelurahan, or a petugas. */
export interface ProgressCounts {
  /** Rows entered: valid + invalid. */
  read: number;
  valid: number;
  invalid: number;
  /** Rows with at least one warning. */
  warnings: number;
  /** yyyy-mm-dd, or null when no row has a readable date. */
  lastDate: string | null;
}

/** `rw` null: the cell was blank; 'invalid': it held no RW 1–999. */
export interface RwProgress extends ProgressCounts {
  kelurahan: string;
  rw: number | null | 'invalid';
}

/** A petugas within one kelurahan (one who worked in two has a line in each). */
export interface PetugasProgress extends ProgressCounts {
  kelurahan: string;
  /** '' for rows without a petugas. */
  petugas: string;
}

export interface Progress {
  rw: RwProgress[];
  petugas: PetugasProgress[];
}

/** The key of a RW line and of a petugas line: the kelurahan's name matched like a category. */
export const rwKey = (kelurahan: string, rw: RwProgress['rw']): string => `${normalizeLabel(kelurahan)}\u0000${rw ?? ''}`;
export const petugasKey = (kelurahan: string, petugas: string): string => `${normalizeLabel(kelurahan)}\u0000${normalizeLabel(petugas)}`;

const zero = (): ProgressCounts => ({ read: 0, valid: 0, invalid: 0, warnings: 0, lastDate: null });

function cell(cells: readonly RawCell[], at: number | undefined): RawCell {
  return at === undefined ? null : cells[at];
}

/** Lines keyed by a normalised text; the first spelling seen is the one shown. */
class Lines<T extends ProgressCounts> {
  readonly byKey = new Map<string, T>();
  get(key: string, make: () => T): T {
    let line = this.byKey.get(key);
    if (!line) this.byKey.set(key, (line = make()));
    return line;
  }
}

export class ProgressTally {
  private readonly at: Partial<Record<FieldId, number>>;
  private readonly rws = new Lines<RwProgress>();
  private readonly petugas = new Lines<PetugasProgress>();
  /** Rows not yet settled, with their lines and whether a warning counted them already. */
  private pending = new Map<number, { rw: RwProgress; petugas: PetugasProgress; warned: boolean }>();

  /** `kelurahan`: the kelurahan of a file without a Kelurahan column (the roll-up's, CODEBOOK §9). */
  constructor(header: HeaderMap, private readonly kelurahan = '') {
    this.at = header.index;
  }

  /** One row entered: its record when valid, null when not (its raw cells are read then). */
  add(row: number, cells: readonly RawCell[], record: GroupRecord | null): void {
    const rw = record ? record.rw : rwOf(cell(cells, this.at.rw));
    const kelurahan = this.at.kelurahan === undefined ? this.kelurahan : record ? record.kelurahan : cellText(cell(cells, this.at.kelurahan));
    const petugas = record ? record.petugas : cellText(cell(cells, this.at.petugas));
    const date = record ? record.tanggalPendataan : parseDate(cell(cells, this.at.tanggalPendataan));
    const rwLine = this.rws.get(rwKey(kelurahan, rw), () => ({ kelurahan: detach(kelurahan), rw, ...zero() }));
    const pLine = this.petugas.get(petugasKey(kelurahan, petugas), () => ({ kelurahan: rwLine.kelurahan, petugas: detach(petugas), ...zero() }));
    for (const line of [rwLine, pLine]) {
      line.read++;
      if (record) line.valid++;
      else line.invalid++;
      if (date !== null && (line.lastDate === null || date > line.lastDate)) line.lastDate = date;
    }
    this.pending.set(row, { rw: rwLine, petugas: pLine, warned: false });
  }

  /** A warning about `row` (rows that are no group, a header or a totals row, are not counted). */
  warn(row: number): void {
    const p = this.pending.get(row);
    if (!p || p.warned) return;
    p.warned = true;
    p.rw.warnings++;
    p.petugas.warnings++;
  }

  /** Every warning of the rows added so far has been given. */
  settle(): void {
    if (this.pending.size > 0) this.pending = new Map();
  }

  result(): Progress {
    return { rw: [...this.rws.byKey.values()], petugas: [...this.petugas.byKey.values()] };
  }
}

/** Adds `b`'s figures into `a`. */
export function addCounts(a: ProgressCounts, b: ProgressCounts): void {
  a.read += b.read;
  a.valid += b.valid;
  a.invalid += b.invalid;
  a.warnings += b.warnings;
  if (b.lastDate !== null && (a.lastDate === null || b.lastDate > a.lastDate)) a.lastDate = b.lastDate;
}

/** The Rekap of several files as one: lines of the same kelurahan and RW (or petugas) added up, the first spelling kept. */
export function mergeProgress(parts: readonly Progress[]): Progress {
  const rws = new Lines<RwProgress>();
  const petugas = new Lines<PetugasProgress>();
  for (const p of parts) {
    for (const l of p.rw) addCounts(rws.get(rwKey(l.kelurahan, l.rw), () => ({ ...l, ...zero() })), l);
    for (const l of p.petugas) addCounts(petugas.get(petugasKey(l.kelurahan, l.petugas), () => ({ ...l, ...zero() })), l);
  }
  return { rw: [...rws.byKey.values()], petugas: [...petugas.byKey.values()] };
}

function rwOf(v: RawCell): number | null | 'invalid' {
  if (cellText(v) === '') return null;
  const n = parseWhole(v);
  return n.ok && n.value >= RW_RANGE.min && n.value <= RW_RANGE.max ? n.value : 'invalid';
}
