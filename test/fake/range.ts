/// <reference types="google-apps-script" />
/**
 * The fake Range: values and formulas (with Sheets' typed-input rules, cells.ts),
 * geometry, merges, filter and protection. Formatting lives in range-format.ts.
 */
import { contains, intersects, toA1, type Rect } from './a1';
import { FORMULA_MARKER, isDate, parseInput, type CellValue } from './cells';
import { checkShape } from './cellwrite';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { displayValue } from './display';
import { newFilter } from './filter';
import { asGas, type Assert, type GRange, type GSheet, type OnlyRealMethods } from './gas';
import { newProtection } from './protection';
import { RangeFormatting } from './range-format';
import { newSheet } from './sheet';
import type { SheetModel } from './sheet-model';

type ClearOptions = {
  commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean;
};

type RangeMethods = keyof RangeFormatting extends infer K ? Extract<K, keyof GRange> : never;
type ValueMethods =
  | 'getValues' | 'setValues' | 'getValue' | 'setValue' | 'getDisplayValues' | 'getDisplayValue' | 'getFormulas'
  | 'getFormula' | 'setFormula' | 'setFormulas' | 'clearContent' | 'clear' | 'isBlank' | 'merge' | 'mergeAcross'
  | 'isPartOfMerge' | 'getMergedRanges' | 'breakApart' | 'createFilter' | 'getFilter' | 'protect' | 'getRow'
  | 'getRowIndex' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn' | 'getHeight'
  | 'getWidth' | 'getA1Notation' | 'getSheet' | 'getGridId' | 'getCell' | 'offset' | 'activate' | 'canEdit';

export class FakeRange extends RangeFormatting implements Pick<GRange, RangeMethods | ValueMethods> {
  getValues(): CellValue[][] {
    const rows = this.sheet.values.read(this.rect);
    for (const row of rows) {
      for (let j = 0; j < row.length; j += 1) {
        const v = row[j]!;
        // Stored Dates are never handed out: the caller gets its own copy, in its realm.
        if (typeof v === 'object') row[j] = this.ctx.date(v.getTime());
      }
    }
    return rows;
  }
  setValues(values: unknown[][]): GRange {
    checkShape(this.ctx, values, this.rect, 'setValues');
    const { values: cells, formulas, formats } = this.sheet;
    for (let i = 0; i < this.rect.numRows; i += 1) {
      const row = values[i]!;
      const r = this.rect.row - 1 + i;
      for (let j = 0; j < this.rect.numCols; j += 1) {
        const c = this.rect.col - 1 + j;
        const stored = parseInput(row[j], formats.numberFormat.get(r, c), this.sheet.book);
        cells.set(r, c, stored.value);
        formulas.set(r, c, stored.formula);
      }
    }
    return asGas<GRange>(this);
  }
  getValue(): CellValue {
    const v = this.sheet.values.get(this.rect.row - 1, this.rect.col - 1);
    return isDate(v) ? this.ctx.date(v.getTime()) : v;
  }
  /** Like Sheets, a multi-cell range gets the value in every cell. */
  setValue(value: unknown): GRange {
    return this.setValues(block(this.rect, value));
  }
  getDisplayValues(): string[][] {
    const { locale, timeZone } = this.sheet.book;
    const formats = this.sheet.formats.numberFormat.read(this.rect);
    return this.sheet.values.read(this.rect).map((row, i) => row.map((v, j) => displayValue(v, formats[i]![j]!, locale, timeZone)));
  }
  getDisplayValue(): string { return this.getDisplayValues()[0]![0]!; }
  getFormulas(): string[][] { return this.sheet.formulas.read(this.rect); }
  getFormula(): string { return this.sheet.formulas.get(this.rect.row - 1, this.rect.col - 1); }
  setFormula(formula: string): GRange { return this.setFormulas(block(this.rect, formula)); }
  setFormulas(formulas: string[][]): GRange {
    checkShape(this.ctx, formulas, this.rect, 'setFormulas');
    formulas.forEach((row, i) => row.forEach((f, j) => {
      const [r, c] = [this.rect.row - 1 + i, this.rect.col - 1 + j];
      this.sheet.formulas.set(r, c, f);
      this.sheet.values.set(r, c, f === '' ? '' : FORMULA_MARKER);
    }));
    return asGas<GRange>(this);
  }
  clearContent(): GRange {
    this.sheet.values.fill(this.rect, '');
    this.sheet.formulas.fill(this.rect, '');
    return asGas<GRange>(this);
  }
  /** No options: contents and formats. Notes, validation and merges stay (README). */
  clear(options?: ClearOptions): GRange {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!any || o.contentsOnly) this.clearContent();
    if (!any || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    return asGas<GRange>(this);
  }
  isBlank(): boolean {
    return this.sheet.values.read(this.rect).every((row) => row.every((v) => v === ''));
  }

