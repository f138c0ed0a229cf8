/**
 * What `pranata tables` writes besides the study's tables: the Rekap (per RW and per
 * Petugas Pendata, with `--target FILE` each RW's share done and the RW not started) after
 * the tables in text and as XLSX sheets, and Daftar Kelompok as an XLSX sheet and, with
 * `--daftar-kelompok`, a PDF appendix. JSON stays exactly CODEBOOK §7 (the Rekap as JSON is
 * `pranata rekap`, rekap.ts).
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { directoryEntry, directoryListing, progressListings, targetsFromRows, type DirectoryEntry, type Lang, type Listing, type RawCell, type SurveyOptions, type SurveyResult, type Target } from '../core';
import type { Format, TablesArgs } from './args';
import { InputError, loadCategories } from './main';
import { readCsv } from './read-csv';
import { CLI_WORDS } from './words';

export async function readTargets(path: string, lang: Lang): Promise<Target[]> {
  if (!existsSync(path)) throw new InputError(CLI_WORDS[lang].targetNotFound(path));
  const rows: RawCell[][] = [];
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt') await readCsv(path, (cells) => rows.push(cells));
  else if (ext === '.xlsx') {
    const { readXlsx } = await import('./read-xlsx');
    try {
      await readXlsx(path, (cells) => rows.push(cells));
    } catch {
      throw new InputError(CLI_WORDS[lang].targetXlsxUnreadable(path));
    }
  } else throw new InputError(CLI_WORDS[lang].targetExtension(path));
  const out = targetsFromRows(rows);
  if (!out.ok) throw new InputError(out.message[lang]);
  return out.targets;
}

export interface Register {
  /** What the survey must collect for these lists. */
  hooks: Pick<SurveyOptions, 'onRecord' | 'progress'>;
  /** The lists, once the survey is read. */
  listings(result: SurveyResult): Listing[];
}

export async function registerFor(a: TablesArgs, format: Format): Promise<Register> {
  const lang = a.lang;
  // Read before the data: a bad target file stops the run before a long read.
  const targets = a.target === undefined ? undefined : await readTargets(a.target, lang);
  const rekap = format === 'text' || format === 'xlsx';
  const daftar = format === 'xlsx' || (format === 'pdf' && a.daftar === true);
  const entries: DirectoryEntry[] = [];
  return {
    hooks: { ...(rekap ? { progress: true } : {}), ...(daftar ? { onRecord: (r) => entries.push(directoryEntry(r)) } : {}) },
    listings: (result) => {
      const out = rekap && result.progress ? progressListings(result.progress, lang, targets) : [];
      if (daftar) {
        const types = loadCategories(a.categories, lang).categories.jenisKelompok.map((c) => c.label);
        out.push(directoryListing(entries, types, result.rows, lang));
      }
      return out;
    },
  };
}
