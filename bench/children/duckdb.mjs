// DuckDB as a peer (issue 15), one thread (DUCKDB_THREADS for more), through @duckdb/node-api (bench/package.json:
// `npm --prefix bench ci`). Prints { rows, valid, ms } as JSON and writes the counts to <out>.
//   lean     the six columns the five tables need, lower/trim, five GROUP BYs: what a data
//            officer who only wants counts writes. Checks nothing.
//   checked  the same with the codebook's checks written in SQL, as close to Pranata's as SQL
//            gets: every required cell present; categories and their aliases looked up after
//            normalizeLabel's normalisation (lists from the core's DEFAULT_CATEGORIES); whole
//            numbers (`12`, `12.0`, `1.000`) within FIELDS' ranges, the founding year up to the
//            survey year; several-of cells split on `;`/`,` with every part in its list; dates in
//            the three formats the generator writes; likely duplicates (name, type, RW); the
//            invalid rows with the checks they fail written out like issues.
// Usage: node duckdb.mjs lean|checked <core bundle> <file.csv> <surveyYear> <out.json>
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [mode, coreBundle, file, year, out] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { DuckDBInstance } = require('../node_modules/@duckdb/node-api');
const { DEFAULT_CATEGORIES, FIELDS, normalizeLabel } = require(coreBundle);
const y = Number(year);
const q = (s) => `'${String(s).replaceAll("'", "''")}'`;
const col = (id) => `"${FIELDS.find((f) => f.id === id).header}"`;
const NORM = (x) => `regexp_replace(regexp_replace(lower(trim(${x})), '\\s+', ' ', 'g'), ' ?/ ?', '/', 'g')`;

const t0 = performance.now();
// DUCKDB_THREADS: the lean query on two threads too, against Pranata's two (peers.mjs).
const db = await DuckDBInstance.create(':memory:', { threads: process.env.DUCKDB_THREADS ?? '1' });
const c = await db.connect();
const src = `read_csv(${q(file)}, header = true, all_varchar = true)`;
const buckets = (t) => `
  SELECT type, CASE WHEN ${y} - year < 10 THEN 0 ELSE 1 END AS age,
         CASE WHEN members <= 10 THEN 0 WHEN members <= 20 THEN 1 ELSE 2 END AS size,
         purpose, education, network FROM ${t}`;
const TABLES = {
  T1: 'SELECT type, age AS c, count(*) AS n FROM b GROUP BY ALL',
  T2: 'SELECT purpose, 0 AS c, count(*) AS n FROM b GROUP BY ALL',
  T3: 'SELECT type, size AS c, count(*) AS n FROM b GROUP BY ALL',
  T4: 'SELECT education, 0 AS c, count(*) AS n FROM b GROUP BY ALL',
  T5: 'SELECT type, network AS c, count(*) AS n FROM b GROUP BY ALL',
};

