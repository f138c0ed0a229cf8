/**
 * XLSX input with exceljs's streaming reader: the first sheet, or the one named by --sheet,
 * row by row (a sheet of 1,048,576 rows is never held in memory). Cell values become what a
 * spreadsheet gives: strings, numbers, booleans, Dates (as local dates) or empty; a merged
 * block's value is in its top-left cell only (core merges.ts, the add-on's rule too); a
 * formula saved without its value is reported as such, never read as "[object Object]".
 */
import ExcelJS from 'exceljs';
import { MergeMask, type CellProblem, type RawCell } from '../core';
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

export function cellOf(v: ExcelJS.CellValue): RawCell | typeof NO_VALUE {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return localDate(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? NO_VALUE : cellOf(result);
    }
    if ('result' in v) return cellOf((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return String(v);
}

/** One row's values as a spreadsheet gives them, and its formulas without a value. */
function rowCells(row: ExcelJS.Row): { cells: RawCell[]; problems?: CellProblem[] } {
  const cells: RawCell[] = [];
  let problems: CellProblem[] | undefined;
  const values = row.values as ExcelJS.CellValue[];
  for (let c = 1; c < values.length; c++) {
    const v = cellOf(values[c]);
    if (v === NO_VALUE) {
      cells.push(null);
      (problems ??= []).push({ column: c - 1, code: 'formula_no_value', value: null });
    } else cells.push(v);
  }
  return problems === undefined ? { cells } : { cells, problems };
}

export async function readXlsx(path: string, sink: RowSink, sheetName?: string): Promise<void> {
  const merges = await xlsxMerges(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache', // the number formats tell dates from numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const names: string[] = [];
  for await (const ws of reader) {
    const name = (ws as unknown as { name: string }).name;
    names.push(name);
    if (sheetName !== undefined && name !== sheetName) {
      for await (const _row of ws) {
        // another sheet: read past it
      }
      continue;
    }
    const mask = new MergeMask(merges.get(name) ?? []);
    // Rows without a cell are not in the file: they are blank rows of the sheet all the same.
    let next = 1;
    for await (const row of ws) {
      for (; next < row.number; next++) sink([], next);
      const { cells, problems } = rowCells(row);
      if (!mask.empty) mask.apply(cells, row.number);
      sink(cells, row.number, problems);
      next = row.number + 1;
    }
    return;
  }
  throw new SheetNotFound(sheetName ?? '', names);
}
