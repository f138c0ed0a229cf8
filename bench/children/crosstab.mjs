// crosstabMs vs arqueroMs: the same valid records (read by the CLI's reader, checked by the
// core's SurveyBuilder, held in memory) counted into the five tables by our TableSet and by
// arquero. Asserts that both give the same counts. Prints JSON.
// Usage: node crosstab.mjs <core bundle> <file.csv> <surveyYear> <repeats>
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { arqueroCounts, fromRecords } from '../lib/arquero-tables.mjs';

const [bundlePath, file, year, repeatsArg] = process.argv.slice(2);
const core = createRequire(import.meta.url)(bundlePath);
const settings = { surveyYear: Number(year), kelurahan: '', ageYears: 10, membersSmall: 10, membersLarge: 20 };
const categories = core.cloneCategories();
const repeats = Number(repeatsArg ?? 3);

// Read and validate once; keep only the checked records of valid rows.
const records = [];
let builder;
await core.readCsv(file, (cells, row) => {
  if (builder === undefined) {
    const h = core.mapHeaders(cells, row);
    if (!h.ok) throw new Error(`header: ${h.error.code}`);
    builder = new core.SurveyBuilder(h.map, { settings, categories, maxIssues: 0 });
    return;
  }
  const r = builder.addRow(cells, row);
  if (r !== null) records.push(r);
});

function time(fn) {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** Best of `repeats` runs (the first one warms the JIT for both sides alike). */
function best(fn) {
  let out;
  for (let i = 0; i < repeats; i++) {
    const r = time(fn);
    if (out === undefined || r.ms < out.ms) out = r;
  }
  return out;
}

const ours = best(() => {
  const set = new core.TableSet(categories, settings);
  for (const r of records) set.add(r);
  return set.models();
});
const aqFull = best(() => arqueroCounts(fromRecords(records), settings));
const table = fromRecords(records);
const aqGroup = best(() => arqueroCounts(table, settings));

// The same counts, cell by cell, zero cells included (arquero lists only non-empty groups).
let cellsChecked = 0;
for (const t of ours.value) {
  const got = aqFull.value[t.id];
  let sum = 0;
  t.rows.forEach((row, i) => {
    row.counts.forEach((n, j) => {
      const col = t.id === 'T5' ? t.columns[j].label : j;
      const key = `${row.label}\u0001${col}`;
      assert.equal(got.get(key) ?? 0, n, `${t.id} ${row.label} col ${j}`);
      sum += n;
      cellsChecked++;
    });
  });
  const aqSum = [...got.values()].reduce((a, b) => a + b, 0);
  assert.equal(aqSum, sum, `${t.id}: arquero counted rows outside our table (${aqSum} vs ${sum})`);
  assert.equal(sum, records.length, `${t.id}: counts add up to the valid rows`);
}

process.stdout.write(
  `${JSON.stringify({
    records: records.length,
    crosstabMs: ours.ms,
    arqueroMs: aqFull.ms,
    arqueroGroupMs: aqGroup.ms,
    cellsChecked,
  })}\n`,
);
