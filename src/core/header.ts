/**
 * Header mapping (CODEBOOK §1): headers match case-free after trimming and collapsing white
 * space, by canonical header or English alias (and the other names of header-match.ts);
 * column order is free; unknown columns are ignored; a missing required column or a
 * duplicated one makes the input unreadable, and the error suggests the closest header. A
 * duplicated optional column is not: the first one is read, the others are listed so the
 * reader can warn about them.
 */
import { FIELDS, REQUIRED_FIELDS, type FieldId } from './codebook';
import { cellText, isBlankCell, type RawCell } from './cells';
import type { FatalError } from './i18n';
import { EXTRA_HEADERS, HeaderMatcher, headerSimilarity, type ColumnAlias } from './header-match';

const DEFAULT_MATCHER = new HeaderMatcher();

/** Every header that names a field, canonical first: its English alias, then the extra spellings. */
export function headersOf(field: FieldId): string[] {
  const f = FIELDS.find((x) => x.id === field);
  if (f === undefined) return [];
  return [...new Set([f.header, f.alias, ...(EXTRA_HEADERS[field] ?? [])])];
}

/** The field a header cell names, with the built-in names only (no coordinator's aliases). */
export function fieldForHeader(header: RawCell): FieldId | undefined {
  const m = DEFAULT_MATCHER.match(cellText(header));
  return m.kind === 'field' ? m.field : undefined;
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
  /**
   * Several-of fields that have no column of their own but one 0/1 column per choice
   * (a KoboToolbox or ODK export with split select-multiples): the choice columns.
   */
  choiceColumns: Partial<Record<FieldId, { index: number; choice: string }[]>>;
  /** The ID column is a survey platform's submission id (`_uuid`, `meta-instanceID`, `KEY`). */
  submissionId: boolean;
  /** Column of the platform's review state (Kobo `_validation_status`, ODK `ReviewState`). */
  review?: number;
}

export type HeaderResult = { ok: true; map: HeaderMap } | { ok: false; error: FatalError };

export interface HeaderOptions {
  /** A coordinator's own headers (`--map`, the `Kolom` list). */
  columns?: readonly ColumnAlias[];
}

function matcherOf(opts: HeaderOptions): HeaderMatcher {
  return opts.columns && opts.columns.length > 0 ? new HeaderMatcher(opts.columns) : DEFAULT_MATCHER;
}

/** The unmatched header most like each missing column's names, when one is close enough to suggest. */
function closest(missing: readonly FieldId[], unmatched: readonly string[]): { column: string; found: string }[] {
  const out: { column: string; found: string }[] = [];
  const taken = new Set<string>();
  for (const id of missing) {
    let best = '';
    let score = 0.35;
    for (const h of unmatched) {
      if (taken.has(h)) continue;
      const s = Math.max(...headersOf(id).map((name) => headerSimilarity(name, h)));
      if (s > score) [best, score] = [h, s];
    }
    if (best !== '') {
      taken.add(best);
      out.push({ column: FIELDS.find((f) => f.id === id)?.header ?? id, found: best });
    }
  }
  return out;
}

export function mapHeaders(cells: readonly RawCell[], headerRow = 1, opts: HeaderOptions = {}): HeaderResult {
  const matcher = matcherOf(opts);
  const index: Partial<Record<FieldId, number>> = {};
  const names: Partial<Record<FieldId, string>> = {};
  const found: string[] = [];
  const texts: string[] = [];
  const unmatched: string[] = [];
  const duplicated: string[] = [];
  const repeated: NonNullable<HeaderMap['repeated']> = [];
  const choices: Partial<Record<FieldId, { index: number; choice: string }[]>> = {};
  let submission: { index: number; rank: number; name: string } | undefined;
  let review: number | undefined;
  cells.forEach((cell, col) => {
    const text = cellText(cell).replace(/^\uFEFF/, '').trim();
    texts[col] = text;
    if (text === '') return;
    found.push(text);
    const m = matcher.match(text);
    switch (m.kind) {
      case 'field':
        break;
      case 'choice':
        (choices[m.field] ??= []).push({ index: col, choice: m.choice });
        return;
      case 'submission':
        if (submission === undefined || m.rank < submission.rank) submission = { index: col, rank: m.rank, name: text };
        return;
      case 'review':
        review ??= col;
        return;
      case 'meta':
        return;
      default:
        unmatched.push(text);
        return;
    }
    const field = m.field;
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
  // A several-of question's own column wins; its 0/1 columns are then ignored, never counted twice.
  // Otherwise its answer is read from them into the first one's cell (survey.ts), so the
  // field's column is that one.
  const choiceColumns: HeaderMap['choiceColumns'] = {};
  for (const [field, cols] of Object.entries(choices) as [FieldId, { index: number; choice: string }[]][]) {
    const first = cols[0];
    if (index[field] !== undefined || first === undefined) continue;
    choiceColumns[field] = cols;
    index[field] = first.index;
    names[field] = FIELDS.find((f) => f.id === field)?.header ?? field;
  }
  let submissionId = false;
  if (index.id === undefined && submission !== undefined) {
    index.id = submission.index;
    names.id = submission.name;
    submissionId = true;
  }
  const missingIds = REQUIRED_FIELDS.filter((f) => index[f.id] === undefined).map((f) => f.id);
  if (missingIds.length > 0) {
    const columns = missingIds.map((id) => FIELDS.find((f) => f.id === id)?.header ?? id);
    return { ok: false, error: { code: 'missing_columns', columns, found, headerRow, suggestions: closest(missingIds, unmatched) } };
  }
  const map: HeaderMap = { headerRow, index, names, found, texts, choiceColumns, submissionId };
  if (repeated.length > 0) map.repeated = repeated;
  if (review !== undefined) map.review = review;
  return { ok: true, map };
}

/** How many of the required columns a row names (the header row names them all). */
export function requiredHits(cells: readonly RawCell[], matcher: HeaderMatcher = DEFAULT_MATCHER): number {
  const seen = new Set<FieldId>();
  for (const c of cells) {
    const m = matcher.match(cellText(c));
    if (m.kind === 'field' && REQUIRED_FIELDS.some((r) => r.id === m.field)) seen.add(m.field);
  }
  return seen.size;
}

/**
 * How many leading rows are searched for the header row: a header may sit under a title or a
 * few notes, but a row further down is data, not a header. Readers that fetch only the top
 * of a sheet fetch this many rows.
 */
export const HEADER_SCAN_ROWS = 20;

/**
 * The header row: the first row among the first `maxScan` rows that names every required
 * column; failing that, the non-blank row that names the most of them (so a sheet whose
 * header was moved down a few rows, under a title, still reads; the error then names what
 * is missing). Returns a 0-based index into `rows`, or -1 when every scanned row is blank.
 */
export function findHeaderRow(rows: readonly (readonly RawCell[])[], maxScan = HEADER_SCAN_ROWS, opts: HeaderOptions = {}): number {
  const matcher = matcherOf(opts);
  let best = -1;
  let bestHits = -1;
  const limit = Math.min(rows.length, maxScan);
  for (let i = 0; i < limit; i++) {
    const row = rows[i] ?? [];
    if (row.every(isBlankCell)) continue;
    const hits = requiredHits(row, matcher);
    if (hits === REQUIRED_FIELDS.length) return i;
    if (hits > bestHits) {
      best = i;
      bestHits = hits;
    }
  }
  return best;
}
