/**
 * Text normalisation for matching headers and category labels (CODEBOOK §1).
 */
import type { Category } from './codebook';

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** NFKC only when the text is not plain ASCII: NFKC is the costly step on a hot path. */
function nfkc(s: string): string {
  return ASCII_PRINTABLE.test(s) ? s : s.normalize('NFKC');
}

/** Headers: case-free, trimmed, runs of white space collapsed. */
export function normalizeHeader(s: string): string {
  return nfkc(s.replace(/^\uFEFF/, '')).toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * Category labels: NFKC, lower case, trim, white space collapsed to one space, and no white
 * space next to `/` (so "Pemuda / Karangtaruna" matches "Pemuda/Karangtaruna").
 */
export function normalizeLabel(s: string): string {
  return nfkc(s).toLowerCase().trim().replace(/\s+/g, ' ').replace(/ ?\/ ?/g, '/');
}

/**
 * The order of names a reader expects in a list (kelurahan, petugas, groups): by their
 * normalised labels (`normalizeLabel`, so case and spacing aside), a blank name last.
 * `compareLabelKeys` takes labels already normalised, for a sort that keys them once.
 */
export function compareLabelKeys(x: string, y: string): number {
  if ((x === '') !== (y === '')) return x === '' ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
}
export const compareLabels = (a: string, b: string): number => compareLabelKeys(normalizeLabel(a), normalizeLabel(b));

/** A category list compiled for lookups: normalised label or alias -> index in the list. */
export interface CompiledList {
  labels: readonly string[];
  match(value: string): number;
  /**
   * The longest loose key (letters and digits) of any label or alias: a run of words with more
   * letters and digits than this matches nothing, so a search over word runs can stop there.
   */
  longestKey: number;
}

export function compileList(categories: readonly Category[]): CompiledList {
  const index = new Map<string, number>();
  categories.forEach((cat, i) => {
    // The label wins over any alias of a later category; the first spelling wins otherwise.
    const k = normalizeLabel(cat.label);
    if (!index.has(k)) index.set(k, i);
  });
  categories.forEach((cat, i) => {
    for (const alias of cat.aliases) {
      const k = normalizeLabel(alias);
      if (k !== '' && !index.has(k)) index.set(k, i);
    }
  });
  // XLSForm choice names (`iuran_anggota`, `dasa_wisma`) and other punctuation-only variants:
  // letters and digits alone, after the exact spellings, the first spelling winning.
  const loose = new Map<string, number>();
  categories.forEach((cat, i) => {
    for (const s of [cat.label, ...cat.aliases]) {
      const k = looseKey(s);
      if (k !== '' && !loose.has(k)) loose.set(k, i);
    }
  });
  const labels = categories.map((c) => c.label);
  let longestKey = 0;
  for (const k of [...index.keys(), ...loose.keys()]) longestKey = Math.max(longestKey, looseKey(k).length);
  return {
    labels,
    longestKey,
    match: (value) => {
      const k = normalizeLabel(value);
      return index.get(k) ?? loose.get(looseKey(k)) ?? -1;
    },
  };
}

/** Letters and digits only, accents dropped: `Iuran Anggota`, `iuran_anggota`, `IuranAnggota` -> `iurananggota`. */
export function looseKey(s: string): string {
  return normalizeLabel(s).normalize('NFKD').replace(/[^a-z0-9]+/g, '');
}

/** A stable key for a label: lower case letters and digits only ("Organisasi Sosial" -> "organisasisosial"). */
export function slugKey(label: string): string {
  const k = looseKey(label);
  return k === '' ? 'k' : k;
}
