// `node build/code-cache.cjs`, run by build.mjs after dist/cli.cjs is bundled: one run of the
// CLI over the 307-row sample (JSON thrown away) through src/cli/code-cache.cjs in its write
// mode, so V8's cache, written as the process exits, holds the bytecode of every function a
// `pranata tables` run compiles, not only the bundle's top level.
'use strict';
const { devNull } = require('node:os');
const { join } = require('node:path');
const { runBundle, cacheFileOf } = require('../src/cli/code-cache.cjs');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'cli.cjs');
const sample = join(root, 'src', 'cli', 'sample', 'cibeureum-2006.csv');
process.argv = [process.argv[0], bundle, 'tables', '--input', sample, '--survey-year', '2006', '--format', 'json', '--out', devNull];
runBundle(bundle, cacheFileOf(bundle), { write: true });
