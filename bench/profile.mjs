// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self
// time, and the most inclusive time, each with its source location. Used to find where the
// pipeline spends what it spends beyond the parse (see README.md, "Profiling").
// Usage: node bench/profile.mjs FILE.cpuprofile [top=25]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/profile.mjs FILE.cpuprofile [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 25);
// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const dt = new Map();
prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000));
const total = [...dt.values()].reduce((a, b) => a + b, 0);

const name = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\/(node_modules\/[^/]+|dist|src|bench)\//, '$1/')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};

const self = new Map();
for (const [id, ms] of dt) {
  const k = name(byId.get(id));
  self.set(k, (self.get(k) ?? 0) + ms);
}

// Inclusive: a function's own time plus its callees', counted once per stack even when recursive.
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, ms] of dt) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = name(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + ms);
  }
}

const show = (title, m) => {
  process.stdout.write(`\n${title} (total ${total.toFixed(0)} ms sampled)\n`);
  for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}\n`);
  }
};
show('Self time', self);
show('Inclusive time', incl);
