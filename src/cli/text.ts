/**
 * The tables as plain text for a terminal: core's study layout (layout.ts) in fixed-width
 * columns, the header cells over the columns they span. This module only formats and pads;
 * it decides no cell of the table.
 */
import { bodyCellText, CORE_WORDS, formatCount, formatPercent, coveredKelurahan, kelurahanHeading, studyLayout, type KelurahanResult, type GridLayout, type HeaderCell, type Issue, type Lang, type Listing, type SurveyResult, type TableModel } from '../core';
import { CLI_WORDS } from './words';

const width = (s: string): number => [...s].length;
const padEnd = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number): string => ' '.repeat(Math.max(0, w - width(s))) + s;

/** A header cell is printed on the middle row it spans ("No" beside the column labels). */
const printedRow = (h: HeaderCell): number => h.row + Math.floor((h.rowSpan - 1) / 2);

export function renderTable(t: TableModel, lang: Lang): string {
  return renderGrid(studyLayout(t), lang);
}

/** Any grid of layout.ts: a study table, or one of Pranata's lists (listing.ts). */
export function renderGrid(grid: GridLayout, lang: Lang): string {
  const numbers = { count: (n: number) => formatCount(n, lang), percent: (n: number) => formatPercent(n, lang) };
  const body = grid.body.map((r) => r.cells.map((c) => bodyCellText(c, numbers)));
  // A percent sits one space after its count; other columns two apart.
  const gap = (j: number): number => (j === 0 ? 0 : grid.columns[j] === 'percent' ? 1 : 2);
  const widths = grid.columns.map((kind, j) => Math.max(kind === 'index' ? 3 : 1, ...body.map((r) => width(r[j] ?? ''))));
  for (const h of grid.header.filter((x) => x.colSpan === 1)) widths[h.col] = Math.max(widths[h.col] ?? 0, width(h.text));
  // A spanning header wider than its columns widens the last of them.
  const spanWidth = (h: HeaderCell): number => {
    let w = 0;
    for (let j = h.col; j < h.col + h.colSpan; j++) w += (widths[j] ?? 0) + (j > h.col ? gap(j) : 0);
    return w;
  };
  for (const h of grid.header.filter((x) => x.colSpan > 1)) {
    const last = h.col + h.colSpan - 1;
    widths[last] = (widths[last] ?? 0) + Math.max(0, width(h.text) - spanWidth(h));
  }
  const left = (j: number): number => {
    let x = 0;
    for (let k = 0; k < j; k++) x += (widths[k] ?? 0) + gap(k + 1);
    return x;
  };
  const headerLines = Array.from({ length: grid.headerRows }, (_, row) => {
    let line = '';
    for (const h of grid.header.filter((x) => printedRow(x) === row).sort((a, b) => a.col - b.col)) {
      const w = spanWidth(h);
      // Figures' sub-headers stand over the figures, right-aligned; the rest start at the left.
      const kind = grid.columns[h.col];
      const text = h.colSpan === 1 && (kind === 'count' || kind === 'percent') ? padStart(h.text, w) : padEnd(h.text, w);
      line = padEnd(line, left(h.col)) + text;
    }
    return line.trimEnd();
  });
  const bodyLine = (cells: string[]): string =>
    cells
      .map((text, j) => ' '.repeat(gap(j)) + (grid.columns[j] === 'label' ? padEnd(text, widths[j] ?? 0) : padStart(text, widths[j] ?? 0)))
      .join('')
      .trimEnd();
  const lines: string[] = [grid.title, '', ...headerLines];
  const rule = '-'.repeat(Math.max(...lines.slice(2).map(width), width(bodyLine(body[0] ?? []))));
  lines.push(rule);
  grid.body.forEach((r, i) => {
    if (r.role === 'total') lines.push(rule);
    lines.push(bodyLine(body[i] ?? []));
  });
  lines.push('', ...grid.notes);
  return lines.join('\n');
}

function summary(r: SurveyResult, lang: Lang): string {
  const { read, valid, invalid, blank } = r.rows;
  return CLI_WORDS[lang].summary(CORE_WORDS[lang].place(coveredKelurahan(r)), r.surveyYear, read, valid, invalid, blank);
}

export function renderIssues(issues: readonly Issue[], lang: Lang, limit = 50): string {
  const w = CLI_WORDS[lang];
  if (issues.length === 0) return w.noIssues;
  const severity = CORE_WORDS[lang].severity;
  // Several inputs: each issue's file first, since its row number is that file's.
  const lines = issues.slice(0, limit).map((i) => `- [${severity[i.severity]}] ${i.file === undefined ? '' : `${i.file}: `}${i.messages[lang]}`);
  if (issues.length > limit) lines.push(w.moreIssues(issues.length - limit));
  return [w.issuesHead(issues.length), ...lines].join('\n');
}

/** The summary, the tables, Pranata's lists (the Rekap) after them, then the issues. */
export function renderText(r: SurveyResult, lang: Lang, listings: readonly Listing[] = []): string {
  const grids = [...r.tables.map((t) => renderTable(t, lang)), ...(r.byKelurahan ?? []).map((k) => kelurahanText(k, lang)), ...listings.map((l) => renderGrid(l, lang))];
  const files = r.inputs === undefined ? [] : [CLI_WORDS[lang].readFiles(r.inputs.length, r.inputs.join(', '))];
  return [summary(r, lang), ...files, '', ...grids.map((g) => `${g}\n`), renderIssues(r.issues, lang), ''].join('\n');
}

/** CODEBOOK §9: a kelurahan's heading and rows, then its tables, after the total and TK. */
function kelurahanText(k: KelurahanResult, lang: Lang): string {
  const heading = kelurahanHeading(k);
  const { read, valid, invalid } = k.rows;
  return [heading, '='.repeat([...heading].length), CLI_WORDS[lang].kelurahanRows(read, valid, invalid), '', ...k.tables.map((t) => `${renderTable(t, lang)}\n`)].join('\n');
}
