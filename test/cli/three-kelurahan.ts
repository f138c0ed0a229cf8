/**
 * The three-kelurahan test set (CODEBOOK §9), built from the 307-row study sample: its rows
 * dealt round-robin to Cibeureum, Melong and Utama (some spelled in other cases and spacing,
 * as volunteers type them), four more with a blank Kelurahan, and one invalid row in Melong.
 * Written as one file with a Kelurahan column, and as one file per kelurahan.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ROOT } from './run';

export const SAMPLE = join(ROOT, 'src/cli/sample/cibeureum-2006.csv');
export const NAMES = ['Cibeureum', 'Melong', 'Utama'] as const;
/** Spellings of the same kelurahan after its first (which is the most frequent one). */
const OTHER_SPELLING: Record<string, string> = { Melong: 'MELONG', Utama: '  utama ' };
export const BLANK_ROWS = 4;

export interface ThreeKelurahan {
  /** Every row, one file: `all.csv`. */
  all: string;
  /** One file per kelurahan (and `tanpa.csv` for the blank ones), in the folder `parts`. */
  parts: Record<(typeof NAMES)[number] | 'tanpa', string>;
  folder: string;
}

type Row = string[];

export function buildThreeKelurahan(dir: string): ThreeKelurahan {
  const [header, ...data] = Papa.parse<string[]>(readFileSync(SAMPLE, 'utf8'), { skipEmptyLines: true }).data as [Row, ...Row[]];
  const k = header.indexOf('Kelurahan');
  const code = header.indexOf('Kode Wilayah');
  const members = header.indexOf('Jumlah Anggota');
  const by: Record<string, Row[]> = { Cibeureum: [], Melong: [], Utama: [], tanpa: [] };
  /** All rows in the sample's order: the kelurahan interleaved, the blank ones first. */
  const ordered: Row[] = [];
  data.forEach((row, i) => {
    const r = [...row];
    r[code] = '';
    if (i < BLANK_ROWS) {
      r[k] = '';
      by.tanpa!.push(r);
      ordered.push(r);
      return;
    }
    const name = NAMES[i % 3]!;
    // Every seventh row of a kelurahan with another spelling, never its first.
    const n = by[name]!.length;
    r[k] = n > 0 && n % 7 === 0 && OTHER_SPELLING[name] ? OTHER_SPELLING[name]! : name;
    by[name]!.push(r);
    ordered.push(r);
  });
  // An invalid row: it counts in Melong's rows read, not in its tables.
  const bad = [...by.Melong![1]!];
  bad[members] = 'dua puluh';
  by.Melong!.push(bad);
  ordered.push(bad);
  const csv = (rows: Row[]): string => Papa.unparse([header, ...rows]);
  const folder = join(dir, 'parts');
  mkdirSync(folder, { recursive: true });
  const parts = {} as ThreeKelurahan['parts'];
  for (const name of [...NAMES, 'tanpa'] as const) {
    parts[name] = join(folder, `${name.toLowerCase()}.csv`);
    writeFileSync(parts[name], csv(by[name]!));
  }
  const all = join(dir, 'all.csv');
  writeFileSync(all, csv(ordered));
  return { all, parts, folder };
}
