// Runs the bundled CLI (dist/cli.cjs) from V8's code cache when one matches it: the bytecode
// of every function a run of the sample compiled, written beside the bundle by build.mjs
// (build/code-cache.cjs). Without it V8 parses and compiles the 0.4 MB bundle on each run,
// the top level first and then each function as it is first called: most of a small run's
// start-up (issue 15). Node 20 has no module.enableCompileCache (22+), hence vm.Script.
//
// The cache file holds a copy of the bundle beside V8's data, and a cache that matches is run
// from that copy alone: the bundle itself is then only stat()ed, not read (reading and
// comparing 0.4 MB more cost the sample 2-3 ms of its ~155: on this VM each fresh page of
// memory is slow to touch). The copy is code and cache written together by one warm run, so
// they always agree (V8 itself checks only the source's length: a cache of another build of
// the same length would run that build's code). The header names the bundle's size, inode and
// modification time in nanoseconds as the warm run saw them: a bundle rebuilt, edited or
// replaced since changes one of them, and then the bundle is read and compared byte for byte
// with the copy (a copied folder keeps its cache), and compiled from its own text when they
// differ, as it is in any other case (no cache, another Node, corrupt, cut short, unreadable,
// rejected by V8, source maps on). Nothing is written at run time, so a read-only install
// works the same. No checksum: zlib's CRC-32 cost 5-6 ms of the sample's start-up to load
// node:zlib and SHA-1 initialises OpenSSL's digests (the bundle itself carries none either).
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { dirname } = require('node:path');

/** `PRANATA-CODE-CACHE 3 <node version> <bundle's size> <inode> <mtime ns>\n`, the bundle's bytes, then V8's data. */
const MAGIC = 'PRANATA-CODE-CACHE 3';

/** Bytes of bytecode a function runs before V8 considers optimising it: V8's default on Node 20. */
const V8_INTERRUPT_BUDGET = 67_584;
/** The budget for a small run (see runBundle): four times V8's. */
const TIER_UP_BUDGET = 4 * V8_INTERRUPT_BUDGET;

/**
 * Sets V8 flags at run time, as node:v8's setFlagsFromString does, without loading node:v8: that
 * module loads Node's stream modules (for heap snapshots), 3 ms of the 307-row sample's ~150
 * (30 alternating runs of `node -e`, 4 Dec 2026), and a small run loads them for nothing else.
 * process.binding('v8') is the binding node:v8's own setFlagsFromString calls (lib/v8.js).
 * Node deprecates reaching it that way (DEP0111) with a warning that would tell the user
 * nothing they could act on, so the warning is off for that one call, and the user's own
 * --no-deprecation setting is put back after it. A Node without that binding gets node:v8.
 */
function setV8Flags(flags) {
  const quiet = process.noDeprecation;
  let binding;
  try {
    process.noDeprecation = true;
    binding = process.binding('v8');
  } catch {
    binding = undefined;
  } finally {
    process.noDeprecation = quiet;
  }
  if (typeof binding?.setFlagsFromString === 'function') binding.setFlagsFromString(flags);
  else require('node:v8').setFlagsFromString(flags);
}

/** Where the build writes a bundle's cache, and the launcher and the two-thread reader's worker look for it: beside it. */
function cacheFileOf(bundle) {
  return `${bundle}.cache`;
}

/**
 * The header line for a bundle as stat() sees it now (bigint: nanoseconds, exact): `same`, the
 * part any byte-identical bundle shares (format, Node, size), then `line`, the whole line with
 * this file's identity (inode, modification time); and its size.
 */
function header(bundle) {
  const st = statSync(bundle, { bigint: true });
  const same = `${MAGIC} ${process.version} ${st.size} `;
  return { same: Buffer.from(same, 'latin1'), line: Buffer.from(`${same}${st.ino} ${st.mtimeNs}\n`, 'latin1'), size: Number(st.size) };
}

/**
 * The copy of `bundle` and V8's data in `cacheFile` if the cache was written for the bundle as
 * it is now, else undefined. The same file as the warm run's (inode and mtime): trusted without
 * reading it. Another file of the same size (the folder copied, or a fresh checkout built
 * elsewhere): read and compared byte for byte with the copy, as a cache of format 2 always was.
 */
function cachedFor(bundle, cacheFile) {
  let file;
  let want;
  try {
    want = header(bundle);
    file = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const end = file.indexOf(10) + 1;
  if (end === 0 || !file.subarray(0, want.same.length).equals(want.same)) return undefined;
  const data = end + want.size;
  if (file.length <= data) return undefined;
  const source = file.subarray(end, data);
  const cachedData = file.subarray(data);
  if (file.subarray(0, end).equals(want.line)) return { source, cachedData };
  try {
    return readFileSync(bundle).equals(source) ? { source, cachedData } : undefined;
  } catch {
    return undefined;
  }
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
  // The loader's own Module class, as require('node:module') gives it, without loading that
  // public module's own dependencies (the ES module loader's parts).
  const Module = module.constructor;
  // The build's warm run: the header of the bundle it reads now, written with V8's data at exit.
  const written = write ? header(bundle) : undefined;
  const cached = write ? undefined : cachedFor(bundle, cacheFile);
  const source = cached?.source ?? readFileSync(bundle);
  const cachedData = cached?.cachedData;
  // latin1: the bundle is ASCII (build.mjs refuses any other byte), where it is the same string.
  const script = new vm.Script(Module.wrap(source.toString('latin1')), {
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
  if (tierUp && !write) setV8Flags(`--interrupt-budget=${TIER_UP_BUDGET}`);
  if (write) {
    process.on('exit', () => {
      require('node:fs').writeFileSync(cacheFile, Buffer.concat([written.line, source, script.createCachedData()]));
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
  // node:v8 here, not setV8Flags: its 3 ms do not show in a big run, and the tests spy on it.
  require('node:v8').setFlagsFromString(`--interrupt-budget=${V8_INTERRUPT_BUDGET}`);
}

module.exports = { runBundle, usualTierUp, setV8Flags, cacheFileOf, V8_INTERRUPT_BUDGET, TIER_UP_BUDGET };
