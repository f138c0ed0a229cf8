/**
 * The five tables as plain text for a terminal, laid out like the study's tables:
 * No | row label | per column Jml and % | Jumlah Jml and %.
 */
import type { Issue, Lang, SurveyResult, TableModel } from '../core';
import { formatCount, formatPercent } from './numbers';

const width = (s: string): number => [...s].length;
const padEnd = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number): string => ' '.repeat(Math.max(0, w - width(s))) + s;

export function renderTable(t: TableModel, lang: Lang): string {
  const twoWay = t.columns.length > 1 || t.percentBase === 'row';
  const groups = twoWay ? [...t.columns.map((c) => c.label), 'Jumlah'] : ['Jumlah'];
  const cellsOf = (counts: number[], percents: number[], total: number): string[] => {
    const out: string[] = [];
    if (twoWay) {
      counts.forEach((n, j) => out.push(formatCount(n, lang), formatPercent(percents[j] ?? 0, lang)));
      out.push(formatCount(total, lang), formatPercent(total > 0 ? 100 : 0, lang));
    } else {
      out.push(formatCount(counts[0] ?? 0, lang), formatPercent(percents[0] ?? 0, lang));
    }
    return out;
  };
  const body = t.rows.map((r, i) => [String(i + 1), r.label, ...cellsOf(r.counts, r.percents, r.total)]);
  const total = ['', t.total.label, ...cellsOf(t.total.counts, t.total.percents, t.total.total)];
  const all = [...body, total];
  const labelW = Math.max(width(t.rowHeader), ...all.map((r) => width(r[1] ?? '')));
  const numW = Math.max(3, ...all.flatMap((r) => r.slice(2).map(width)));
  const pairW = Math.max(numW * 2 + 1, ...groups.map(width));
  const cw = Math.floor((pairW - 1) / 2);
  const lines: string[] = [t.title, ''];
  const lead = (a: string, b: string) => `${padStart(a, 3)}  ${padEnd(b, labelW)}`;
  if (t.columnHeader) lines.push(`${lead('', '')}  ${t.columnHeader}`);
  lines.push(`${lead('No', t.rowHeader)}  ${groups.map((g) => padEnd(g, pairW)).join('  ')}`.trimEnd());
  lines.push(`${lead('', '')}  ${groups.map(() => padEnd(`${padStart('Jml', cw)} ${padStart('%', pairW - cw - 1)}`, pairW)).join('  ')}`);
  const rule = '-'.repeat(width(lines[lines.length - 1] ?? ''));
  lines.push(rule);
  for (const r of all) {
    if (r === total) lines.push(rule);
    const pairs: string[] = [];
    for (let k = 2; k < r.length; k += 2) pairs.push(`${padStart(r[k] ?? '', cw)} ${padStart(r[k + 1] ?? '', pairW - cw - 1)}`);
    lines.push(`${lead(r[0] ?? '', r[1] ?? '')}  ${pairs.join('  ')}`);
  }
  lines.push('', t.source);
  return lines.join('\n');
}

function summary(r: SurveyResult, lang: Lang): string {
  const { read, valid, invalid, blank } = r.rows;
  return lang === 'id'
    ? `Kelurahan ${r.kelurahan || '-'}, tahun pendataan ${r.surveyYear}: ${read} baris dibaca, ${valid} sah, ${invalid} tidak sah, ${blank} baris kosong dilewati.`
    : `Kelurahan ${r.kelurahan || '-'}, survey year ${r.surveyYear}: ${read} rows read, ${valid} valid, ${invalid} invalid, ${blank} blank rows skipped.`;
}

export function renderIssues(issues: readonly Issue[], lang: Lang, limit = 50): string {
  if (issues.length === 0) return lang === 'id' ? 'Tidak ada masalah pada data.' : 'No problems in the data.';
  const head = lang === 'id' ? `Masalah pada data (${issues.length}):` : `Problems in the data (${issues.length}):`;
  const lines = issues.slice(0, limit).map((i) => `- [${i.severity === 'error' ? (lang === 'id' ? 'galat' : 'error') : lang === 'id' ? 'peringatan' : 'warning'}] ${i.messages[lang]}`);
  if (issues.length > limit) {
    lines.push(lang === 'id' ? `... dan ${issues.length - limit} lainnya (lihat --format json atau xlsx).` : `... and ${issues.length - limit} more (see --format json or xlsx).`);
  }
  return [head, ...lines].join('\n');
}

export function renderText(r: SurveyResult, lang: Lang): string {
  return [summary(r, lang), '', ...r.tables.map((t) => `${renderTable(t, lang)}\n`), renderIssues(r.issues, lang), ''].join('\n');
}
