// `npm run bench:pdf`: how long the PDF report takes to draw inside Apps Script's kind of
// runtime: src/report bundled as the add-on's Code.js bundles it (subset fonts, minified
// fontkit, timers as promise jobs; build/report-fonts.mjs), run in a node:vm context with
// ECMAScript's globals only. Two reports: the study (307 groups, 17 types) and one of 60
// group types (3,000 groups). Best and median of 5 runs after one warm-up; survey computed
// once, outside the timing. Prints a table; nothing is written.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import Papa from 'papaparse';
import { reportBundling } from '../build/report-fonts.mjs';
import { ROOT } from './lib/bundle.mjs';

const RUNS = 5;

async function reportBundle() {
  const out = await build({
    stdin: {
      contents: [
        "export { computeSurvey, cloneCategories, DEFAULT_THRESHOLDS } from './src/core';",
        "export { renderReportPdf } from './src/report/report';",
        "export { REGULAR, BOLD } from 'pranata:report-fonts';",
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'bench-pdf-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'Report',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    charset: 'utf8',
    logLevel: 'warning',
    ...reportBundling(ROOT),
  });
  return out.outputFiles[0].text;
}

function studyRows() {
  const text = readFileSync(join(ROOT, 'src/cli/sample/cibeureum-2006.csv'), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse(text, { skipEmptyLines: true }).data;
}

/** 3,000 groups over the 17 default types and 43 more, from the study's rows as templates. */
function sixtyTypes(rows, extra) {
  const [header, ...body] = rows;
  const col = header.indexOf('Jenis Kelompok');
  const out = [header];
  for (let i = 0; i < 3000; i++) {
    const row = [...body[i % body.length]];
    if (i % 3 !== 0) row[col] = extra[i % extra.length];
    out.push(row);
  }
  return out;
}

const code = await reportBundle();
const context = vm.createContext({});
vm.runInContext(code, context, { filename: 'report-bundle.js' });
const missing = vm.runInContext("['setTimeout','Buffer','require','process','TextEncoder'].filter((n) => typeof globalThis[n] !== 'undefined')", context);
if (missing.length > 0) throw new Error(`the vm context has ${missing.join(', ')}`);
context.hostRows = { study: studyRows() };
const extra = Array.from({ length: 43 }, (_, i) => `Jenis Kelompok Tambahan ${i + 1}`);
context.hostRows.sixty = sixtyTypes(context.hostRows.study, extra);
context.extra = extra;

vm.runInContext(
  `globalThis.surveys = {};
   const settings = { surveyYear: 2006, kelurahan: 'Cibeureum', ...Report.DEFAULT_THRESHOLDS };
   for (const [name, rows] of Object.entries(hostRows)) {
     const categories = Report.cloneCategories();
     if (name === 'sixty') for (const label of extra) categories.jenisKelompok.push({ label, aliases: [] });
     const out = Report.computeSurvey(rows, { settings, categories });
     if (!out.ok) throw new Error('survey failed: ' + name);
     surveys[name] = out.value;
   }
   globalThis.render = (name) => Report.renderReportPdf(surveys[name], {
     lang: 'id', generatedAt: new Date(2026, 10, 27), fonts: { regular: Report.REGULAR, bold: Report.BOLD } });`,
  context,
);

const rows = [];
for (const [name, label] of [['study', 'study (307 groups, 17 types)'], ['sixty', '60 types (3,000 groups)']]) {
  const types = vm.runInContext(`surveys.${name}.tables[0].rows.length`, context);
  let last = await vm.runInContext(`render('${name}')`, context);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = await vm.runInContext(`render('${name}')`, context);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  rows.push({ report: label, types, pages: last.pages, kB: Math.round(last.bytes.length / 1024), bestMs: Math.round(times[0]), medianMs: Math.round(times[2]) });
}
console.log(`PDF report drawn by the add-on's bundle in node:vm (best/median of ${RUNS}, Node ${process.version})`);
console.table(rows);
