/// <reference types="google-apps-script" />
/**
 * The state of one sheet: cell layers plus the objects attached to the sheet (merges,
 * filter, protections, charts). The fake facades (Sheet, Range...) read and change it;
 * test helpers read it directly, without counting calls.
 */
import type { Rect } from './a1';
import type { CellValue } from './cells';
import { Layer } from './grid';
import type { SpreadsheetModel } from './book';

export interface FormatLayers {
  numberFormat: Layer<string>;
  background: Layer<string>;
  fontWeight: Layer<'normal' | 'bold'>;
  fontStyle: Layer<'normal' | 'italic'>;
  fontSize: Layer<number>;
  fontColor: Layer<string>;
  horizontalAlignment: Layer<string>;
  verticalAlignment: Layer<string>;
  /** null = never set (the fake does not claim to know Sheets' default). */
  wrap: Layer<boolean | null>;
  /** The cell's own solid edges, e.g. 'top left bottom right' ('' = none); set by setBorder. */
  border: Layer<string>;
}

export interface ChartRange {
  sheet: SheetModel;
  rect: Rect;
}

export interface ChartModel {
  /** null until the chart is inserted. */
  id: number | null;
  /** Charts.ChartType name, null until asXxxChart()/setChartType(). */
  type: string | null;
  ranges: ChartRange[];
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  options: Map<string, unknown>;
  numHeaders: number;
  transpose: boolean;
  /** Charts.ChartHiddenDimensionStrategy name; Sheets' default leaves hidden rows and columns out. */
  hiddenDimensionStrategy: string;
}

export interface ProtectionModel {
  id: number;
  type: 'RANGE' | 'SHEET';
  /** null for a sheet protection (it covers the whole sheet). */
  rect: Rect | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: Rect[];
}

/** A rect after rows/columns [at, at+count) (0-based) were inserted (count > 0) or deleted (< 0). */
export function shiftRect(rect: Rect, dim: 'row' | 'col', at: number, count: number): Rect | null {
  const start = dim === 'row' ? rect.row - 1 : rect.col - 1;
  const size = dim === 'row' ? rect.numRows : rect.numCols;
  let newStart = start;
  let newSize = size;
  if (count > 0) {
    if (start >= at) newStart = start + count;
    else if (start + size > at) newSize = size + count;
  } else {
    const gone = -count;
    const keepBefore = Math.max(0, Math.min(size, at - start));
    const keepAfter = Math.max(0, start + size - (at + gone));
    newSize = keepBefore + keepAfter;
    newStart = start < at ? start : Math.max(at, start - gone);
    if (newSize === 0) return null;
  }
  return dim === 'row'
    ? { ...rect, row: newStart + 1, numRows: newSize }
    : { ...rect, col: newStart + 1, numCols: newSize };
}

