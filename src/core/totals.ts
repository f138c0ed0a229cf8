/**
 * A totals row at the end of a list (CODEBOOK §7): a kelurahan's spreadsheet often ends with
 * "Jumlah" in the name column and sums or blanks elsewhere. It is not a group: it is skipped,
 * counted in `rows.totals` and named in one warning, never reported as six errors.
 */
import { FIELDS, type FieldId } from './codebook';
import { cellText, isBlankCell, type RawCell } from './cells';
import type { HeaderMap } from './header';
import { normalizeLabel } from './normalize';

/** What the name cell of a totals row says, normalised (a trailing colon is dropped). */
const TOTAL_NAMES: ReadonlySet<string> = new Set(['jumlah', 'total', 'jumlah total', 'total jumlah', 'grand total']);

/** The category and several-of columns: blank in a totals row (the number columns may hold sums). */
const CATEGORY_FIELDS: readonly FieldId[] = FIELDS.filter((f) => f.kind.type === 'category' || f.kind.type === 'multi').map((f) => f.id);

/** A test for totals rows under one header; null when the input has no name column. */
export function totalsRowTest(map: HeaderMap): ((cells: readonly RawCell[]) => boolean) | null {
  const name = map.index.namaKelompok;
  if (name === undefined) return null;
  const cats = CATEGORY_FIELDS.map((f) => map.index[f]).filter((i): i is number => i !== undefined);
  return (cells) => {
    const v = cells[name];
    if (typeof v !== 'string' || v.length > 20) return false;
    // The blank categories first: a group's row fails at its first category cell, before the
    // name is normalised (NFKC and two regexes on most rows' names: 0.1 s at a million rows).
    if (!cats.every((i) => isBlankCell(cells[i]))) return false;
    return TOTAL_NAMES.has(normalizeLabel(cellText(v)).replace(/\s*:$/, ''));
  };
}