  /** Keeps the top-left value only, as Sheets does. */
  merge(): GRange {
    const { merges } = this.sheet;
    if (merges.some((m) => intersects(m, this.rect) && !contains(this.rect, m))) throw partialMerge(this.ctx);
    this.sheet.merges = merges.filter((m) => !intersects(m, this.rect));
    if (this.rect.numRows * this.rect.numCols > 1) this.sheet.merges.push({ ...this.rect });
    const [r0, c0] = [this.rect.row - 1, this.rect.col - 1];
    for (let i = 0; i < this.rect.numRows; i += 1) {
      for (let j = 0; j < this.rect.numCols; j += 1) {
        if (i === 0 && j === 0) continue;
        this.sheet.values.set(r0 + i, c0 + j, '');
        this.sheet.formulas.set(r0 + i, c0 + j, '');
      }
    }
    return asGas<GRange>(this);
  }
  mergeAcross(): GRange {
    for (let i = 0; i < this.rect.numRows; i += 1) this.getCell(i + 1, 1).offset(0, 0, 1, this.rect.numCols).merge();
    return asGas<GRange>(this);
  }
  isPartOfMerge(): boolean { return this.sheet.merges.some((m) => intersects(m, this.rect)); }
  getMergedRanges(): GRange[] {
    return this.sheet.merges.filter((m) => intersects(m, this.rect)).map((m) => newRange(this.ctx, this.sheet, m));
  }
  breakApart(): GRange {
    const hit = this.sheet.merges.filter((m) => intersects(m, this.rect));
    if (hit.some((m) => !contains(this.rect, m))) throw partialMerge(this.ctx);
    this.sheet.merges = this.sheet.merges.filter((m) => !hit.includes(m));
    return asGas<GRange>(this);
  }

  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    if (this.sheet.filter !== null) throw this.ctx.error("You can't create a filter in a sheet that already has a filter.");
    this.sheet.filter = { ...this.rect };
    return newFilter(this.ctx, this.sheet);
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return this.sheet.filter === null ? null : newFilter(this.ctx, this.sheet);
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const model = {
      id: this.ctx.nextId('protection'), type: 'RANGE' as const, rect: { ...this.rect }, description: '',
      warningOnly: false, editors: [this.ctx.options.effectiveUserEmail], domainEdit: true, unprotected: [],
    };
    this.sheet.protections.push(model);
    return newProtection(this.ctx, this.sheet, model);
  }

  getRow(): number { return this.rect.row; }
  getRowIndex(): number { return this.rect.row; }
  getColumn(): number { return this.rect.col; }
  getNumRows(): number { return this.rect.numRows; }
  getNumColumns(): number { return this.rect.numCols; }
  getHeight(): number { return this.rect.numRows; }
  getWidth(): number { return this.rect.numCols; }
  getLastRow(): number { return this.rect.row + this.rect.numRows - 1; }
  getLastColumn(): number { return this.rect.col + this.rect.numCols - 1; }
  getA1Notation(): string { return toA1(this.rect, this.open); }
  getGridId(): number { return this.sheet.id; }
  getSheet(): GSheet { return newSheet(this.ctx, this.sheet); }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) {
      throw this.ctx.error('Cell reference out of range');
    }
    return newRange(this.ctx, this.sheet, { row: this.rect.row + row - 1, col: this.rect.col + column - 1, numRows: 1, numCols: 1 });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return newRange(this.ctx, this.sheet, {
      row: this.rect.row + rowOffset, col: this.rect.col + columnOffset,
      numRows: numRows ?? this.rect.numRows, numCols: numColumns ?? this.rect.numCols,
    });
  }
  activate(): GRange {
    this.sheet.book.active = this.sheet;
    return asGas<GRange>(this);
  }
  canEdit(): boolean { return true; }
}

function block<T>(rect: Rect, value: T): T[][] {
  return Array.from({ length: rect.numRows }, () => new Array<T>(rect.numCols).fill(value));
}

function partialMerge(ctx: FakeContext): Error {
  return ctx.error('You must select all cells in a merged range to merge or unmerge them.');
}

/** Checks the block against the sheet with the real API's messages. */
export function checkRect(ctx: FakeContext, sheet: SheetModel, rect: Rect): void {
  if (rect.row < 1) throw ctx.error('The starting row of the range is too small.');
  if (rect.col < 1) throw ctx.error('The starting column of the range is too small.');
  if (rect.numRows < 1) throw ctx.error('The number of rows in the range must be at least 1.');
  if (rect.numCols < 1) throw ctx.error('The number of columns in the range must be at least 1.');
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
    throw ctx.error('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

export function newRange(
  ctx: FakeContext,
  sheet: SheetModel,
  rect: Rect,
  open: { rows: boolean; cols: boolean } = { rows: false, cols: false },
): GRange {
  checkRect(ctx, sheet, rect);
  return asGas<GRange>(new FakeRange(ctx, sheet, { ...rect }, open));
}

/** The fake behind a Range argument; throws for anything this fake did not make. */
export function unwrapRange(ctx: FakeContext, range: unknown, method: string): FakeRange {
  if (range instanceof FakeRange) return range;
  throw ctx.error(`The parameters (${typeof range}) don't match the method signature for ${method}.`);
}

instrument(FakeRange, 'Range');

export type _Check = Assert<OnlyRealMethods<FakeRange, GRange>>;
