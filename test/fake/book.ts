/**
 * The state of the spreadsheet: its sheets in tab order, the active sheet, and developer
 * metadata (kept here for every location so one finder can search them all).
 */
import type { FakeContext } from './context';
import { SheetModel } from './sheet-model';
import { zonedMidnight } from './dates';
import type { ParseEnv } from './cells';

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  /** null = on the spreadsheet itself. */
  sheet: SheetModel | null;
}

export class SpreadsheetModel implements ParseEnv {
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  metadata: MetadataModel[] = [];
  name: string;
  locale: string;
  timeZone: string;
  private nextGid = 0;

  constructor(
    readonly ctx: FakeContext,
    readonly id: string,
  ) {
    this.name = ctx.options.spreadsheetName;
    this.locale = ctx.options.locale;
    this.timeZone = ctx.options.timeZone;
  }

  sheetByName(name: string): SheetModel | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  sheetById(id: number): SheetModel | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }

  /** Throws Sheets' message when `name` is taken (by a sheet other than `except`). */
  checkName(name: string, except: SheetModel | null = null): void {
    const clash = this.sheets.find((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
    if (clash !== undefined) {
      throw this.ctx.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name.trim() === '') throw this.ctx.error('Sheet name cannot be empty.');
  }

  /** 'Sheet2', 'Sheet3'...: the first free default name. */
  defaultName(): string {
    for (let n = this.sheets.length + 1; ; n += 1) {
      if (this.sheetByName(`Sheet${n}`) === null) return `Sheet${n}`;
    }
  }

  /** Adds a sheet at 0-based `index` (default: last). The first sheet has gid 0, as on Google. */
  addSheet(name: string, index = this.sheets.length, maxRows = 1000, maxCols = 26): SheetModel {
    this.checkName(name);
    const gid = this.nextGid === 0 ? 0 : 100_000_000 + this.nextGid * 7_919;
    this.nextGid += 1;
    const sheet = new SheetModel(this, name, gid, maxRows, maxCols);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  /**
   * A copy of `source` named "Copy of <name>" at 0-based `index`: cells (values, formulas,
   * notes, validation, formats), size, frozen rows, merges, hidden rows and columns, widths.
   * Its sheet-level developer metadata is copied too: whether Sheets does so is not documented
   * (reference sheet#copyTo(Spreadsheet), spreadsheet#duplicateActiveSheet() say nothing), so
   * the fake takes the worse side for a script that finds its sheets by metadata: a copy then
   * claims the same role as its original. Not copied: charts, protections, filter.
   */
  duplicateSheet(source: SheetModel, index: number): SheetModel {
    let name = `Copy of ${source.name}`;
    for (let n = 2; this.sheetByName(name) !== null; n += 1) name = `Copy of ${source.name} ${n}`;
    this.checkRoom(source.maxRows * source.maxCols);
    const copy = this.addSheet(name, index, source.maxRows, source.maxCols);
    const [from, to] = [source.layers(), copy.layers()];
    from.forEach((layer, i) => to[i]!.copyFrom(layer));
    copy.frozenRows = source.frozenRows;
    copy.frozenCols = source.frozenCols;
    copy.merges = source.merges.map((m) => ({ ...m }));
    copy.hiddenRows = new Set(source.hiddenRows);
    copy.hiddenColumns = new Set(source.hiddenColumns);
    for (const [c, w] of source.columnWidths) copy.columnWidths.set(c, w);
    for (const m of this.metadata.filter((md) => md.sheet === source)) {
      this.metadata.push({ ...m, id: this.ctx.nextId('metadata'), sheet: copy });
    }
    return copy;
  }

  /** Cells of every sheet's grid, empty ones included: what Sheets counts against its limit. */
  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  /** Throws Sheets' message when `adding` more cells would pass the spreadsheet's cell limit. */
  checkRoom(adding: number): void {
    const limit = this.ctx.options.cellLimit;
    if (adding > 0 && this.cellCount() + adding > limit) {
      throw this.ctx.error(`This action would increase the number of cells in the workbook above the limit of ${limit} cells.`);
    }
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw this.ctx.error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.metadata = this.metadata.filter((m) => m.sheet !== sheet);
    if (this.active === sheet) this.active = this.sheets[0] ?? null;
  }

  activeSheet(): SheetModel {
    const sheet = this.active ?? this.sheets[0];
    if (sheet === undefined) throw this.ctx.error('The spreadsheet has no sheets.');
    return sheet;
  }

  // ParseEnv: typed dates become midnight in the spreadsheet's zone.
  midnight(year: number, month: number, day: number): number {
    return zonedMidnight(year, month, day, this.timeZone);
  }

  fail(message: string): Error {
    return this.ctx.error(message);
  }
}
