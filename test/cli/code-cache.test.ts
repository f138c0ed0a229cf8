/**
 * The launcher's code cache (src/cli/code-cache.cjs): the bundle run from V8's cache prints
 * what the bundle compiled from its text prints, and a cache that does not belong to the
 * bundle (another build of the same length, a bundle changed since, corrupt, cut short,
 * empty, unreadable) is ignored without a word: the same output, nothing on stderr, exit 0. Nothing is written
 * at run time (a read-only install). Each case runs in a child process on a copy of
 * dist/cli.cjs in a temp folder, so dist/ is never touched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pranata, ROOT } from './run';
import { TIER_UP_BUDGET } from '../../src/cli/code-cache.cjs';

const BUNDLE = join(ROOT, 'dist', 'cli.cjs');
const LOADER = join(ROOT, 'src', 'cli', 'code-cache.cjs');
const SAMPLE = join(ROOT, 'src', 'cli', 'sample', 'cibeureum-2006.csv');
const ARGS = ['tables', '--input', SAMPLE, '--survey-year', '2006', '--format', 'json'];

interface Loaded {
  stdout: string;
  stderr: string;
  code: number | null;
  /** runBundle's verdict: a cache handed to V8, and V8 refusing it. */
  cache: { used: boolean; rejected: boolean };
}

