/**
 * What `--input` names: files, or folders whose CSV/XLSX files are read in name order
 * (CODEBOOK §9: several kelurahan, several files). The list is said on stderr and in the
 * JSON (`inputs`), so a coordinator sees which files made the total.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Lang } from '../core';
import { InputError } from './input-error';
import { CLI_WORDS } from './words';

/** The extensions a folder is searched for (the reader also takes a single .txt file). */
const DATA_EXTENSIONS = new Set(['.csv', '.xlsx']);

export function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** A file a folder holds that is data: not hidden, not an office lock file (`~$x.xlsx`, `.~lock.x.csv#`). */
function isDataFile(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$') && DATA_EXTENSIONS.has(extname(name).toLowerCase());
}

/** The files to read, in order: each --input as given, a folder's data files sorted by name. */
export function inputFiles(inputs: readonly string[], lang: Lang): string[] {
  const out: string[] = [];
  const seen = new Map<string, string>();
  const add = (file: string): void => {
    // The file itself, not its spelling: a symlink, or A.csv and a.csv on a case-blind disk.
    const key = realpathSync.native(file);
    const before = seen.get(key);
    // The same file twice would count its groups twice.
    if (before !== undefined) throw new InputError(CLI_WORDS[lang].givenTwice(file, before));
    seen.set(key, file);
    out.push(file);
  };
  for (const input of inputs) {
    if (!existsSync(input)) throw new InputError(CLI_WORDS[lang].fileNotFound(input));
    if (!statSync(input).isDirectory()) {
      add(input);
      continue;
    }
    const names = readdirSync(input)
      .filter((n) => isDataFile(n) && statSync(join(input, n)).isFile())
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (names.length === 0) throw new InputError(CLI_WORDS[lang].folderEmpty(input));
    for (const n of names) add(join(input, n));
  }
  return out;
}

/** The stderr line that says which files were read. */
export function readNote(files: readonly string[], lang: Lang): string {
  return CLI_WORDS[lang].readFiles(files.length, files.join(', '));
}
