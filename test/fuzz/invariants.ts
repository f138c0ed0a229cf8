/**
 * What must hold of every SurveyResult, whatever went in: row counts that add up, an error
 * with a message in both languages naming its row for every invalid row, table counts that
 * add up to the valid rows, and percentages that sum to exactly 100.00 (compared in
 * hundredths, as integers: 33.33 + 33.33 + 33.34 is 10000 hundredths, never 99.99999).
 *
 * Plain checks rather than jest's expect: a run makes thousands of them, and the message of
 * the first failing one (with fast-check's seed around it) is all a failure needs.
 */
import { TABLE_IDS, type SurveyResult, type TableModel } from '../../src/core';

function ensure(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

const hundredths = (p: number): number => Math.round(p * 100);
const sumHundredths = (ps: readonly number[]): number => ps.reduce((a, p) => a + hundredths(p), 0);

function isHundredths(p: number): boolean {
  return Number.isFinite(p) && p >= 0 && p <= 100 && Math.abs(p * 100 - hundredths(p)) < 1e-6;
}

/** T6–T9 (CODEBOOK §8): a base of at most the valid rows; several-of rows each within it. */
function checkBasedTable(t: TableModel, valid: number): void {
  const base = t.base ?? -1;
  ensure(Number.isInteger(base) && base >= 0 && base <= valid, () => `${t.id}: base ${base}, valid rows ${valid}`);
  ensure(t.total.total === base && t.total.counts[0] === base, () => `${t.id}: Jumlah ${t.total.total}, base ${base}`);
  for (const r of t.rows) {
    const n = r.counts[0] ?? -1;
    ensure(r.counts.length === 1 && n >= 0 && n <= base && r.total === n, () => `${t.id} row "${r.label}": count ${n}, base ${base}`);
    ensure(r.percents.length === 1 && isHundredths(r.percents[0] ?? -1), () => `${t.id} row "${r.label}": percents ${JSON.stringify(r.percents)}`);
  }
  if (t.percentBase === 'base') {
    ensure(t.total.percents.length === 0, () => `${t.id}: Jumlah kelompok has percents`);
    for (const r of t.rows) {
      const want = base > 0 ? Math.floor(((r.counts[0] ?? 0) * 20000 + base) / (2 * base)) / 100 : 0;
      ensure(r.percents[0] === want, () => `${t.id} row "${r.label}": ${r.percents[0]} ≠ half-up ${want}`);
    }
  } else {
    ensure(t.rows.reduce((a, r) => a + r.total, 0) === base, () => `${t.id}: rows do not add up to the base ${base}`);
    if (base > 0) ensure(sumHundredths(t.rows.map((r) => r.percents[0] ?? 0)) === 10000, () => `${t.id}: percents do not sum to 100.00`);
  }
}

function checkTable(t: TableModel, valid: number): void {
  if (t.base !== undefined) return checkBasedTable(t, valid);
  const ncol = t.columns.length;
  const colTotals = new Array<number>(ncol).fill(0);
  let grand = 0;
  for (const r of t.rows) {
    const at = `${t.id} row "${r.label}"`;
    ensure(r.counts.length === ncol && r.percents.length === ncol, () => `${at}: ${r.counts.length} counts, ${r.percents.length} percents, ${ncol} columns`);
    ensure(r.counts.every((n) => Number.isInteger(n) && n >= 0), () => `${at}: counts ${JSON.stringify(r.counts)}`);
    ensure(r.counts.reduce((a, b) => a + b, 0) === r.total, () => `${at}: counts ${JSON.stringify(r.counts)} do not add up to ${r.total}`);
    ensure(r.percents.every(isHundredths), () => `${at}: percents ${JSON.stringify(r.percents)} are not hundredths in [0, 100]`);
    r.counts.forEach((n, j) => (colTotals[j] = (colTotals[j] ?? 0) + n));
    grand += r.total;
    if (t.percentBase === 'row') {
      if (r.total > 0) ensure(sumHundredths(r.percents) === 10000, () => `${at}: percents ${JSON.stringify(r.percents)} sum to ${sumHundredths(r.percents) / 100}`);
      else ensure(r.percents.every((p) => p === 0), () => `${at}: empty row with percents ${JSON.stringify(r.percents)}`);
    }
  }
  ensure(grand === valid && t.total.total === valid, () => `${t.id}: rows add up to ${grand}, Jumlah says ${t.total.total}, valid rows ${valid}`);
  ensure(JSON.stringify(t.total.counts) === JSON.stringify(colTotals), () => `${t.id}: Jumlah counts ${JSON.stringify(t.total.counts)}, columns add up to ${JSON.stringify(colTotals)}`);
  ensure(t.total.percents.every(isHundredths), () => `${t.id}: Jumlah percents ${JSON.stringify(t.total.percents)}`);
  if (t.percentBase === 'row' && valid > 0) {
    ensure(sumHundredths(t.total.percents) === 10000, () => `${t.id}: Jumlah percents ${JSON.stringify(t.total.percents)} do not sum to 100.00`);
  }
  if (t.percentBase === 'column') {
    for (let j = 0; j < ncol; j++) {
      const col = t.rows.map((r) => r.percents[j] ?? 0);
      if ((colTotals[j] ?? 0) > 0) ensure(sumHundredths(col) === 10000, () => `${t.id} column ${j}: percents sum to ${sumHundredths(col) / 100}`);
      else ensure(col.every((p) => p === 0), () => `${t.id} column ${j}: empty column with percents`);
    }
  }
}

/** Checks every invariant; `dataRows` rows lie under the header, which is row `headerRow`. */
export function checkResult(r: SurveyResult, dataRows: number, headerRow = 1): void {
  const { read, valid, invalid, blank } = r.rows;
  ensure(read === valid + invalid, () => `rows.read ${read} ≠ valid ${valid} + invalid ${invalid}`);
  ensure(read + blank === dataRows, () => `rows.read ${read} + blank ${blank} ≠ ${dataRows} data rows`);
  const errorRows = new Set<number>();
  for (const i of r.issues) {
    const at = `issue ${i.code} at row ${i.row}, column "${i.column}"`;
    ensure(typeof i.messages.id === 'string' && i.messages.id.trim() !== '', () => `${at}: no Indonesian message`);
    ensure(typeof i.messages.en === 'string' && i.messages.en.trim() !== '', () => `${at}: no English message`);
    // The message names the row, in both languages.
    ensure(i.messages.id.includes(`Baris ${i.row}`), () => `${at}: "${i.messages.id}" does not name the row`);
    ensure(i.messages.en.includes(`Row ${i.row}`), () => `${at}: "${i.messages.en}" does not name the row`);
    ensure(i.row > headerRow && i.row <= headerRow + dataRows, () => `${at}: row number outside rows ${headerRow + 1}–${headerRow + dataRows}`);
    // issues[].value goes into JSON: no NaN or Infinity (JSON would print null), nothing unprintable.
    ensure(typeof i.value !== 'number' || Number.isFinite(i.value), () => `${at}: value ${String(i.value)} is not JSON`);
    if (i.severity === 'error') errorRows.add(i.row);
  }
  // Every invalid row has at least one error, and a row with an error is never counted valid.
  ensure(errorRows.size === invalid, () => `${errorRows.size} rows have errors, rows.invalid is ${invalid}`);
  ensure(r.tables.map((t) => t.id).join() === TABLE_IDS.join(), () => `tables ${r.tables.map((t) => t.id).join()}`);
  for (const t of r.tables) checkTable(t, valid);
}
