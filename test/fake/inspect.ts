/**
 * Read-only views of the fake's state for assertions. They read the models directly, so
 * they count no service calls and copy everything (safe for before/after comparisons).
 */
import { parseA1, resolveA1, toA1, type Rect } from './a1';
import type { SpreadsheetModel } from './book';
import { isDate, type CellValue } from './cells';
import { displayValue } from './display';
import type { MenuEntry, MenuRecord } from './context';
import type { Layer } from './grid';
import type { SheetModel } from './sheet-model';

export interface ChartSnapshot {
  id: number | null;
  type: string | null;
  /** A1 of each data range, prefixed with its sheet when that is another sheet. */
  ranges: string[];
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  options: Record<string, unknown>;
}

export interface ProtectionSnapshot {
  type: 'RANGE' | 'SHEET';
  a1: string | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface MetadataSnapshot { id: number; key: string; value: string | null; visibility: string; sheet: string | null }

export interface MenuItem { path: string[]; caption: string; functionName: string }

/** Everything about a sheet's cells and layout, deep-copied, for toEqual before/after. */
export interface SheetSnapshot {
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  values: CellValue[][];
  formulas: string[][];
  notes: string[][];
  backgrounds: string[][];
  numberFormats: string[][];
  fontWeights: string[][];
  merges: string[];
  hiddenRows: number[];
}

export function copyCell(v: CellValue): CellValue {
  return isDate(v) ? new Date(v.getTime()) : v;
}

/** The block an optional A1 names, else the data range (A1 to last row/column with a value). */
export function blockOf(sheet: SheetModel, a1?: string): Rect {
  if (a1 !== undefined) {
    const ref = parseA1(a1);
    if (ref === null) throw new Error(`FakeGas: bad A1 '${a1}'`);
    return resolveA1(ref, sheet.maxRows, sheet.maxCols);
  }
  return { row: 1, col: 1, numRows: Math.max(1, sheet.lastRow()), numCols: Math.max(1, sheet.lastColumn()) };
}

export function readLayer<T>(sheet: SheetModel, layer: Layer<T>, a1?: string): T[][] {
  return layer.read(blockOf(sheet, a1));
}

export function readValues(sheet: SheetModel, a1?: string): CellValue[][] {
  return sheet.values.read(blockOf(sheet, a1)).map((row) => row.map(copyCell));
}

export function readDisplay(sheet: SheetModel, a1?: string): string[][] {
  const block = blockOf(sheet, a1);
  const formats = sheet.formats.numberFormat.read(block);
  const { locale, timeZone } = sheet.book;
  return sheet.values.read(block).map((row, i) => row.map((v, j) => displayValue(v, formats[i]![j]!, locale, timeZone)));
}

/** The smallest block from A1 that holds everything any layer stores. */
function usedBlock(sheet: SheetModel): Rect {
  let rows = 0;
  let cols = 0;
  for (const layer of sheet.layers()) {
    rows = Math.max(rows, layer.extent());
    for (let r = 0; r < layer.extent(); r += 1) cols = Math.max(cols, layer.rawRow(r)?.length ?? 0);
  }
  return { row: 1, col: 1, numRows: Math.max(1, rows), numCols: Math.max(1, cols) };
}

export function snapshotSheet(sheet: SheetModel): SheetSnapshot {
  const block = usedBlock(sheet);
  return {
    name: sheet.name, maxRows: sheet.maxRows, maxColumns: sheet.maxCols, frozenRows: sheet.frozenRows,
    values: sheet.values.read(block).map((row) => row.map(copyCell)),
    formulas: sheet.formulas.read(block),
    notes: sheet.notes.read(block),
    backgrounds: sheet.formats.background.read(block),
    numberFormats: sheet.formats.numberFormat.read(block),
    fontWeights: sheet.formats.fontWeight.read(block),
    merges: sheet.merges.map((m) => toA1(m)),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
  };
}

export function chartSnapshots(sheet: SheetModel): ChartSnapshot[] {
  return sheet.charts.map((c) => ({
    id: c.id, type: c.type,
    ranges: c.ranges.map((r) => (r.sheet === sheet ? toA1(r.rect) : `${r.sheet.name}!${toA1(r.rect)}`)),
    anchorRow: c.anchorRow, anchorCol: c.anchorCol, offsetX: c.offsetX, offsetY: c.offsetY,
    options: Object.fromEntries(c.options),
  }));
}

export function protectionSnapshots(sheet: SheetModel): ProtectionSnapshot[] {
  return sheet.protections.map((p) => ({
    type: p.type, a1: p.rect === null ? null : toA1(p.rect), description: p.description,
    warningOnly: p.warningOnly, editors: [...p.editors],
  }));
}

export function metadataSnapshots(book: SpreadsheetModel): MetadataSnapshot[] {
  return book.metadata.map((m) => ({ id: m.id, key: m.key, value: m.value, visibility: m.visibility, sheet: m.sheet?.name ?? null }));
}

/** Menu items in order, each with the captions of the menus above it. */
export function flattenMenus(menus: readonly MenuRecord[]): MenuItem[] {
  const out: MenuItem[] = [];
  const walk = (entries: readonly MenuEntry[], path: string[]): void => {
    for (const e of entries) {
      if (e.kind === 'item') out.push({ path, caption: e.caption, functionName: e.functionName });
      else if (e.kind === 'submenu') walk(e.entries, [...path, e.caption]);
    }
  };
  for (const m of menus) walk(m.entries, [m.caption]);
  return out;
}