const result = { counts: {} };
if (mode === 'lean') {
  await c.run(`CREATE TABLE t AS SELECT
      lower(trim(${col('jenisKelompok')})) AS type, lower(trim(${col('tujuan')})) AS purpose,
      lower(trim(${col('pendidikanPengurus')})) AS education, lower(trim(${col('jaringanKerja')})) AS network,
      TRY_CAST(trim(${col('tahunBerdiri')}) AS INTEGER) AS year, TRY_CAST(trim(${col('jumlahAnggota')}) AS INTEGER) AS members
    FROM ${src}`);
  await c.run(`CREATE VIEW b AS ${buckets('t')}`);
  result.rows = Number((await c.runAndReadAll('SELECT count(*) FROM t')).getRows()[0][0]);
  result.valid = result.rows;
} else if (mode === 'checked') {
  // A list as two SQL arrays: normalised keys (labels and aliases) and the label of each key.
  const list = (id) => {
    const keys = [];
    const labels = [];
    for (const cat of DEFAULT_CATEGORIES[id]) {
      for (const k of [cat.label, ...cat.aliases]) {
        keys.push(q(normalizeLabel(k)));
        labels.push(q(cat.label));
      }
    }
    return { keys: `[${keys.join(',')}]`, labels: `[${labels.join(',')}]` };
  };
  const one = (id) => {
    const l = list(id);
    return `${l.labels}[list_position(${l.keys}, ${NORM(col(id))})]`;
  };
  const many = (id) => {
    const l = list(id);
    return `(trim(coalesce(${col(id)}, '')) = '' OR list_has_all(${l.keys}, list_transform(list_filter(regexp_split_to_array(${col(id)}, '[;,]'), e -> trim(e) <> ''), e -> ${NORM('e')})))`;
  };
  // Whole numbers as the codebook reads them: 12, 12.0, 12,0, 1.000 (Indonesian grouping).
  const whole = (id) =>
    `CASE WHEN regexp_full_match(trim(${col(id)}), '[+-]?\\d+([.,]0+)?') THEN TRY_CAST(regexp_extract(trim(${col(id)}), '[+-]?\\d+') AS BIGINT)
          WHEN regexp_full_match(trim(${col(id)}), '[+-]?\\d{1,3}([.]\\d{3})+(,0+)?') THEN TRY_CAST(replace(regexp_extract(trim(${col(id)}), '[+-]?[\\d.]+'), '.', '') AS BIGINT) END`;
  const MONTHS = "'(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)'";
  const date = `(trim(coalesce(${col('tanggalPendataan')}, '')) = ''
      OR try_strptime(trim(${col('tanggalPendataan')}), '%Y-%m-%d') IS NOT NULL
      OR try_strptime(trim(${col('tanggalPendataan')}), '%d/%m/%Y') IS NOT NULL
      OR regexp_full_match(lower(trim(${col('tanggalPendataan')})), '\\d{1,2} ' || ${MONTHS} || ' \\d{4}'))`;
  const blank = (id) => `trim(coalesce(${col(id)}, '')) = ''`;
  await c.run(`CREATE TABLE r AS SELECT row_number() OVER () + 1 AS row, trim(${col('namaKelompok')}) AS name,
      ${one('jenisKelompok')} AS type, ${one('tujuan')} AS purpose, ${one('pendidikanPengurus')} AS education, ${one('jaringanKerja')} AS network,
      ${whole('tahunBerdiri')} AS year, ${whole('jumlahAnggota')} AS members, ${whole('rw')} AS rw, ${whole('rt')} AS rt, ${whole('lamaKepengurusan')} AS tenure,
      ${blank('rw')} AS rw_blank, ${blank('rt')} AS rt_blank, ${blank('lamaKepengurusan')} AS tenure_blank,
      ${many('syaratKeanggotaan')} AS syarat_ok, ${many('sumberDana')} AS dana_ok, ${many('nilaiSolidaritas')} AS nilai_ok, ${date} AS date_ok
    FROM ${src}`);
  await c.run(`CREATE TABLE v AS SELECT *, [
      CASE WHEN name IS NULL OR name = '' THEN 'namaKelompok' END,
      CASE WHEN type IS NULL THEN 'jenisKelompok' END,
      CASE WHEN purpose IS NULL THEN 'tujuan' END,
      CASE WHEN education IS NULL THEN 'pendidikanPengurus' END,
      CASE WHEN network IS NULL THEN 'jaringanKerja' END,
      CASE WHEN year IS NULL OR year < 1900 OR year > ${y} THEN 'tahunBerdiri' END,
      CASE WHEN members IS NULL OR members < 1 OR members > 100000 THEN 'jumlahAnggota' END,
      CASE WHEN NOT rw_blank AND (rw IS NULL OR rw < 1 OR rw > 999) THEN 'rw' END,
      CASE WHEN NOT rt_blank AND (rt IS NULL OR rt < 1 OR rt > 999) THEN 'rt' END,
      CASE WHEN NOT tenure_blank AND (tenure IS NULL OR tenure < 0 OR tenure > 100) THEN 'lamaKepengurusan' END,
      CASE WHEN NOT syarat_ok THEN 'syaratKeanggotaan' END,
      CASE WHEN NOT dana_ok THEN 'sumberDana' END,
      CASE WHEN NOT nilai_ok THEN 'nilaiSolidaritas' END,
      CASE WHEN NOT date_ok THEN 'tanggalPendataan' END
    ] AS checks FROM r`);
  await c.run(`CREATE VIEW ok AS SELECT * FROM v WHERE list_count(checks) = 0`);
  await c.run(`CREATE VIEW b AS ${buckets('ok')}`);
  result.rows = Number((await c.runAndReadAll('SELECT count(*) FROM v')).getRows()[0][0]);
  result.valid = Number((await c.runAndReadAll('SELECT count(*) FROM ok')).getRows()[0][0]);
  result.issues = (await c.runAndReadAll('SELECT row, list_filter(checks, x -> x IS NOT NULL) FROM v WHERE list_count(checks) > 0 ORDER BY row'))
    .getRows()
    .map(([row, fields]) => ({ row: Number(row), fields: fields.items }));
  result.duplicates = Number(
    (await c.runAndReadAll(`SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM ok WHERE name <> '' GROUP BY ${NORM('name')}, type, rw HAVING n > 1)`)).getRows()[0][0],
  );
} else {
  throw new Error(`mode: lean or checked, not ${mode}`);
}
for (const [id, sql] of Object.entries(TABLES)) {
  result.counts[id] = (await c.runAndReadAll(sql)).getRows().map(([k, cc, n]) => [k, Number(cc), Number(n)]);
}
writeFileSync(out, JSON.stringify(result));
process.stdout.write(`${JSON.stringify({ rows: result.rows, valid: result.valid, ms: performance.now() - t0 })}\n`);
