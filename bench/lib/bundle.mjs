// Small esbuild bundles of src modules, built on the fly into the bench's temp dir, so the
// bench measures the project's own code (not a copy) while staying runnable with plain node.
// Dependencies (papaparse, zod) are bundled in: the temp dir cannot resolve node_modules.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// The build's virtual module of the dialogs' scripts (src/addon imports it): bundled as build.mjs does.
const { dialogScriptsPlugin } = createRequire(import.meta.url)('../../build/dialog-scripts.cjs');

/** The repository root (bench/lib/ is two levels down). */
export const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Bundles `exports` (lines of `export … from '<repo-relative path>'`) into `<dir>/<name>.cjs`
 * and returns its path. CJS because papaparse is CJS and requires node builtins.
 */
export async function bundle(dir, name, exportLines) {
  const entry = join(dir, `${name}.entry.ts`);
  writeFileSync(entry, exportLines.map((l) => l.replace(/'(src\/[^']+|test\/[^']+)'/, (_m, p) => `'${join(ROOT, p)}'`)).join('\n'));
  const outfile = join(dir, `${name}.cjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    nodePaths: [join(ROOT, 'node_modules')],
    plugins: [dialogScriptsPlugin(ROOT)],
    logLevel: 'warning',
  });
  return outfile;
}

/** The bundles every bench child uses: the CLI's CSV reader and the core. */
export async function benchBundles(dir) {
  const readCsv = await bundle(dir, 'read-csv', ["export { readCsv } from 'src/cli/read-csv.ts';"]);
  const core = await bundle(dir, 'core', [
    "export * from 'src/core/index.ts';",
    "export { readCsv } from 'src/cli/read-csv.ts';",
  ]);
  return { readCsv, core };
}
