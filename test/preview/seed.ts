/**
 * What the preview's spreadsheet starts with: the study's sample (307 groups of Kelurahan
 * Cibeureum, 2006) in a Data sheet, or an empty one, with the survey settings in the document
 * properties. The add-on's own set-up then adds the Kategori sheet with the default lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { FIELDS } from '../../src/core';

export type Seed = 'study' | 'empty';

export const SAMPLE_CSV = path.join('src', 'cli', 'sample', 'cibeureum-2006.csv');

/** Header and rows of the Data sheet to start with (cells as a volunteer would type them). */
export function seedRows(root: string, seed: Seed): string[][] {
  const file = path.join(root, SAMPLE_CSV);
  if (seed === 'study' && existsSync(file)) {
    const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: 'greedy' });
    return parsed.data;
  }
  return [FIELDS.map((f) => f.header)];
}
