/**
 * Header mapping (CODEBOOK §1): headers match case-free after trimming and collapsing white
 * space, by canonical header or English alias; column order is free; unknown columns are
 * ignored; a missing required column or a duplicated one makes the input unreadable. A
 * duplicated optional column is not: the first one is read, the others are listed so the
 * reader can warn about them.
 */
import { FIELDS, REQUIRED_FIELDS, type FieldId } from './codebook';
import { cellText, isBlankCell, type RawCell } from './cells';
import type { FatalError } from './i18n';
import { normalizeHeader } from './normalize';

/** Extra spellings volunteers use for a few headers. */
const EXTRA_HEADERS: Partial<Record<FieldId, string[]>> = {
  lamaKepengurusan: ['Lama Kepengurusan', 'Leadership Tenure'],
  petugas: ['Petugas'],
};

const HEADER_INDEX: ReadonlyMap<string, FieldId> = (() => {
  const m = new Map<string, FieldId>();
  for (const f of FIELDS) {
    for (const h of [f.header, f.alias, ...(EXTRA_HEADERS[f.id] ?? [])]) m.set(normalizeHeader(h), f.id);
  }
  return m;
})();

/** Every header that names a field, canonical first: its English alias, then the extra spellings. */
export function headersOf(field: FieldId): string[] {
  const f = FIELDS.find((x) => x.id === field);
  if (f === undefined) return [];
  return [...new Set([f.header, f.alias, ...(EXTRA_HEADERS[field] ?? [])])];
}

export function fieldForHeader(header: RawCell): FieldId | undefined {
  return HEADER_INDEX.get(normalizeHeader(cellText(header)));
}

export interface HeaderMap {
  /** 1-based row number of the header row. */
  headerRow: number;
  /** Column index of each field present. */
  index: Partial<Record<FieldId, number>>;
  /** The header text as it stands, per field present. */
  names: Partial<Record<FieldId, string>>;
  /** All non-blank headers found, in column order. */
  found: string[];
  /** Every header cell's text by column index (blank ones ''), to name any column in an issue. */
  texts: string[];
  /** Optional fields whose header appears again: the later columns, ignored. */
  repeated?: { field: FieldId; name: string; index: number; first: number }[];
}

export type HeaderResult = { ok: true; map: HeaderMap } | { ok: false; error: FatalError };

export function mapHeaders(cells: readonly RawCell[], headerRow = 1): HeaderResult {
  const index: Partial<Record<FieldId, number>> = {};
  const names: Partial<Record<FieldId, string>> = {};
  const found: string[] = [];
  const texts: string[] = [];
  const duplicated: string[] = [];
  const repeated: NonNullable<HeaderMap['repeated']> = [];
  cells.forEach((cell, col) => {
    const text = cellText(cell).replace(/^\uFEFF/, '').trim();
    texts[col] = text;
    if (text === '') return;
    found.push(text);
    const field = HEADER_INDEX.get(normalizeHeader(text));
    if (field === undefined) return;
    const first = index[field];
    if (first !== undefined) {
      const def = FIELDS.find((f) => f.id === field);
      if (def !== undefined && !def.required) {
        repeated.push({ field, name: text, index: col, first });
        return;
      }
      const canonical = def?.header ?? text;
      if (!duplicated.includes(canonical)) duplicated.push(canonical);
      return;
    }
    index[field] = col;
    names[field] = text;
  });
  if (duplicated.length > 0) {
    return { ok: false, error: { code: 'duplicate_column', columns: duplicated, found, headerRow } };
  }
  const missing = REQUIRED_FIELDS.filter((f) => index[f.id] === undefined).map((f) => f.header);
  if (missing.length > 0) {
    return { ok: false, error: { code: 'missing_columns', columns: missing, found, headerRow } };
  }
  return { ok: true, map: repeated.length > 0 ? { headerRow, index, names, found, texts, repeated } : { headerRow, index, names, found, texts } };
}

/** How many of the required columns a row names (the header row names them all). */
export function requiredHits(cells: readonly RawCell[]): number {
  const seen = new Set<FieldId>();
  for (const c of cells) {
    const f = fieldForHeader(c);
    if (f !== undefined && REQUIRED_FIELDS.some((r) => r.id === f)) seen.add(f);
  }
  return seen.size;
}

/**
 * The header row: the first row among the first `maxScan` rows that names every required
 * column; failing that, the non-blank row that names the most of them (so a sheet whose
 * header was moved down a few rows, under a title, still reads; the error then names what
 * is missing). Returns a 0-based index into `rows`, or -1 when every scanned row is blank.
 */
export function findHeaderRow(rows: readonly (readonly RawCell[])[], maxScan = 20): number {
  let best = -1;
  let bestHits = -1;
  const limit = Math.min(rows.length, maxScan);
  for (let i = 0; i < limit; i++) {
    const row = rows[i] ?? [];
    if (row.every(isBlankCell)) continue;
    const hits = requiredHits(row);
    if (hits === REQUIRED_FIELDS.length) return i;
    if (hits > bestHits) {
      best = i;
      bestHits = hits;
    }
  }
  return best;
}
