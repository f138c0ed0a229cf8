/**
 * The short text under each table, as the study has after each of its tables: the largest
 * category with its count and share, and what the columns show (how all groups split over
 * the buckets, or how many categories have none). Every number is read from the TableModel;
 * the one share it does not hold (a row's share of all groups in a two-way table) comes from
 * the core's own largest-remainder rule, so it matches what the tables would print.
 */
import { largestRemainder } from '../core/crosstab';
import { joinList } from '../core/i18n';
import type { TableModel } from '../core/model';
import type { NumberFormats } from './format';
import { tableShape } from '../core/layout';
import type { ReportLabels } from './labels';

/** Header words inside a sentence: "Jenis Kelompok" reads "jenis kelompok". */
function inSentence(header: string): string {
  return header.replace(/\b([A-Z])([a-z]+)\b/g, (_w, first: string, rest: string) => first.toLowerCase() + rest);
}

/** At most this many of the categories tied for the largest are named ("A, B, C dan 12 lainnya"). */
const NAMED_TIES = 3;

function largestSentence(table: TableModel, fmt: NumberFormats, labels: ReportLabels): string {
  const totals = table.rows.map((row) => row.total);
  const max = Math.max(...totals);
  const shares = tableShape(table) === 'oneWay' ? table.rows.map((row) => row.percents[0] ?? 0) : largestRemainder(totals, table.total.total);
  const first = totals.indexOf(max);
  // Ties are named together, all at the same count: three, and the rest counted.
  const tied = table.rows.filter((row) => row.total === max).map((row) => row.label);
  const named = tied.length > NAMED_TIES ? `${tied.slice(0, NAMED_TIES).join(', ')} ${labels.andMore(tied.length - NAMED_TIES)}` : joinList(tied, labels.and);
  return labels.largest(
    inSentence(table.rowHeader),
    named,
    fmt.count(max),
    fmt.percent(shares[first] ?? 0),
    fmt.count(table.total.total),
  );
}

function columnsSentence(table: TableModel, fmt: NumberFormats, labels: ReportLabels): string {
  if (tableShape(table) === 'oneWay') {
    const empty = table.rows.filter((row) => row.total === 0).length;
    return empty === 0 ? '' : labels.emptyRows(fmt.count(empty), fmt.count(table.rows.length));
  }
  // TK prints counts only (no percents held): its shares come from the same rule.
  const shares = tableShape(table) === 'counts' ? largestRemainder(table.total.counts, table.total.total) : table.total.percents;
  const parts = table.columns
    .map((column, i) => ({ label: column.label, share: shares[i] ?? 0, order: i }))
    .sort((a, b) => b.share - a.share || a.order - b.order)
    .map((part) => labels.splitPart(fmt.percent(part.share), part.label));
  return labels.split(inSentence(table.columnHeader), joinList(parts, labels.and));
}

/** The narrative of one table: one or two sentences. */
export function tableNarrative(table: TableModel, fmt: NumberFormats, labels: ReportLabels): string {
  if (table.rows.length === 0 || table.total.total === 0) return labels.noGroups;
  return [largestSentence(table, fmt, labels), columnsSentence(table, fmt, labels)].filter((s) => s !== '').join(' ');
}