/** A formula that spills (the fake models only ARRAYFORMULA, not FILTER, SEQUENCE, {…} literals). */
const ARRAY_FORMULA = /^=\s*ARRAYFORMULA\s*\(/i;

export class SheetModel {
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly values = new Layer<CellValue>('');
  readonly formulas = new Layer<string>('');
  readonly notes = new Layer<string>('');
  readonly validations = new Layer<GoogleAppsScript.Spreadsheet.DataValidation | null>(null);
  readonly formats: FormatLayers = {
    numberFormat: new Layer('General'),
    background: new Layer('#ffffff'),
    fontWeight: new Layer<'normal' | 'bold'>('normal'),
    fontStyle: new Layer<'normal' | 'italic'>('normal'),
    fontSize: new Layer(10),
    fontColor: new Layer('#000000'),
    horizontalAlignment: new Layer('general'),
    verticalAlignment: new Layer('bottom'),
    wrap: new Layer<boolean | null>(null),
    border: new Layer(''),
  };
  /** 1-based row numbers hidden by hideRows. */
  hiddenRows = new Set<number>();
  /** 1-based column numbers hidden by hideColumns (added for the table sheets' chart data). */
  hiddenColumns = new Set<number>();
  merges: Rect[] = [];
  filter: Rect | null = null;
  protections: ProtectionModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly columnWidths = new Map<number, number>();

  constructor(
    readonly book: SpreadsheetModel,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  /** Every cell layer, for structural changes. */
  layers(): Layer<unknown>[] {
    return [this.values, this.formulas, this.notes, this.validations, ...Object.values(this.formats)] as Layer<unknown>[];
  }

  /**
   * getLastRow(): "the position of the last row that has content" (reference
   * spreadsheet/sheet#getLastRow()). What counts as content is not spelled out; the fake takes
   * the side that hurts a script appending below its data: every formula cell counts, even
   * one whose result is "" (a coordinator's =IF(B2="","",…) filled down to row 1000 makes it
   * 1000), and so does an ARRAYFORMULA's spill: the fake evaluates nothing, so it spills the
   * formula's column from its cell to the sheet's last row (as =ARRAYFORMULA(IF(A2:A="","",…))
   * over an open-ended range does), cells that read '' but count. 0 for an empty sheet.
   * Not modelled: spill across columns, or a spill shorter than the sheet.
   */
  lastRow(): number {
    if (this.hasArrayFormula()) return this.maxRows;
    for (let r = this.values.extent() - 1; r >= 0; r -= 1) {
      const row = this.values.rawRow(r);
      if (row !== undefined && row.some((v) => v !== '')) return r + 1;
    }
    return 0;
  }

  private hasArrayFormula(): boolean {
    for (let r = 0; r < this.formulas.extent(); r += 1) {
      if (this.formulas.rawRow(r)?.some((f) => ARRAY_FORMULA.test(f)) === true) return true;
    }
    return false;
  }

  lastColumn(): number {
    let last = 0;
    for (let r = this.values.extent() - 1; r >= 0; r -= 1) {
      const row = this.values.rawRow(r);
      if (row === undefined) continue;
      for (let c = row.length - 1; c >= last; c -= 1) {
        if (row[c] !== '') {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /**
   * Rows [at, at+count) (0-based) take the formats and data validation of row `from`, as rows
   * Sheets inserts after a row do: a red row's new neighbours come out red. Values, formulas
   * and notes are not copied. Source: the Sheets API's InsertDimensionRequest.inheritFromBefore
   * ("if row index 0 has red background ... If inheritFromBefore is true, the two new rows will
   * be red", developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#InsertDimensionRequest);
   * which side Apps Script's insertRowsAfter inherits from is not documented, so the fake takes
   * the side that can hurt: the row before (as the Sheets UI's "insert below" does).
   */
  inheritRows(from: number, at: number, count: number): void {
    for (const layer of [this.validations, ...Object.values(this.formats)] as Layer<unknown>[]) {
      const source = layer.rawRow(from);
      if (source === undefined) continue;
      for (let r = at; r < at + count; r += 1) source.forEach((v, c) => layer.set(r, c, v));
    }
  }

  /** Grows the sheet so that maxRows >= rows and maxCols >= cols. */
  ensureSize(rows: number, cols: number): void {
    this.maxRows = Math.max(this.maxRows, rows);
    this.maxCols = Math.max(this.maxCols, cols);
  }

  /** Inserts (count > 0) or deletes (count < 0) rows or columns at 0-based `at`. */
  restructure(dim: 'row' | 'col', at: number, count: number): void {
    for (const layer of this.layers()) {
      if (dim === 'row' && count > 0) layer.insertRows(at, count);
      else if (dim === 'row') layer.deleteRows(at, -count);
      else if (count > 0) layer.insertColumns(at, count);
      else layer.deleteColumns(at, -count);
    }
    const shift = (rect: Rect): Rect | null => shiftRect(rect, dim, at, count);
    this.merges = this.merges.map(shift).filter((r): r is Rect => r !== null);
    this.filter = this.filter === null ? null : shift(this.filter);
    this.protections = this.protections.filter((p) => {
      if (p.rect === null) return true;
      const moved = shift(p.rect);
      if (moved !== null) p.rect = moved;
      return moved !== null;
    });
    if (dim === 'row') {
      const hidden = new Set<number>();
      for (const row of this.hiddenRows) {
        const moved = shiftRect({ row, col: 1, numRows: 1, numCols: 1 }, 'row', at, count);
        if (moved !== null) hidden.add(moved.row);
      }
      this.hiddenRows = hidden;
      this.maxRows += count;
    } else {
      const hidden = new Set<number>();
      for (const col of this.hiddenColumns) {
        const moved = shiftRect({ row: 1, col, numRows: 1, numCols: 1 }, 'col', at, count);
        if (moved !== null) hidden.add(moved.col);
      }
      this.hiddenColumns = hidden;
      this.maxCols += count;
    }
  }
}
