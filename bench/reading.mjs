// Issue 16's big files, generated here (never committed) and run through the CLI as a user
// runs it: time and peak memory of
//   - a 1,048,576-row XLSX (Excel's row limit: the header and 1,048,575 groups), read streaming;
//   - a CSV of 1,000,000 groups with two bad optional cells each (2,000,000 issues), --format json.
// Usage: node bench/reading.mjs [--only xlsx|csv] [--rows N]   (files in $TMPDIR/pranata-bench/)
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { runNode } from './lib/child.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.cjs');
const DIR = join(tmpdir(), 'pranata-bench');
mkdirSync(DIR, { recursive: true });
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const only = arg('--only');

const HEADER = ['ID', 'Nama Kelompok', 'Jenis Kelompok', 'RW', 'Tahun Berdiri', 'Tujuan', 'Jumlah Anggota', 'Pendidikan Pengurus', 'Jaringan Kerja', 'Lama Kepengurusan (tahun)', 'Catatan'];
const TYPES = ['Dasa Wisma', 'Posyandu', 'BKB', 'KUBE', 'Pemuda/Karang Taruna', 'Pengajian', 'Paguyuban Warga Desa', 'BKL'];
const AIMS = ['Kesejahteraan Anak', 'Bantuan Sosial', 'Pengajian', 'Pelayanan Kesehatan'];
const EDU = ['SD', 'SMP', 'SMA', 'Perguruan Tinggi'];

/** Group i: valid, or (bad) with a bad RW and a bad tenure, two errors in optional columns. */
function group(i, bad) {
  return [
    `G-${i}`,
    `Kelompok ${TYPES[i % TYPES.length]} ${i}`,
    TYPES[i % TYPES.length],
    bad ? 'RW satu' : String(1 + (i % 20)),
    String(1960 + (i % 46)),
    AIMS[i % AIMS.length],
    String(5 + (i % 60)),
    EDU[i % EDU.length],
    i % 3 === 0 ? 'Pemerintah' : 'Organisasi Sosial',
    bad ? 'lama' : String(i % 12),
    i % 11 === 0 ? 'rapat bulanan' : '',
  ];
}

async function writeLines(path, n, line) {
  const out = createWriteStream(path);
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += line(i);
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise((r) => out.on('finish', r));
}

async function issuesCsv(rows) {
  const path = join(DIR, `issues-${rows}.csv`);
  if (!existsSync(path)) {
    await writeLines(path, rows + 1, (i) => `${(i === 0 ? HEADER : group(i, true)).join(',')}\n`);
  }
  return path;
}

async function bigXlsx(rows) {
  const path = join(DIR, `rows-${rows}.xlsx`);
  if (!existsSync(path)) {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const ws = wb.addWorksheet('Data');
    ws.addRow(HEADER).commit();
    for (let i = 1; i < rows; i++) {
      const c = group(i, i % 50 === 0);
      // Numbers as numbers, as a spreadsheet holds them.
      ws.addRow(c.map((v, j) => ([3, 4, 6, 9].includes(j) && /^\d+$/.test(v) ? Number(v) : v))).commit();
    }
    ws.commit();
    await wb.commit();
  }
  return path;
}

async function measure(label, input) {
  const out = join(DIR, `${label}.json`);
  const r = await runNode([CLI, 'tables', '--input', input, '--survey-year', '2006', '--format', 'json', '--out', out], { timeoutMs: 60 * 60_000 });
  const mb = (statSync(input).size / 2 ** 20).toFixed(1);
  const outMb = (statSync(out).size / 2 ** 20).toFixed(1);
  console.log(`${label}: input ${mb} MiB, output ${outMb} MiB, ${(r.ms / 1000).toFixed(1)} s wall, ${r.cpuMs === null ? '?' : (r.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${r.rssMb?.toFixed(0)} MiB`);
  console.log(`  ${r.stderr.split('\n').find((l) => l.startsWith('Ditulis') || l.startsWith('Written')) ?? ''}`);
}

if (only !== 'xlsx') {
  const rows = Number(arg('--rows') ?? 1_000_000);
  const t0 = Date.now();
  const csv = await issuesCsv(rows);
  console.log(`generated ${csv} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await measure(`issues-${rows}`, csv);
}
if (only !== 'csv') {
  const rows = Number(arg('--rows') ?? 1_048_576);
  const t0 = Date.now();
  const xlsx = await bigXlsx(rows);
  console.log(`generated ${xlsx} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await measure(`rows-${rows}`, xlsx);
}
