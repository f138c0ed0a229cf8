/**
 * XLSX input with exceljs's streaming reader: the first sheet, or the one named by --sheet,
 * row by row (a sheet of 1,048,576 rows is never held in memory). Cell values become what a
 * spreadsheet gives: strings, numbers, booleans, Dates (as local dates) or empty; a merged
 * block's value is in its top-left cell only (core merges.ts, the add-on's rule too); a
 * formula saved without its value is reported as such, never read as "[object Object]".
 */
import ExcelJS from 'exceljs';
import { detach, MergeMask, type CellProblem, type RawCell } from '../core';
import type { RowSink } from './rows';
import { xlsxMerges } from './xlsx-merges';

export class SheetNotFound extends Error {
  constructor(readonly wanted: string, readonly available: string[]) {
    super(`sheet ${wanted} not found`);
  }
}

/** Excel dates carry no zone; exceljs gives them at UTC midnight. Keep the calendar date. */
function localDate(d: Date): Date {
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** A formula whose file holds no computed value (saved by a tool that does not calculate). */
export const NO_VALUE: unique symbol = Symbol('formula without value');

/** The workbook's shared strings, by index (what a cell of type "s" holds). */
type SharedStrings = readonly RawCell[];

export function cellOf(v: ExcelJS.CellValue, shared: SharedStrings = []): RawCell | typeof NO_VALUE {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return localDate(v);
  if (typeof v === 'object') {
    if ('sharedString' in v) return shared[(v as { sharedString: number }).sharedString] ?? null;
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? NO_VALUE : cellOf(result, shared);
    }
    if ('result' in v) return cellOf((v as { result?: ExcelJS.CellValue }).result ?? null, shared);
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return String(v);
}

/** One row's values as a spreadsheet gives them, and its formulas without a value. */
function rowCells(row: ExcelJS.Row, shared: SharedStrings): { cells: RawCell[]; problems?: CellProblem[] } {
  const cells: RawCell[] = [];
  let problems: CellProblem[] | undefined;
  const values = row.values as ExcelJS.CellValue[];
  for (let c = 1; c < values.length; c++) {
    const v = cellOf(values[c], shared);
    if (v === NO_VALUE) {
      cells.push(null);
      (problems ??= []).push({ column: c - 1, code: 'formula_no_value', value: null });
    } else cells.push(v);
  }
  return problems === undefined ? { cells } : { cells, problems };
}

interface SharedEvent {
  index: number;
  text: string | { richText: { text: string }[] } | null;
}

function sharedText(t: SharedEvent['text']): RawCell {
  if (t === null) return '';
  return detach(typeof t === 'string' ? t : t.richText.map((r) => r.text ?? '').join(''));
}

/** Rows between two full collections while a workbook streams (see collector). */
const GC_ROWS = 1 << 14;

/**
 * A full garbage collection, on demand. exceljs makes a Row, Cells and style objects for every
 * row; V8 lets that garbage pile up (a 1,048,576-row sheet peaked at 911 MB although what
 * stays alive is about 150 MB: the shared strings). Collecting every 65,536 rows holds the
 * peak near the live size for about a second of a minute's read. V8 allows exposing `gc`
 * after start-up; if that ever fails the read goes on, only with the larger peak.
 */
function collector(): () => void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('node:v8').setFlagsFromString('--expose-gc');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const gc = require('node:vm').runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // no collector: the read still works
  }
  return () => undefined;
}

export async function readXlsx(path: string, sink: RowSink, sheetName?: string): Promise<void> {
  const merges = await xlsxMerges(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    // Kept here rather than by exceljs: its cached strings are slices of the XML text it
    // parsed, and a million of them kept the whole shared-strings part alive.
    sharedStrings: 'emit',
    styles: 'cache', // the number formats tell dates from numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const names: string[] = [];
  const shared: RawCell[] = [];
  // parse() yields the shared strings ({ index, text }; exceljs defers the sheets until they
  // are read) and the worksheets ({ eventType: 'worksheet' }).
  const events = (reader as unknown as { parse(): AsyncIterable<SharedEvent | { eventType: string; value: unknown }> }).parse();
  for await (const ev of events) {
    if ('index' in ev) {
      shared[ev.index] = sharedText(ev.text);
      continue;
    }
    if (ev.eventType !== 'worksheet') continue;
    const ws = ev.value as ExcelJS.Worksheet & AsyncIterable<ExcelJS.Row>;
    const name = (ws as unknown as { name: string }).name;
    names.push(name);
    if (sheetName !== undefined && name !== sheetName) {
      for await (const _row of ws) {
        // another sheet: read past it
      }
      continue;
    }
    const mask = new MergeMask(merges.get(name) ?? []);
    const gc = collector();
    // Rows without a cell are not in the file: they are blank rows of the sheet all the same.
    let next = 1;
    for await (const row of ws) {
      for (; next < row.number; next++) sink([], next);
      const { cells, problems } = rowCells(row, shared);
      if (!mask.empty) mask.apply(cells, row.number);
      sink(cells, row.number, problems);
      next = row.number + 1;
      if (next % GC_ROWS === 0) gc();
    }
    return;
  }
  throw new SheetNotFound(sheetName ?? '', names);
}
