/**
 * XLSX input with exceljs: the first sheet, or the one named by --sheet. Cell values become
 * what a spreadsheet gives: strings, numbers, booleans, Dates (as local dates) or empty.
 */
import ExcelJS from 'exceljs';
import type { RawCell } from '../core';
import type { RowSink } from './rows';

export class SheetNotFound extends Error {
  constructor(readonly wanted: string, readonly available: string[]) {
    super(`sheet ${wanted} not found`);
  }
}

/** Excel dates carry no zone; exceljs gives them at UTC midnight. Keep the calendar date. */
function localDate(d: Date): Date {
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

export function cellOf(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return localDate(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellOf((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return String(v);
}

export async function readXlsx(path: string, sink: RowSink, sheetName?: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const names = wb.worksheets.map((w) => w.name);
  const ws = sheetName === undefined ? wb.worksheets[0] : wb.getWorksheet(sheetName);
  if (ws === undefined) throw new SheetNotFound(sheetName ?? '', names);
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: RawCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellOf(row.getCell(c).value));
    sink(cells, r);
  }
}
