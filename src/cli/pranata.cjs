#!/usr/bin/env node
// The `pranata` command (package.json "bin"). It runs the bundled CLI, dist/cli.cjs, which
// `npm ci` builds through the "prepare" script; if it is missing (dist/ deleted), it is built
// here first with the project's own build.mjs, so the command works right after a clone.
// The bundle runs from V8's code cache beside it when that matches (code-cache.cjs).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const bundle = join(root, 'dist', 'cli.cjs');
if (!existsSync(bundle)) {
  require('node:child_process').execFileSync(process.execPath, [join(root, 'build.mjs'), '--cli'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const { runBundle, cacheFileOf } = require('./code-cache.cjs');
runBundle(bundle, cacheFileOf(bundle));