/** Runs `bundle` through the loader (as src/cli/pranata.cjs does) with the sample's arguments. */
function load(bundle: string, cache: string, opts: { write?: boolean } = {}): Loaded {
  const script = `
    const { runBundle } = require(${JSON.stringify(LOADER)});
    process.argv = [process.argv[0], ${JSON.stringify(bundle)}, ...${JSON.stringify(ARGS)}];
    const r = runBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cache)}, ${JSON.stringify(opts)});
    process.on('exit', () => process.stderr.write('CODE-CACHE ' + JSON.stringify(r)));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000, maxBuffer: 16 << 20 });
  const m = /CODE-CACHE (.*)$/.exec(r.stderr);
  return { stdout: r.stdout, stderr: r.stderr.replace(/CODE-CACHE .*$/, ''), code: r.status, cache: JSON.parse(m?.[1] ?? 'null') };
}

let dir: string;
let bundle: string;
let plain: string;

beforeAll(() => {
  if (!statSync(BUNDLE, { throwIfNoEntry: false })) spawnSync(process.execPath, [join(ROOT, 'build.mjs'), '--cli'], { stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'pranata-code-cache-'));
  bundle = join(dir, 'cli.cjs');
  copyFileSync(BUNDLE, bundle);
  const r = spawnSync(process.execPath, [bundle, ...ARGS], { encoding: 'utf8', maxBuffer: 16 << 20 });
  expect(r.status).toBe(0);
  plain = r.stdout;
  expect(JSON.parse(plain).rows.read).toBe(307);
});

/** A cache for `bundle` as the build makes one (a warm run in write mode), in its own file. */
function freshCache(name: string): string {
  const cache = join(dir, name);
  const w = load(bundle, cache, { write: true });
  expect(w.code).toBe(0);
  expect(w.stdout).toBe(plain);
  return cache;
}

test('the build leaves a cache beside dist/cli.cjs that V8 takes, and the run prints the same', () => {
  const r = load(BUNDLE, `${BUNDLE}.cache`);
  expect(r.cache).toEqual({ used: true, rejected: false });
  expect(r.stdout).toBe(plain);
  expect(r.stderr).toBe('');
});

test('a cache written by a warm run is taken; nothing is written when it is read', () => {
  const cache = freshCache('fresh.cache');
  const before = readFileSync(cache);
  const files = readdirSync(dir).sort();
  const r = load(bundle, cache);
  expect(r.cache).toEqual({ used: true, rejected: false });
  expect(r.stdout).toBe(plain);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(readFileSync(cache).equals(before)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(files);
});

test('a cache of another build of the same length is not used (V8 alone would take it)', () => {
  const cache = freshCache('other.cache');
  const text = readFileSync(bundle, 'utf8');
  // One character of a string the sample's run never shows, same length: the cache's copy of the bundle no longer matches.
  const at = text.indexOf('Pranata: tabel profil');
  expect(at).toBeGreaterThan(0);
  const other = join(dir, 'other', 'cli.cjs');
  mkdirSync(join(dir, 'other'));
  writeFileSync(other, `${text.slice(0, at)}X${text.slice(at + 1)}`);
  expect(statSync(other).size).toBe(statSync(bundle).size);
  const r = load(other, cache);
  expect(r.cache).toEqual({ used: false, rejected: false });
  expect(r.stdout).toBe(plain);
  expect(r.stderr).toBe('');
});

test('while the bundle is the file the warm run read (inode, size, mtime), it is not read again: the run is the copy\'s', () => {
  const cache = freshCache('unread.cache');
  const own = join(dir, 'unread', 'cli.cjs');
  mkdirSync(join(dir, 'unread'));
  copyFileSync(bundle, own);
  // A whole second, which utimes sets exactly (a Date carries milliseconds, the header nanoseconds).
  const when = new Date(2020, 0, 1);
  utimesSync(own, when, when);
  const warm = load(own, cache, { write: true });
  expect(warm.code).toBe(0);
  const { ino } = statSync(own);
  // Overwritten in place (same inode) with spaces and its mtime put back: only a read would tell.
  writeFileSync(own, Buffer.alloc(statSync(own).size, 0x20));
  utimesSync(own, when, when);
  expect(statSync(own).ino).toBe(ino);
  const r = load(own, cache);
  expect(r.cache).toEqual({ used: true, rejected: false });
  expect(r.stdout).toBe(plain);
});

test('the bundle copied to another folder (another inode and mtime) keeps its cache: the copy is compared byte for byte', () => {
  const cache = freshCache('moved.cache');
  const moved = join(dir, 'moved', 'cli.cjs');
  mkdirSync(join(dir, 'moved'));
  copyFileSync(bundle, moved);
  utimesSync(moved, new Date(2001, 0, 1), new Date(2001, 0, 1));
  const r = load(moved, cache);
  expect(r.cache).toEqual({ used: true, rejected: false });
  expect(r.stdout).toBe(plain);
  expect(r.stderr).toBe('');
});

test('a bundle touched after its cache, whose cache copy no longer matches it, is compiled from its text', () => {
  const cache = freshCache('touched.cache');
  const b = readFileSync(cache);
  // One byte of the cache's copy of the bundle changed: while the bundle is the warm run's file
  // (same inode and mtime) the copy is trusted unread; once the bundle's mtime moves it is read.
  writeFileSync(cache, Buffer.from(b.map((x, i) => (i === b.indexOf(10) + 100 ? x ^ 1 : x))));
  const { mtime, atime } = statSync(bundle);
  try {
    utimesSync(bundle, atime, new Date(mtime.getTime() + 2000));
    const r = load(bundle, cache);
    expect(r.cache).toEqual({ used: false, rejected: false });
    expect(r.stdout).toBe(plain);
    expect(r.stderr).toBe('');
  } finally {
    utimesSync(bundle, atime, mtime);
  }
});

/** Where V8's data starts in a cache file: after the header line and the copy of the bundle. */
const v8At = (b: Buffer) => b.indexOf(10) + 1 + statSync(bundle).size;

test.each([
  ['V8 data corrupted after a valid header and copy', (b: Buffer) => Buffer.concat([b.subarray(0, v8At(b)), Buffer.from(b.subarray(v8At(b)).map((x) => x ^ 0x5a))]), { used: true, rejected: true }],
  ['cut short in V8 data', (b: Buffer) => b.subarray(0, v8At(b) + 200), { used: true, rejected: true }],
  ['cut short in the copy', (b: Buffer) => b.subarray(0, b.indexOf(10) + 1000), { used: false, rejected: false }],
  ['with a header and copy but no V8 data', (b: Buffer) => b.subarray(0, v8At(b)), { used: false, rejected: false }],
  ['only the header', (b: Buffer) => b.subarray(0, b.indexOf(10) + 1), { used: false, rejected: false }],
  ['empty', () => Buffer.alloc(0), { used: false, rejected: false }],
  ['another Node version in the header', (b: Buffer) => Buffer.from(b.toString('latin1').replace(process.version, 'v0.0.0'), 'latin1'), { used: false, rejected: false }],
  ['not a cache at all', () => Buffer.from('{"hello": "world"}\n'), { used: false, rejected: false }],
])('a cache file %s is ignored: same output, nothing said', (name, spoil, verdict) => {
  const cache = freshCache(`spoilt-${name.replace(/\W+/g, '-')}.cache`);
  writeFileSync(cache, spoil(readFileSync(cache)));
  const r = load(bundle, cache);
  expect(r.cache).toEqual(verdict);
  expect(r.stdout).toBe(plain);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});

/**
 * The loader run as the launcher runs it (`opts`, then usualTierUp when `reset`), and then a
 * worker thread booting the bundle through the loader as halves.ts boots its worker: V8's
 * verdict on the cache in the worker.
 */
function workerVerdict(opts: { tierUp?: boolean }, reset: boolean): { used: boolean; rejected: boolean } {
  const cache = `${BUNDLE}.cache`;
  const boot = `const r = require(${JSON.stringify(LOADER)}).runBundle(${JSON.stringify(BUNDLE)}, ${JSON.stringify(cache)}, { tierUp: false }); require('node:worker_threads').parentPort.postMessage(r);`;
  const script = `
    const loader = require(${JSON.stringify(LOADER)});
    process.argv = [process.argv[0], ${JSON.stringify(BUNDLE)}, '--version'];
    loader.runBundle(${JSON.stringify(BUNDLE)}, ${JSON.stringify(cache)}, ${JSON.stringify(opts)});
    if (${reset}) loader.usualTierUp();
    const { Worker } = require('node:worker_threads');
    new Worker(${JSON.stringify(boot)}, { eval: true, argv: ['--version'] }).on('message', (r) => process.stderr.write('WORKER ' + JSON.stringify(r)));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(0);
  return JSON.parse(/WORKER (.*)$/.exec(r.stderr)?.[1] ?? 'null');
}

