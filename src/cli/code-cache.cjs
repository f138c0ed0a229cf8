// Runs the bundled CLI (dist/cli.cjs) from V8's code cache when one matches it: the bytecode
// of every function a run of the sample compiled, written beside the bundle by build.mjs
// (build/code-cache.cjs). Without it V8 parses and compiles the 0.4 MB bundle on each run,
// the top level first and then each function as it is first called: most of a small run's
// start-up (issue 15). Node 20 has no module.enableCompileCache (22+), hence vm.Script.
//
// The cache is used only when it holds a copy of the bundle's own bytes (V8 itself checks the
// source's length, not its text: a cache of another build of the same length would run that
// build's code) and V8 accepts it (same V8 version and flags); in any other case (no cache,
// stale, corrupt, unreadable, rejected, source maps on) the bundle is compiled as before.
// Nothing is written at run time, so a read-only install works the same. The copy is compared
// byte for byte (a memcmp of 0.4 MB, well under a millisecond): exact, where a checksum is
// only likely, and cheaper, since zlib's CRC-32 cost 5-6 ms of the sample's start-up to load
// node:zlib and SHA-1 initialises OpenSSL's digests.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname } = require('node:path');

/** `PRANATA-CODE-CACHE 2 <node version> <the bundle's length>\n`, the bundle's bytes, then V8's data. */
const MAGIC = 'PRANATA-CODE-CACHE 2';

/** Bytes of bytecode a function runs before V8 considers optimising it: V8's default on Node 20. */
const V8_INTERRUPT_BUDGET = 67_584;
/** The budget for a small run (see runBundle): four times V8's. */
const TIER_UP_BUDGET = 4 * V8_INTERRUPT_BUDGET;

/** Where the build writes a bundle's cache, and the launcher and the two-thread reader's worker look for it: beside it. */
function cacheFileOf(bundle) {
  return `${bundle}.cache`;
}

function header(source) {
  return Buffer.from(`${MAGIC} ${process.version} ${source.length}\n`, 'latin1');
}

/** V8's data in `cacheFile` if it was made for `source` (a Buffer), else undefined. */
function cachedDataFor(source, cacheFile) {
  let file;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const want = header(source);
  const data = want.length + source.length;
  if (file.length <= data || !file.subarray(0, want.length).equals(want)) return undefined;
  return file.subarray(want.length, data).equals(source) ? file.subarray(data) : undefined;
}

/**
 * Runs `bundle` as a CommonJS module, as `require(bundle)` does. With `write` (the build's
 * warm run), V8's cache is written to `cacheFile` when the process exits, after the run has
 * compiled what it needed. Returns whether V8 took a cache (for the tests: `rejected` is
 * V8's verdict, `used` whether one was handed to it).
 */
function runBundle(bundle, cacheFile, { write = false, tierUp = !write } = {}) {
  const vm = require('node:vm');
  if (process.sourceMapsEnabled) {
    require(bundle);
    return { used: false, rejected: false };
  }
  const Module = require('node:module');
  const source = readFileSync(bundle);
  const cachedData = write ? undefined : cachedDataFor(source, cacheFile);
  const script = new vm.Script(Module.wrap(source.toString('utf8')), {
    filename: bundle,
    cachedData,
    // No importModuleDynamically: on Node 20 the functions V8 deserializes from a cache lose
    // the script's dynamic-import callback ("A dynamic import callback was not specified"), and
    // vm's default loader is experimental (a warning on stderr). So the bundle must hold no
    // import(): build.mjs refuses one (esbuild turns the CLI's own lazy import()s into require).
  });
  // Later tier-up, set only once V8 has checked the cache against the flags it was written with
  // (so never in the build's warm run, whose cache would then name other flags): a small run is
  // over before TurboFan's work pays back, and on two cores its compiles cost the 307-row sample
  // 15 of its 190 ms. Four times the budget is level at 10,000 rows and slower from there
  // (30,000 rows: 600 against 560 ms, medians of 15 alternating), so a big run sets V8's own
  // budget back (usualTierUp, called by the bundle once it knows its input's size).
  if (tierUp && !write) require('node:v8').setFlagsFromString(`--interrupt-budget=${TIER_UP_BUDGET}`);
  if (write) {
    process.on('exit', () => {
      require('node:fs').writeFileSync(cacheFile, Buffer.concat([header(source), source, script.createCachedData()]));
    });
  }
  const dir = dirname(bundle);
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(dir);
  require.cache[bundle] = mod;
  const fn = script.runInThisContext();
  fn.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, dir);
  mod.loaded = true;
  return { used: cachedData !== undefined, rejected: script.cachedDataRejected === true };
}

/**
 * V8's own tier-up budget, for a run long enough for compiled code to pay back (main.ts, on a
 * big input): functions optimised as soon as V8 would. Run after runBundle, or without it.
 */
function usualTierUp() {
  require('node:v8').setFlagsFromString(`--interrupt-budget=${V8_INTERRUPT_BUDGET}`);
}

module.exports = { runBundle, usualTierUp, cacheFileOf, V8_INTERRUPT_BUDGET, TIER_UP_BUDGET };
