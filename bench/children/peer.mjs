// peerPipelineMs: what a user would otherwise script, with no validation at all: papaparse
// parses the file, arquero counts the five tables, the counts are written as JSON.
// Mode "whole" is the script most people write (papaparse's documented header mode over the
// whole text, then aq.from); mode "stream" is a careful one (streamed, only the six needed
// columns kept as arrays). Prints { rows, ms } as JSON.
// Usage: node peer.mjs whole|stream <file.csv> <surveyYear> <out.json>
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import * as aq from 'arquero';
import Papa from 'papaparse';
import { arqueroCounts } from '../lib/arquero-tables.mjs';

const [mode, file, year, out] = process.argv.slice(2);
const settings = { surveyYear: Number(year), ageYears: 10, membersSmall: 10, membersLarge: 20 };
const COLUMNS = {
  type: 'Jenis Kelompok',
  purpose: 'Tujuan',
  education: 'Pendidikan Pengurus',
  network: 'Jaringan Kerja',
  year: 'Tahun Berdiri',
  members: 'Jumlah Anggota',
};

function whole() {
  const { data } = Papa.parse(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  const renames = Object.fromEntries(Object.entries(COLUMNS).map(([k, v]) => [v, k]));
  return aq.from(data, Object.values(COLUMNS)).rename(renames);
}

function stream() {
  return new Promise((resolve, reject) => {
    const cols = Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, []]));
    let index = null;
    Papa.parse(createReadStream(file, { highWaterMark: 1 << 20, encoding: 'utf8' }), {
      skipEmptyLines: true,
      chunk: (res) => {
        for (const rec of res.data) {
          if (index === null) {
            index = Object.entries(COLUMNS).map(([k, h]) => [k, rec.indexOf(h)]);
            continue;
          }
          for (const [k, i] of index) cols[k].push(rec[i]);
        }
      },
      complete: () => resolve(aq.table(cols)),
      error: reject,
    });
  });
}

const t0 = performance.now();
const table = mode === 'stream' ? await stream() : whole();
// Numbers stay text here: JS coerces them in the bucket arithmetic, as a quick script would.
const counts = arqueroCounts(table, settings);
writeFileSync(out, JSON.stringify(Object.fromEntries(Object.entries(counts).map(([k, m]) => [k, Object.fromEntries(m)]))));
process.stdout.write(`${JSON.stringify({ rows: table.numRows(), ms: performance.now() - t0 })}\n`);