test("a worker thread boots from the cache once the tier-up budget is V8's own (a big run's, halves.ts)", () => {
  // The launcher's raised budget is process-wide: V8 refuses the cache in a worker while it stands.
  expect(workerVerdict({}, false)).toEqual({ used: true, rejected: true });
  expect(workerVerdict({}, true)).toEqual({ used: true, rejected: false });
  expect(workerVerdict({ tierUp: false }, false)).toEqual({ used: true, rejected: false });
});

test('no cache file, or a folder where it should be: compiled from the text', () => {
  for (const cache of [join(dir, 'missing.cache'), dir]) {
    const r = load(bundle, cache);
    expect(r.cache).toEqual({ used: false, rejected: false });
    expect(r.stdout).toBe(plain);
    expect(r.stderr).toBe('');
  }
});

// Functions V8 deserializes from a cache lose a script's dynamic-import callback on Node 20, so
// every lazily loaded path (exceljs, pdf-lib and fontkit, outside the bundle) is run here
// through the launcher with the build's cache in place: the way `pranata` runs after `npm ci`.
test.each([
  ['an XLSForm', ['xlsform', '--out', 'form.xlsx', '--survey-year', '2006']],
  ['an XLSX workbook', ['tables', '--input', SAMPLE, '--survey-year', '2006', '--format', 'xlsx', '--out', 'out.xlsx']],
  ['a PDF report', ['tables', '--input', SAMPLE, '--survey-year', '2006', '--format', 'pdf', '--out', 'out.pdf']],
  ['an XLSX input', ['tables', '--input', join(ROOT, 'test', 'fixtures', 'study-cibeureum-2006.xlsx'), '--survey-year', '2006', '--format', 'json', '--out', 'out.json']],
  ['a comparison as XLSX', ['compare', '--base', SAMPLE, '--input', SAMPLE, '--format', 'xlsx', '--out', 'cmp.xlsx']],
  ['a Rekap as PDF', ['rekap', '--input', SAMPLE, '--format', 'pdf', '--out', 'rekap.pdf']],
])('with the build\'s cache in place, %s is written (no import() left to fail)', (_name, args) => {
  expect(statSync(`${BUNDLE}.cache`, { throwIfNoEntry: false })?.isFile()).toBe(true);
  const cwd = mkdtempSync(join(tmpdir(), 'pranata-code-cache-run-'));
  const r = pranata(args, { cwd });
  expect(r.stderr).not.toMatch(/dynamic import|ExperimentalWarning|ERR_VM/);
  expect(r.code).toBe(0);
  const out = args[args.indexOf('--out') + 1] ?? '';
  expect(statSync(join(cwd, out)).size).toBeGreaterThan(1000);
});

