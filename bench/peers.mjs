// `node bench/peers.mjs`: Pranata against DuckDB (issue 15) at 1,000,000 rows, one
// alternating run: every round runs each contender once, in turn, so drift on a shared
// machine hits them alike; medians of the rounds, peak memory the largest. Contenders:
//   pranata        `pranata tables` end to end (all checks, five tables, JSON with issues) as a
//                  user runs it (src/cli/pranata.cjs: the bundle from V8's code cache), byte
//                  reader, two threads on this file (src/cli/halves.ts) when the machine has two cores
//   pranataOneThread  the same on one thread (PRANATA_THREADS=1)
//   pranataText    the same with the text reader (PRANATA_CSV_READER=text; one thread)
//   duckdbLean     DuckDB, 1 thread: six columns, lower/trim, five GROUP BYs (children/duckdb.mjs)
//   duckdbLean2    the same on 2 threads (DUCKDB_THREADS=2), against Pranata's two
//   duckdbChecked  DuckDB, 1 thread, the codebook's checks in SQL
//   nodeUtf8       Node reading the file as UTF-8, doing nothing (the floor)
//   jsScan         a JavaScript loop over the file's bytes, doing nothing else (children/js-scan.mjs):
//                  the machine's speed at JavaScript beside its speed at native code, which drifts
// and the 307-row sample: `pranata tables` (src/cli/pranata.cjs, the command a user runs: it
// loads dist/cli.cjs from V8's code cache) against `node -e 0` (start-up), alternating.
// DuckDB comes from bench/package.json: `npm --prefix bench ci`; without it the DuckDB
// contenders are left out and said so. Writes `peers` into bench/results.json (or --out).
//   options: --rows N (default 1000000), --rounds N (default 7), --out FILE,
//            --sample-only (only the sample against `node -e 0`, --sample-rounds N, default 30;
//            writes `peers.sample` and keeps the rest of `peers`)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBundles, ROOT } from './lib/bundle.mjs';
import { RSS_SOURCE, runNode } from './lib/child.mjs';
import { SURVEY_YEAR, synthFile } from './lib/synth.mjs';
import { machine } from './lib/report.mjs';

