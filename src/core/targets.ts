/**
 * The Target list: how many groups a coordinator expects per RW (the study's Cibeureum has
 * 23 RW), from a sheet or a CSV file with columns RW and Target, and optionally Kelurahan
 * (for a file of several kelurahan; without it a target holds for that RW everywhere).
 * With it the Rekap says each RW's share done and which RW are not started.
 */
import { cellText, isBlankCell, parseWhole, type RawCell } from './cells';
import { RW_RANGE } from './codebook';
import { issueMessage } from './i18n';
import type { IssueCode, IssueParams, Lang } from './model';
import { normalizeHeader, normalizeLabel } from './normalize';
import { REGISTER_WORDS } from './register-words';

export interface Target {
  /** '' when the list has no Kelurahan column (or the cell is blank): any kelurahan. */
  kelurahan: string;
  rw: number;
  target: number;
}

export type TargetsOutcome = { ok: true; targets: Target[] } | { ok: false; message: Record<Lang, string> };

/** The list's headers, in Bahasa Indonesia and English. */
export const TARGET_HEADERS = {
  rw: ['RW'],
  target: ['Target', 'Target Kelompok', 'Jumlah Target', 'Sasaran', 'Expected Groups'],
  kelurahan: ['Kelurahan'],
} as const;

const BOUNDS = { rw: RW_RANGE, target: { min: 0, max: 100000 } } as const;
const both = (f: (lang: Lang) => string): Record<Lang, string> => ({ id: f('id'), en: f('en') });

function columnOf(header: readonly RawCell[], names: readonly string[]): number {
  const wanted = new Set(names.map(normalizeHeader));
  return header.findIndex((h) => wanted.has(normalizeHeader(cellText(h))));
}

/** Rows of cells: the first non-blank row is the header; later blank rows are skipped. */
export function targetsFromRows(rows: readonly (readonly RawCell[])[]): TargetsOutcome {
  const top = rows.findIndex((r) => r.some((c) => !isBlankCell(c)));
  const header = rows[top] ?? [];
  const rwAt = columnOf(header, TARGET_HEADERS.rw);
  const targetAt = columnOf(header, TARGET_HEADERS.target);
  const kelAt = columnOf(header, TARGET_HEADERS.kelurahan);
  const missing = [rwAt < 0 ? 'RW' : '', targetAt < 0 ? 'Target' : ''].filter((c) => c !== '');
  if (missing.length > 0) {
    const found = header.map(cellText).filter((h) => h !== '').map((h) => `"${h}"`).join(', ') || '-';
    return { ok: false, message: both((lang) => REGISTER_WORDS[lang].targetMissing(missing.map((c) => `"${c}"`).join(', '), found)) };
  }
  const colName = (at: number) => cellText(header[at]);
  const targets: Target[] = [];
  const seen = new Map<string, number>();
  const errors: Record<Lang, string>[] = [];
  /** Reports the cell's problem; null, so a caller can `return fail(…)`. */
  const fail = (row: number, at: number, code: IssueCode, raw: RawCell, params: IssueParams = {}): null => {
    errors.push(both((lang) => `${REGISTER_WORDS[lang].targetWhere}: ${issueMessage(row, colName(at), code, cellText(raw), params, lang)}`));
    return null;
  };
  const whole = (row: number, at: number, raw: RawCell, b: { min: number; max: number }): number | null => {
    if (isBlankCell(raw)) return fail(row, at, 'required', raw);
    const n = parseWhole(raw);
    if (!n.ok) return fail(row, at, 'not_integer', raw);
    if (n.value < b.min || n.value > b.max) return fail(row, at, 'out_of_range', raw, { ...b });
    return n.value;
  };
  for (let i = top + 1; i < rows.length; i++) {
    const r = rows[i] ?? [];
    if (r.every((c) => isBlankCell(c))) continue;
    const row = i + 1;
    const rw = whole(row, rwAt, r[rwAt], BOUNDS.rw);
    const target = whole(row, targetAt, r[targetAt], BOUNDS.target);
    if (rw === null || target === null) continue;
    const kelurahan = kelAt < 0 ? '' : cellText(r[kelAt]);
    const key = `${normalizeLabel(kelurahan)}\u0000${rw}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(both((lang) => REGISTER_WORDS[lang].targetTwice(row, rw, first)));
      continue;
    }
    seen.set(key, row);
    targets.push({ kelurahan, rw, target });
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, 5);
    return { ok: false, message: both((lang) => shown.map((e) => e[lang]).join(' ')) };
  }
  return { ok: true, targets };
}
