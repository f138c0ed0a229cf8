/// <reference types="google-apps-script" />
/**
 * The fake Sheet: identity, ranges, appendRow, clearing, protections, filter, charts and
 * developer metadata. Layout (rows, columns, widths, hiding) is in sheet-layout.ts.
 *
 * Like the real service, every getSheetByName()/getSheets()/getSheet() returns a new
 * object: compare sheets by getSheetId(), never with ===.
 */
import { parseInput } from './cells';
import { newChartBuilder } from './chart-builder';
import { chartsOf, insertChart, removeChart, updateChart } from './charts';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { enumName } from './enums';
import { newFilter } from './filter';
import { asGas, type Assert, type GRange, type GSheet, type GSpreadsheet, type OnlyRealMethods } from './gas';
import { rangeFromA1 } from './locate';
import { addMetadata, metadataAt, newFinder, type MetadataArgs } from './metadata';
import { newProtection } from './protection';
import { newRange } from './range';
import { newRangeList } from './rangelist';
import { SheetLayout } from './sheet-layout';
import type { SheetModel } from './sheet-model';
import { newSpreadsheet } from './spreadsheet';

type LayoutMethods = Extract<keyof SheetLayout, keyof GSheet>;
type Methods =
  | 'activate' | 'getName' | 'setName' | 'getSheetName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange'
  | 'getRangeList' | 'getDataRange' | 'getLastRow' | 'getLastColumn' | 'getSheetValues' | 'appendRow' | 'clear'
  | 'clearContents' | 'clearFormats' | 'clearNotes' | 'protect' | 'getProtections' | 'getFilter' | 'newChart'
  | 'insertChart' | 'getCharts' | 'removeChart' | 'updateChart' | 'addDeveloperMetadata' | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder' | 'copyTo';

export class FakeSheet extends SheetLayout implements Pick<GSheet, LayoutMethods | Methods> {
  activate(): GSheet {
    this.model.hidden = false;
    this.model.book.active = this.model;
    return self(this);
  }
  getName(): string { return this.model.name; }
  getSheetName(): string { return this.model.name; }
  setName(name: string): GSheet {
    this.model.book.checkName(name, this.model);
    this.model.name = name;
    return self(this);
  }
  getSheetId(): number { return this.model.id; }
  /** 1-based position among the tabs. */
  getIndex(): number { return this.model.book.sheets.indexOf(this.model) + 1; }
  getParent(): GSpreadsheet { return newSpreadsheet(this.ctx, this.model.book); }

