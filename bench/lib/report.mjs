// Output of the bench: the table printed on the terminal, the machine description and the
// check of the targets of issue 6 at the largest size.
import { cpus, platform, release, totalmem } from 'node:os';

export function machine() {
  const c = cpus();
  return {
    cpus: c.length,
    model: c[0]?.model ?? 'unknown',
    node: process.version,
    os: `${platform()} ${release()}`,
    memGb: Math.round(totalmem() / 2 ** 30),
  };
}

const fmt = (v, digits = 0) => (v === null || v === undefined ? '—' : Number(v).toFixed(digits));

export function printTable(cases, write = (s) => process.stdout.write(s)) {
  const head = ['rows', 'fileMb', 'parseMs', 'pipelineMs', 'pipe/parse', 'peerPipelineMs', 'crosstabMs', 'arqueroMs', 'aq/ours', 'peakRssMb'];
  const rows = cases.map((c) => [
    String(c.rows),
    fmt(c.fileMb, 1),
    fmt(c.parseMs),
    fmt(c.pipelineMs),
    fmt(c.pipelineMs / c.parseMs, 2),
    fmt(c.peerPipelineMs),
    fmt(c.crosstabMs, 1),
    fmt(c.arqueroMs, 1),
    fmt(c.arqueroMs / c.crosstabMs, 1),
    fmt(c.peakRssMb),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((s, i) => s.padStart(widths[i])).join('  ');
  write(`${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
}

/** The targets of issue 6, checked on the largest case. */
export function targets(c) {
  return [
    { target: 'pipeline ≤ 1.5 × parse', value: `${(c.pipelineMs / c.parseMs).toFixed(2)} ×`, met: c.pipelineMs <= 1.5 * c.parseMs },
    { target: 'pipeline faster than the peer pipeline', value: `${c.pipelineMs.toFixed(0)} ms vs ${c.peerPipelineMs.toFixed(0)} ms`, met: c.pipelineMs < c.peerPipelineMs },
    { target: 'crosstab ≥ 10 × faster than arquero', value: `${(c.arqueroMs / c.crosstabMs).toFixed(1)} ×`, met: c.arqueroMs >= 10 * c.crosstabMs },
    { target: 'peak RSS < 400 MB (file > 100 MB)', value: `${c.peakRssMb.toFixed(0)} MB (file ${c.fileMb.toFixed(0)} MB)`, met: c.peakRssMb < 400 && c.fileMb > 100 },
  ];
}
