/**
 * User-extended category lists: a kelurahan with a "Koperasi" or "Karang Werda" type gets it
 * in its checks, dropdowns and tables without a code change. Two sources share one format:
 * rows (a CSV file, or the add-on's Kategori sheet) with the columns Daftar | Label | Alias,
 * and JSON ({ "jenisKelompok": ["Koperasi", { "label": "Karang Werda", "aliases": [...] }] }).
 */
import * as z from './zod';
import { columnAlias, COLUMN_LIST_NAMES, type ColumnAlias } from './header-match';
import { cloneCategories, FIELD_BY_ID, FIELDS, LIST_IDS, type Categories, type Category, type ListId } from './codebook';
import { cellText, isBlankCell, type RawCell } from './cells';
import { inEveryLang, type CoreWords } from './i18n';
import type { Lang } from './model';
import { normalizeHeader, normalizeLabel } from './normalize';

export type Patch = Partial<Record<ListId, Category[]>>;
export type Merge = 'extend' | 'replace';

/** The lists, and a coordinator's own column headers (the `Kolom` list: Label = Pranata's header, Alias = theirs). */
export type CategoriesOutcome =
  | { ok: true; categories: Categories; columns: ColumnAlias[] }
  | { ok: false; message: Record<Lang, string> };

function isColumnList(name: string): boolean {
  return COLUMN_LIST_NAMES.includes(normalizeHeader(name));
}

/** One `Kolom` entry: its label names a Pranata column, each alias is the coordinator's header for it. */
function columnEntries(label: string, aliases: readonly string[], where: (w: CoreWords) => string): ColumnAlias[] | Record<Lang, string> {
  const out: ColumnAlias[] = [];
  for (const a of aliases) {
    const c = columnAlias(a, label);
    if (c === null) return inEveryLang((w) => w.notPranataColumn(where(w), label, FIELDS.map((f) => f.header).join(', ')));
    out.push(c);
  }
  return out;
}

const LIST_NAMES: ReadonlyMap<string, ListId> = new Map(
  LIST_IDS.flatMap((id) => [
    [normalizeHeader(id), id] as const,
    [normalizeHeader(FIELD_BY_ID[id].header), id] as const,
    [normalizeHeader(FIELD_BY_ID[id].alias), id] as const,
  ]),
);

export function listIdOf(name: string): ListId | undefined {
  return LIST_NAMES.get(normalizeHeader(name));
}

/** Adds (or, with 'replace', swaps in) the patch's lists; a known label only gains aliases. */
export function mergeCategories(base: Categories, patch: Patch, mode: Merge = 'extend'): Categories {
  const out = cloneCategories(base);
  for (const id of LIST_IDS) {
    const add = patch[id];
    if (!add) continue;
    if (mode === 'replace') out[id] = [];
    for (const cat of add) {
      const k = normalizeLabel(cat.label);
      const same = out[id].find((c) => normalizeLabel(c.label) === k);
      if (same) {
        for (const a of cat.aliases) if (!same.aliases.includes(a)) same.aliases.push(a);
      } else out[id].push({ ...cat, aliases: [...cat.aliases] });
    }
  }
  return out;
}

/**
 * The categories document's shape, built on first use: building zod schemas at load time was
 * 4 ms of every CLI run's start-up, and most runs read no categories file.
 */
let jsonShapeMemo: ReturnType<typeof buildJsonShape> | undefined;
function buildJsonShape() {
  const entry = z.union([
    z.string().trim().min(1),
    z.object({ label: z.string().trim().min(1), aliases: z.array(z.string()).optional(), key: z.string().optional() }),
  ]);
  return z.object({ mode: z.enum(['extend', 'replace']).optional() }).catchall(z.array(entry));
}
const jsonShape = () => (jsonShapeMemo ??= buildJsonShape());

