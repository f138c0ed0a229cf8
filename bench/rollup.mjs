// `pranata tables --by kelurahan` timed (CODEBOOK §9, issue 12): 15 kelurahan × 300 groups
// (Kota Cimahi's 15 kelurahan), and 1,000,000 rows across 5,000 kelurahan. The rows are the
// 307-row study sample's, repeated, each given a kelurahan round-robin, written once to a
// temporary folder, names numbered per copy (no duplicate warnings). The JSON goes to a file (5,000 kelurahan × nine tables is large).
// Usage: npm run bench:rollup   (builds first; BENCH_ROLLUP_BIG=0 skips the million rows)
import { mkdtempSync, readFileSync, rmSync, statSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { runNode } from './lib/child.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'src/cli/pranata.cjs');
const [header, ...sample] = Papa.parse(readFileSync(join(ROOT, 'src/cli/sample/cibeureum-2006.csv'), 'utf8'), { skipEmptyLines: true }).data;
const K = header.indexOf('Kelurahan');
const ID = header.indexOf('ID');
const NAME = header.indexOf('Nama Kelompok');
const CODE = header.indexOf('Kode Wilayah');

function writeSet(dir, kelurahan, rows) {
  const path = join(dir, `kota-${kelurahan}x${rows}.csv`);
  const fd = openSync(path, 'w');
  writeSync(fd, `${Papa.unparse([header])}\r\n`);
  let chunk = [];
  for (let i = 0; i < rows; i++) {
    const r = [...sample[i % sample.length]];
    r[K] = `Kelurahan ${String(i % kelurahan).padStart(4, '0')}`;
    r[ID] = `B-${i}`;
    // The sample's Kode Wilayah is Cibeureum's: it would key every row to that one kelurahan.
    r[CODE] = '';
    // Each copy of the sample its own groups: no duplicate warnings swell the JSON.
    r[NAME] = `${r[NAME]} ${Math.floor(i / sample.length)}`;
    chunk.push(r);
    if (chunk.length === 20000 || i === rows - 1) {
      writeSync(fd, `${Papa.unparse(chunk, { newline: '\r\n' })}\r\n`);
      chunk = [];
    }
  }
  closeSync(fd);
  return path;
}

const dir = mkdtempSync(join(tmpdir(), 'pranata-bench-rollup-'));
const cases = [[15, 15 * 300]];
if (process.env.BENCH_ROLLUP_BIG !== '0') cases.push([5000, 1_000_000]);
try {
  for (const [kelurahan, rows] of cases) {
    const input = writeSet(dir, kelurahan, rows);
    const out = join(dir, 'out.json');
    const load = loadavg()[0].toFixed(2);
    const r = await runNode([CLI, 'tables', '--input', input, '--by', 'kelurahan', '--survey-year', '2006', '--out', out]);
    const mb = (b) => (b / 1048576).toFixed(1);
    console.log(
      `--by kelurahan, ${kelurahan} kelurahan x ${rows / kelurahan} rows (${rows} rows, ${mb(statSync(input).size)} MB CSV -> ${mb(statSync(out).size)} MB JSON): ` +
        `${(r.ms / 1000).toFixed(2)} s wall, ${r.cpuMs === null ? '?' : (r.cpuMs / 1000).toFixed(2)} s CPU, ${r.rssMb === null ? '?' : r.rssMb.toFixed(0)} MB peak RSS; load ${load} on ${cpus().length} cores`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
