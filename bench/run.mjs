// `npm run bench`: Pranata's pipeline against the parse alone and against a peer pipeline
// (papaparse + arquero), on deterministic synthetic survey files of 10,000 / 100,000 /
// 1,000,000 rows. Prints a table and writes bench/results.json (issue 6; README.md here).
//
//   node bench/run.mjs                       all sizes, writes bench/results.json
//   node bench/run.mjs --sizes 10000,100000  a quick run (written to the temp dir instead)
//   options: --repeats N (best of N, default 3), --out FILE, --fresh (regenerate the files)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBundles, ROOT } from './lib/bundle.mjs';
import { RSS_SOURCE, runNode } from './lib/child.mjs';
import { GAS_ROWS, gasCalls } from './lib/gas-calls.mjs';
import { machine, printTable, targets } from './lib/report.mjs';
import { GENERATOR_VERSION, SEED, SURVEY_YEAR, synthFile } from './lib/synth.mjs';

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    repeats: { type: 'string' },
    out: { type: 'string' },
    fresh: { type: 'boolean' },
  },
});
const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s.replace(/_/g, ''))) : DEFAULT_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: whole numbers, comma-separated (got ${values.sizes})`);
const repeats = Number(values.repeats ?? 3);
const work = join(tmpdir(), 'pranata-bench');
const outFile = values.out ?? (values.sizes ? join(work, 'results.json') : join(ROOT, 'bench', 'results.json'));
const log = (s) => process.stderr.write(`${s}\n`);

if (values.fresh) rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

/** dist/cli.cjs as `npm run bench` builds it; built here when missing or older than src/. */
function ensureCli() {
  const cli = join(ROOT, 'dist', 'cli.cjs');
  const newest = (dir) =>
    readdirSync(dir, { recursive: true })
      .map((f) => join(dir, String(f)))
      .filter((f) => f.endsWith('.ts'))
      .reduce((m, f) => Math.max(m, statSync(f).mtimeMs), 0);
  const stale = !existsSync(cli) || statSync(cli).mtimeMs < Math.max(newest(join(ROOT, 'src/cli')), newest(join(ROOT, 'src/core')));
  if (stale) {
    log('building dist/cli.cjs (node build.mjs --cli)');
    execFileSync(process.execPath, [join(ROOT, 'build.mjs'), '--cli'], { stdio: 'inherit' });
  }
  return cli;
}

const child = (name) => join(ROOT, 'bench', 'children', name);
const min = (xs) => Math.min(...xs);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const MiB = 2 ** 20;

/** The CLI's JSON must count exactly what the generator put in: proof the pipeline did the work. */
function checkPipelineOutput(jsonPath, synth) {
  const r = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const want = { read: synth.rows, invalid: synth.faulty, valid: synth.rows - synth.faulty, blank: synth.blank };
  for (const [k, v] of Object.entries(want)) {
    if (r.rows[k] !== v) throw new Error(`pipeline rows.${k} = ${r.rows[k]}, generator says ${v}`);
  }
  for (const t of r.tables) {
    // A based table says its base (CODEBOOK §8): T7 (tenure) counts the valid rows with a value, the rest every valid row.
    const base = t.base ?? want.valid;
    if (t.total.total !== base || !(base > 0.9 * want.valid && base <= want.valid)) throw new Error(`pipeline ${t.id} total ${t.total.total}, base ${base}, valid rows ${want.valid}`);
  }
  return r;
}

async function measure(rows, bundles, cli) {
  log(`\n== ${rows} rows`);
  const t0 = Date.now();
  const synth = synthFile(work, rows);
  log(`file: ${synth.path} (${(synth.bytes / MiB).toFixed(1)} MiB, ${synth.rows} data rows, ${synth.faulty} faulty, ${synth.blank} blank; ${Date.now() - t0} ms)`);
  const jsonOut = join(work, `pipeline-${rows}.json`);
  const peerOut = join(work, `peer-${rows}.json`);
  const year = String(SURVEY_YEAR);
  const runs = { parse: [], pipeline: [], pipelineRss: [], peer: [], peerRss: [], peerWhole: [], peerWholeRss: [], parseInner: [], parseCpu: [], pipelineCpu: [], peerCpu: [] };
  // Interleaved rounds, best of `repeats`: drift on a shared machine hits every contender alike.
  for (let i = 0; i < repeats; i++) {
    const p = await runNode([child('parse.mjs'), bundles.readCsv, synth.path]);
    runs.parse.push(p.ms);
    runs.parseInner.push(JSON.parse(p.stdout).ms);
    runs.parseCpu.push(p.cpuMs);
    const q = await runNode([cli, 'tables', '--input', synth.path, '--survey-year', year, '--format', 'json', '--out', jsonOut]);
    runs.pipeline.push(q.ms);
    runs.pipelineRss.push(q.rssMb);
    runs.pipelineCpu.push(q.cpuMs);
    const s = await runNode([child('peer.mjs'), 'stream', synth.path, year, peerOut]);
    runs.peer.push(s.ms);
    runs.peerRss.push(s.rssMb);
    runs.peerCpu.push(s.cpuMs);
    // The whole-text script needs more than the default heap at a million rows.
    const w = await runNode([child('peer.mjs'), 'whole', synth.path, year, peerOut], { nodeFlags: ['--max-old-space-size=8192'] });
    runs.peerWhole.push(w.ms);
    runs.peerWholeRss.push(w.rssMb);
    log(`round ${i + 1}/${repeats}: parse ${p.ms.toFixed(0)} ms, pipeline ${q.ms.toFixed(0)} ms (${q.rssMb?.toFixed(0)} MB), peer ${s.ms.toFixed(0)} ms, peer (whole text) ${w.ms.toFixed(0)} ms`);
  }
  const result = checkPipelineOutput(jsonOut, synth);
  const x = await runNode([child('crosstab.mjs'), bundles.core, synth.path, year, String(repeats)], { nodeFlags: ['--max-old-space-size=8192'] });
  const ct = JSON.parse(x.stdout);
  if (ct.records !== result.rows.valid) throw new Error(`crosstab child saw ${ct.records} valid records, the CLI ${result.rows.valid}`);
  log(`crosstab: ours ${ct.crosstabMs.toFixed(1)} ms, arquero ${ct.arqueroMs.toFixed(1)} ms (group-by alone ${ct.arqueroGroupMs.toFixed(1)} ms); ${ct.cellsChecked} cells equal`);
  return {
    rows,
    parseMs: Math.round(min(runs.parse)),
    pipelineMs: Math.round(min(runs.pipeline)),
    crosstabMs: Number(ct.crosstabMs.toFixed(1)),
    arqueroMs: Number(ct.arqueroMs.toFixed(1)),
    peerPipelineMs: Math.round(min(runs.peer)),
    peakRssMb: Math.round(Math.max(...runs.pipelineRss)),
    fileMb: Number((synth.bytes / MiB).toFixed(1)),
    detail: {
      dataRows: synth.rows,
      faultyRows: synth.faulty,
      blankRows: synth.blank,
      issues: result.issues.length,
      parseInProcessMs: Math.round(min(runs.parseInner)),
      arqueroGroupByOnlyMs: Number(ct.arqueroGroupMs.toFixed(1)),
      peerPeakRssMb: Math.round(Math.max(...runs.peerRss)),
      peerWholeTextMs: Math.round(min(runs.peerWhole)),
      peerWholeTextPeakRssMb: Math.round(Math.max(...runs.peerWholeRss)),
      medianMs: {
        parse: Math.round(median(runs.parse)),
        pipeline: Math.round(median(runs.pipeline)),
        peer: Math.round(median(runs.peer)),
      },
      // CPU time (user + system, best run): less disturbed by other work on the machine.
      cpuMs: runs.parseCpu[0] === null ? null : {
        parse: Math.round(min(runs.parseCpu)),
        pipeline: Math.round(min(runs.pipelineCpu)),
        peer: Math.round(min(runs.peerCpu)),
      },
      runsMs: {
        parse: runs.parse.map(Math.round),
        pipeline: runs.pipeline.map(Math.round),
        peer: runs.peer.map(Math.round),
        peerWholeText: runs.peerWhole.map(Math.round),
      },
    },
  };
}

/** Which code was measured: the commit, and whether src/core or src/cli had uncommitted changes. */
function revision() {
  try {
    const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
    // Only what the bench runs: the CLI and the core (the add-on's files are not measured).
    return { commit: git('rev-parse', '--short', 'HEAD'), srcDirty: git('status', '--porcelain', '--', 'src/core', 'src/cli') !== '' };
  } catch {
    return null;
  }
}

const cli = ensureCli();
const bundles = await benchBundles(work);
const measured = revision(); // before the (long) run: what the bundles were built from
const started = Date.now();
const cases = [];
for (const n of sizes) cases.push(await measure(n, bundles, cli));
const gas = await gasCalls(work);
if (gas.gasCalls === null) log(`\ngasCalls: null (${gas.note})`);
else log(`\ngasCalls (service calls over the fake): ${JSON.stringify(gas.gasCalls)}`);

const doc = {
  machine: machine(),
  cases,
  gasCalls: gas.gasCalls,
  gasCallsByMethod: gas.byMethod ?? null,
  method: {
    seed: SEED,
    generatorVersion: GENERATOR_VERSION,
    surveyYear: SURVEY_YEAR,
    repeats,
    timing: 'wall time of a child process (node start-up included), best of the repeats',
    peakRss: RSS_SOURCE,
    gasCallsRows: GAS_ROWS,
    gasCallsSource: 'countCalls(action, rows) of test/addon/budget.ts over the in-memory fake (first run, sheets not set up)',
    ...(gas.note ? { gasCallsNote: gas.note } : {}),
    durationS: Math.round((Date.now() - started) / 1000),
    revision: measured,
  },
};
// bench/peers.mjs's figures (DuckDB, start-up) stay in the file until it runs again.
const before = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : {};
writeFileSync(outFile, `${JSON.stringify(before.peers ? { ...doc, peers: before.peers } : doc, null, 2)}\n`);

process.stdout.write('\n');
printTable(cases);
const largest = cases[cases.length - 1];
process.stdout.write(`\nTargets (issue 6) at ${largest.rows} rows:\n`);
for (const t of targets(largest)) process.stdout.write(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value}\n`);
if (gas.gasCalls !== null) {
  process.stdout.write('\nApps Script service calls (counting fake):\n');
  for (const [action, byRows] of Object.entries(gas.gasCalls)) {
    process.stdout.write(`  ${action.padEnd(12)} ${Object.entries(byRows).map(([r, n]) => `${r} rows: ${n}`).join(', ')}\n`);
  }
}
process.stdout.write(`\nwritten: ${outFile}\n`);