const { values } = parseArgs({
  options: { rows: { type: 'string' }, rounds: { type: 'string' }, out: { type: 'string' }, 'sample-only': { type: 'boolean' }, 'sample-rounds': { type: 'string' } },
});
const rows = Number(values.rows ?? 1_000_000);
// 7: on a shared VM one contender's rounds spread by 30 % (3 Dec 2026, an AMD EPYC VM: Pranata 2.9-4.0 s, DuckDB
// 2.8-4.0 s in one run), and the median of 3 put Pranata ahead of DuckDB in one run and behind it in the next.
const rounds = Number(values.rounds ?? 7);
const outFile = values.out ?? join(ROOT, 'bench', 'results.json');
const work = join(tmpdir(), 'pranata-bench');
mkdirSync(work, { recursive: true });
const log = (s) => process.stderr.write(`${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const child = (name) => join(ROOT, 'bench', 'children', name);
const cli = join(ROOT, 'dist', 'cli.cjs');
if (!existsSync(cli)) throw new Error('dist/cli.cjs missing: run `node build.mjs` first');
const hasDuck = existsSync(join(ROOT, 'bench', 'node_modules', '@duckdb', 'node-api'));
if (!hasDuck) log('DuckDB not installed (npm --prefix bench ci): its contenders are left out');

// 30: ten rounds' medians of a 0.15 s run moved by 0.1 x from one run to the next (3 Dec 2026).
const sampleRounds = Number(values['sample-rounds'] ?? 30);
const launcher = join(ROOT, 'src', 'cli', 'pranata.cjs');

/** The 307-row sample through the `pranata` launcher and `node -e 0`, alternating, `sampleRounds` each. */
async function sampleRuns() {
  const sample = join(ROOT, 'src', 'cli', 'sample', 'cibeureum-2006.csv');
  const sampleOut = join(work, 'peers-sample.json');
  mkdirSync(work, { recursive: true });
  const small = { pranata: [], node: [] };
  const args = [launcher, 'tables', '--input', sample, '--survey-year', '2006', '--format', 'json', '--out', sampleOut];
  for (let r = 0; r < sampleRounds; r++) {
    small.pranata.push((await runNode(args)).ms);
    small.node.push((await runNode(['-e', '0'])).ms);
  }
  small.instructions = sampleInstructions(args);
  return small;
}

/**
 * Instructions of one run of each (valgrind's callgrind, when on the PATH): a count the machine's
 * load does not move, for the sample's start-up (not for long runs: under valgrind V8's compiler
 * thread runs as slowly as the rest, and the interpreter meanwhile longer). Null without valgrind.
 */
function sampleInstructions(pranataArgs) {
  const count = (args) => {
    const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
    const m = /Collected : (\d+)/.exec(r.stderr ?? '');
    return r.status === 0 && m ? Number(m[1]) : null;
  };
  const pranata = count(pranataArgs);
  const node = pranata === null ? null : count(['-e', '0']);
  return pranata === null || node === null ? null : { pranata, nodeE0: node, ratio: Number((pranata / node).toFixed(2)) };
}

function sampleDoc(small) {
  return {
    rows: 307,
    command: 'node src/cli/pranata.cjs tables --input src/cli/sample/cibeureum-2006.csv --survey-year 2006 --format json --out F',
    rounds: small.pranata.length,
    pranataMedianMs: Math.round(median(small.pranata)),
    nodeE0MedianMs: Math.round(median(small.node)),
    pranataMinMs: Math.round(Math.min(...small.pranata)),
    nodeE0MinMs: Math.round(Math.min(...small.node)),
    ratio: Number((median(small.pranata) / median(small.node)).toFixed(2)),
    instructions: small.instructions,
    // NODE_EXTRA_CA_CERTS makes every Node start parse those certificates (most of `node -e 0`'s time when set).
    nodeExtraCaCerts: process.env.NODE_EXTRA_CA_CERTS !== undefined,
    measuredAt: new Date().toISOString(),
  };
}

if (values['sample-only']) {
  const doc = sampleDoc(await sampleRuns());
  const results = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : {};
  writeFileSync(outFile, `${JSON.stringify({ ...results, peers: { ...results.peers, sample: doc } }, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\nwritten: ${outFile}\n`);
  process.exit(0);
}

const synth = synthFile(work, rows);
const bundles = await benchBundles(work);
const year = String(SURVEY_YEAR);
const out = (name) => join(work, `peers-${name}-${rows}.json`);
const tables = (reader, name = reader, env = {}) => ({
  args: [launcher, 'tables', '--input', synth.path, '--survey-year', year, '--format', 'json', '--out', out(name)],
  env: { ...process.env, PRANATA_CSV_READER: reader, ...env },
});
const contenders = {
  pranata: tables('bytes'),
  pranataOneThread: tables('bytes', 'one-thread', { PRANATA_THREADS: '1' }),
  pranataText: tables('text'),
  ...(hasDuck
    ? {
        duckdbLean: { args: [child('duckdb.mjs'), 'lean', bundles.core, synth.path, year, out('lean')] },
        duckdbLean2: { args: [child('duckdb.mjs'), 'lean', bundles.core, synth.path, year, out('lean2')], env: { ...process.env, DUCKDB_THREADS: '2' } },
        duckdbChecked: { args: [child('duckdb.mjs'), 'checked', bundles.core, synth.path, year, out('checked')] },
      }
    : {}),
  nodeUtf8: { args: [child('read-utf8.mjs'), synth.path] },
  jsScan: { args: [child('js-scan.mjs'), synth.path] },
};
const runs = Object.fromEntries(Object.keys(contenders).map((k) => [k, { ms: [], cpuMs: [], rssMb: [] }]));
for (let r = 0; r < rounds; r++) {
  const line = [];
  for (const [name, c] of Object.entries(contenders)) {
    const x = await runNode(c.args, { env: c.env ?? process.env });
    runs[name].ms.push(x.ms);
    runs[name].cpuMs.push(x.cpuMs);
    runs[name].rssMb.push(x.rssMb);
    line.push(`${name} ${x.ms.toFixed(0)} ms`);
  }
  log(`round ${r + 1}/${rounds}: ${line.join(', ')}`);
}
// The readers must agree: the two Pranata outputs are the same bytes.
if (readFileSync(out('bytes'), 'utf8') !== readFileSync(out('text'), 'utf8')) throw new Error('the byte and text readers gave different JSON');
if (readFileSync(out('bytes'), 'utf8') !== readFileSync(out('one-thread'), 'utf8')) throw new Error('two threads and one gave different JSON');

const small = await sampleRuns();

const med = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, Math.round(median(v.ms))]));
const base = med.pranata;
const doc = {
  rows,
  fileMb: Number((synth.bytes / 2 ** 20).toFixed(1)),
  rounds,
  medianMs: med,
  // Each contender's median over Pranata's (the byte reader): above 1, Pranata is faster.
  vsPranata: Object.fromEntries(Object.entries(med).map(([k, v]) => [k, Number((v / base).toFixed(2))])),
  pranataOver: {
    duckdbLean: hasDuck ? Number((base / med.duckdbLean).toFixed(2)) : null,
    duckdbLean2: hasDuck ? Number((base / med.duckdbLean2).toFixed(2)) : null,
    oneThread: Number((base / med.pranataOneThread).toFixed(2)),
    duckdbChecked: hasDuck ? Number((base / med.duckdbChecked).toFixed(2)) : null,
    nodeUtf8: Number((base / med.nodeUtf8).toFixed(2)),
    jsScan: Number((base / med.jsScan).toFixed(2)),
    textReader: Number((base / med.pranataText).toFixed(2)),
  },
  // The machine's JavaScript against its native code: a JS byte loop's time over Node's UTF-8 read.
  jsScanOverNodeUtf8: Number((med.jsScan / med.nodeUtf8).toFixed(2)),
  peakRssMb: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.rssMb[0] === null ? null : Math.round(Math.max(...v.rssMb))])),
  medianCpuMs: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.cpuMs[0] === null ? null : Math.round(median(v.cpuMs))])),
  runsMs: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.ms.map(Math.round)])),
  sample: sampleDoc(small),
  machine: machine(),
  peakRss: RSS_SOURCE,
  measuredAt: new Date().toISOString(),
};
const results = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : {};
writeFileSync(outFile, `${JSON.stringify({ ...results, peers: doc }, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(doc, null, 2)}\nwritten: ${outFile}\n`);
