import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The names src/index.ts exports (what Apps Script can call), read from its source: it holds
 * only `export { a, b } from '…'` lines, so a regex is enough and needs no build.
 */
export function entryPoints(root = join(__dirname, '..', '..')): string[] {
  const src = readFileSync(join(root, 'src/index.ts'), 'utf8');
  const names: string[] = [];
  for (const m of src.matchAll(/export\s*\{([^}]*)\}\s*from/g)) {
    for (const part of (m[1] ?? '').split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim() ?? '';
      if (name !== '') names.push(name);
    }
  }
  return names;
}