  getRange(a: string | number, column?: number, numRows = 1, numColumns = 1): GRange {
    if (typeof a === 'string') return rangeFromA1(this.ctx, this.model.book, this.model, a);
    if (column === undefined) throw this.ctx.error('Range not found');
    return newRange(this.ctx, this.model, { row: a, col: column, numRows, numCols: numColumns });
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return newRangeList(this.ctx, a1Notations.map((a1) => rangeFromA1(this.ctx, this.model.book, this.model, a1)));
  }
  /** A1 to the last row and column with content (A1 alone for an empty sheet). */
  getDataRange(): GRange {
    const rect = { row: 1, col: 1, numRows: Math.max(1, this.model.lastRow()), numCols: Math.max(1, this.model.lastColumn()) };
    return newRange(this.ctx, this.model, rect);
  }
  getLastRow(): number { return this.model.lastRow(); }
  getLastColumn(): number { return this.model.lastColumn(); }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.getRange(startRow, startColumn, numRows, numColumns).getValues();
  }

  /** Writes after the last row with content, growing the sheet when needed; strings are parsed as typed input. */
  appendRow(rowContents: unknown[]): GSheet {
    const m = this.model;
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw this.ctx.error("The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    }
    const r = m.lastRow();
    // Growing the grid for the new row counts against the spreadsheet's cell limit.
    const [rows, cols] = [Math.max(m.maxRows, r + 1), Math.max(m.maxCols, rowContents.length)];
    m.book.checkRoom(rows * cols - m.maxRows * m.maxCols);
    // A row the grid grows by takes the formats of the row before, as an inserted row does
    // (SheetModel.inheritRows; undocumented for appendRow, so the fake takes that side).
    if (r + 1 > m.maxRows && r > 0) m.inheritRows(r - 1, r, 1);
    m.ensureSize(r + 1, rowContents.length);
    rowContents.forEach((input, c) => {
      const stored = parseInput(input, m.formats.numberFormat.get(r, c), m.book);
      m.values.set(r, c, stored.value);
      m.formulas.set(r, c, stored.formula);
    });
    return self(this);
  }

  /** No options: contents and formats (notes and validation stay, as with Range.clear). */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    const only = options?.formatOnly === true || options?.contentsOnly === true;
    if (!only || options?.contentsOnly) this.clearContents();
    if (!only || options?.formatOnly) this.clearFormats();
    return self(this);
  }
  clearContents(): GSheet {
    this.model.values.reset();
    this.model.formulas.reset();
    return self(this);
  }
  clearFormats(): GSheet {
    for (const layer of Object.values(this.model.formats)) layer.reset();
    return self(this);
  }
  clearNotes(): GSheet {
    this.model.notes.reset();
    return self(this);
  }

  /** The sheet has at most one sheet protection: protect() returns it when it exists. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    let model = this.model.protections.find((p) => p.type === 'SHEET');
    if (model === undefined) {
      model = {
        id: this.ctx.nextId('protection'), type: 'SHEET', rect: null, description: '', warningOnly: false,
        editors: [this.ctx.options.effectiveUserEmail], domainEdit: true, unprotected: [],
      };
      this.model.protections.push(model);
    }
    return newProtection(this.ctx, this.model, model);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const name = enumName(type);
    return this.model.protections.filter((p) => p.type === name).map((p) => newProtection(this.ctx, this.model, p));
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null { return this.model.filter === null ? null : newFilter(this.ctx, this.model); }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder { return newChartBuilder(this.ctx, this.model); }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void { insertChart(this.ctx, this.model, chart); }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] { return chartsOf(this.ctx, this.model); }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void { removeChart(this.ctx, this.model, chart); }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void { updateChart(this.ctx, this.model, chart); }

  /**
   * A copy at the end of the tabs (SpreadsheetModel.duplicateSheet: metadata copied). Only into
   * the sheet's own spreadsheet: copying to another one is not modelled.
   */
  copyTo(spreadsheet: GSpreadsheet): GSheet {
    if ((spreadsheet as unknown as { book?: unknown }).book !== this.model.book) {
      throw this.ctx.error('FakeGas: Sheet.copyTo another spreadsheet is not modelled.');
    }
    return newSheet(this.ctx, this.model.book.duplicateSheet(this.model, this.model.book.sheets.length));
  }

  addDeveloperMetadata(...args: MetadataArgs): GSheet {
    addMetadata(this.ctx, this.model.book, this.model, args);
    return self(this);
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] { return metadataAt(this.ctx, this.model.book, this.model); }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder { return newFinder(this.ctx, this.model.book, this.model); }
}

function self(sheet: SheetLayout): GSheet {
  return asGas<GSheet>(sheet);
}

export function newSheet(ctx: FakeContext, model: SheetModel): GSheet {
  return asGas<GSheet>(new FakeSheet(ctx, model));
}

/** The model behind a Sheet argument; throws for anything this fake did not make. */
export function unwrapSheet(ctx: FakeContext, sheet: unknown, method: string): SheetModel {
  if (sheet instanceof FakeSheet && sheet.model.book.sheets.includes(sheet.model)) return sheet.model;
  throw ctx.error(`The parameters (${typeof sheet}) don't match the method signature for ${method}.`);
}

instrument(FakeSheet, 'Sheet');

export type _Check = Assert<OnlyRealMethods<FakeSheet, GSheet>>;