/** Parses a categories JSON document (already JSON.parse'd). */
export function categoriesFromJson(doc: unknown, base: Categories): CategoriesOutcome {
  const parsed = jsonShape().safeParse(doc);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return {
      ok: false,
      message: inEveryLang((w) => w.categoriesFileInvalid(where)),
    };
  }
  const patch: Patch = {};
  const columns: ColumnAlias[] = [];
  for (const [name, items] of Object.entries(parsed.data)) {
    if (name === 'mode' || !Array.isArray(items)) continue;
    if (isColumnList(name)) {
      for (const it of items) {
        if (typeof it === 'string') continue;
        const got = columnEntries(it.label, (it.aliases ?? []).map((a) => a.trim()).filter(Boolean), () => name);
        if (!Array.isArray(got)) return { ok: false, message: got };
        columns.push(...got);
      }
      continue;
    }
    const id = listIdOf(name);
    if (id === undefined) {
      return {
        ok: false,
        message: inEveryLang((w) => w.unknownList(name, LIST_IDS.join(', '))),
      };
    }
    patch[id] = items.map((it) =>
      typeof it === 'string'
        ? { label: it.trim(), aliases: [] }
        : { label: it.label, aliases: (it.aliases ?? []).map((a) => a.trim()).filter(Boolean), ...(it.key ? { key: it.key } : {}) },
    );
  }
  return { ok: true, categories: mergeCategories(base, patch, parsed.data.mode ?? 'extend'), columns };
}

/** Header names of the columns of a category list (normalised), by role. */
export const CATEGORY_COLUMNS = {
  list: ['daftar', 'list'],
  label: ['label'],
  aliases: ['alias', 'aliases'],
  key: ['kunci', 'key'],
} as const;

/** 0-based column of a role in a category list's header row, or -1. */
export function categoryColumn(header: readonly RawCell[], role: keyof typeof CATEGORY_COLUMNS): number {
  const names: readonly string[] = CATEGORY_COLUMNS[role];
  return header.findIndex((c) => names.includes(normalizeHeader(cellText(c))));
}

/** Header row: Daftar | Label | Alias (| Kunci). Aliases in one cell, separated by `;`. */
export function categoriesFromRows(rows: readonly (readonly RawCell[])[], base: Categories, mode: Merge): CategoriesOutcome {
  const header = rows[0] ?? [];
  const iList = categoryColumn(header, 'list');
  const iLabel = categoryColumn(header, 'label');
  const iAlias = categoryColumn(header, 'aliases');
  const iKey = categoryColumn(header, 'key');
  if (iList < 0 || iLabel < 0) {
    return {
      ok: false,
      message: inEveryLang((w) => w.categoryListHeader),
    };
  }
  const patch: Patch = {};
  const columns: ColumnAlias[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every(isBlankCell)) continue;
    const listName = cellText(row[iList]);
    const label = cellText(row[iLabel]);
    if (isColumnList(listName)) {
      const aliases = iAlias < 0 ? [] : cellText(row[iAlias]).split(';').map((a) => a.trim()).filter(Boolean);
      const got = columnEntries(label, aliases, (w) => w.categoryRow(r + 1));
      if (!Array.isArray(got)) return { ok: false, message: got };
      columns.push(...got);
      continue;
    }
    const id = listIdOf(listName);
    if (id === undefined || label === '') {
      return {
        ok: false,
        message: inEveryLang((w) =>
          id === undefined
            ? w.categoryRowUnknownList(r + 1, listName, LIST_IDS.map((x) => FIELD_BY_ID[x].header).join(', '))
            : w.categoryRowEmptyLabel(r + 1),
        ),
      };
    }
    const aliases = iAlias < 0 ? [] : cellText(row[iAlias]).split(';').map((a) => a.trim()).filter(Boolean);
    const key = iKey < 0 ? '' : cellText(row[iKey]);
    (patch[id] ??= []).push(key === '' ? { label, aliases } : { label, aliases, key });
  }
  return { ok: true, categories: mergeCategories(base, patch, mode), columns };
}

/** The lists as rows (Daftar | Label | Alias | Kunci): how the add-on writes its Kategori sheet. */
export function categoriesToRows(c: Categories): string[][] {
  const rows: string[][] = [['Daftar', 'Label', 'Alias', 'Kunci']];
  for (const id of LIST_IDS) {
    for (const cat of c[id]) rows.push([FIELD_BY_ID[id].header, cat.label, cat.aliases.join('; '), cat.key ?? '']);
  }
  return rows;
}