/** A child's stdout, stderr and exit code, `script` run with `node -e`. */
function child(script: string): { stdout: string; stderr: string; code: number | null } {
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000, maxBuffer: 16 << 20 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

// The small run's budget is set through the binding node:v8 itself calls (setV8Flags), so that
// the sample does not load node:v8 and the stream modules behind it; nothing on stderr.
test("a small run raises V8's budget without node:v8, and without a deprecation warning", () => {
  const r = child(`
    const real = process.binding;
    const calls = [];
    process.binding = function (m) {
      const b = real.call(process, m);
      return m === 'v8' ? { setFlagsFromString: (f) => { calls.push(f); b.setFlagsFromString(f); } } : b;
    };
    process.argv = [process.argv[0], ${JSON.stringify(bundle)}, ...${JSON.stringify(ARGS)}];
    require(${JSON.stringify(LOADER)}).runBundle(${JSON.stringify(bundle)}, ${JSON.stringify(join(dir, 'missing.cache'))});
    process.on('exit', () => process.stderr.write('FLAGS ' + JSON.stringify({ calls, v8: process.moduleLoadList.includes('NativeModule v8'), quiet: process.noDeprecation })));`);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(plain);
  const m = /FLAGS (.*)$/.exec(r.stderr);
  expect(r.stderr.replace(/FLAGS .*$/, '')).toBe('');
  expect(JSON.parse(m?.[1] ?? 'null')).toEqual({ calls: [`--interrupt-budget=${TIER_UP_BUDGET}`], v8: false });
});

test("setV8Flags: the real binding takes the flag on this Node, the user's --no-deprecation stays, and without the binding node:v8 does it", () => {
  const r = child(`
    const { setV8Flags } = require(${JSON.stringify(LOADER)});
    const out = {};
    setV8Flags('--interrupt-budget=100000');
    out.plain = { quiet: process.noDeprecation ?? null, v8: process.moduleLoadList.includes('NativeModule v8') };
    process.noDeprecation = true;
    setV8Flags('--interrupt-budget=100000');
    out.userQuiet = process.noDeprecation;
    process.noDeprecation = false;
    process.binding = () => { throw new Error('no such binding'); };
    setV8Flags('--interrupt-budget=100000');
    out.fallback = { quiet: process.noDeprecation, v8: process.moduleLoadList.includes('NativeModule v8') };
    setTimeout(() => process.stdout.write(JSON.stringify(out)), 10);`);
  expect(r.code).toBe(0);
  // No DEP0111 warning: it would come on stderr on the next tick.
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toEqual({ plain: { quiet: null, v8: false }, userQuiet: true, fallback: { quiet: false, v8: true } });
});
