/// <reference types="google-apps-script" />
/** The fake Spreadsheet: its sheets, the active sheet, toasts, locale, metadata. */
import type { SpreadsheetModel } from './book';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { enumName } from './enums';
import { asGas, type Assert, type GRange, type GSheet, type GSpreadsheet, type OnlyRealMethods } from './gas';
import { rangeFromA1 } from './locate';
import { addMetadata, metadataAt, newFinder, type MetadataArgs } from './metadata';
import { newProtection } from './protection';
import { newRangeList } from './rangelist';
import { newSheet, unwrapSheet } from './sheet';

type InsertArg = string | number | { template?: GSheet };
type Methods =
  | 'getId' | 'getUrl' | 'getName' | 'rename' | 'getSheets' | 'getNumSheets' | 'getSheetByName' | 'getSheetById'
  | 'insertSheet' | 'deleteSheet' | 'getActiveSheet' | 'setActiveSheet' | 'toast' | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale' | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'addDeveloperMetadata'
  | 'getDeveloperMetadata' | 'createDeveloperMetadataFinder' | 'getRange' | 'getRangeList' | 'getProtections'
  | 'duplicateActiveSheet' | 'moveActiveSheet';

export class FakeSpreadsheet implements Pick<GSpreadsheet, Methods> {
  constructor(readonly ctx: FakeContext, readonly book: SpreadsheetModel) {}

  getId(): string { return this.book.id; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`; }
  getName(): string { return this.book.name; }
  rename(newName: string): void { this.book.name = newName; }
  getSheets(): GSheet[] { return this.book.sheets.map((s) => newSheet(this.ctx, s)); }
  getNumSheets(): number { return this.book.sheets.length; }
  getSheetByName(name: string): GSheet | null {
    const s = this.book.sheetByName(name);
    return s === null ? null : newSheet(this.ctx, s);
  }
  getSheetById(id: number): GSheet | null {
    const s = this.book.sheetById(id);
    return s === null ? null : newSheet(this.ctx, s);
  }
  /**
   * insertSheet(), (index), (name), (name, index), with or without options. The new
   * sheet becomes the active one, as in Sheets. Templates are not modelled.
   */
  insertSheet(a?: InsertArg, b?: InsertArg, c?: { template?: GSheet }): GSheet {
    const args = [a, b, c].filter((x) => x !== undefined);
    if (args.some((x) => typeof x === 'object' && x.template !== undefined)) {
      throw this.ctx.error('FakeGas: insertSheet with a template is not modelled.');
    }
    const name = args.find((x): x is string => typeof x === 'string') ?? this.book.defaultName();
    const index = args.find((x): x is number => typeof x === 'number');
    // A new sheet has Sheets' default grid (addSheet's 1000 x 26), counted against the limit.
    this.book.checkRoom(1000 * 26);
    const sheet = this.book.addSheet(name, index);
    this.book.active = sheet;
    return newSheet(this.ctx, sheet);
  }
  deleteSheet(sheet: GSheet): void {
    this.book.removeSheet(unwrapSheet(this.ctx, sheet, 'SpreadsheetApp.Spreadsheet.deleteSheet'));
  }
  getActiveSheet(): GSheet { return newSheet(this.ctx, this.book.activeSheet()); }
  /** To 1-based tab position `pos`, as dragging the tab there does. */
  moveActiveSheet(pos: number): void {
    const active = this.book.activeSheet();
    if (!Number.isInteger(pos) || pos < 1 || pos > this.book.sheets.length) throw this.ctx.error('FakeGas: moveActiveSheet position out of range.');
    const rest = this.book.sheets.filter((s) => s !== active);
    rest.splice(pos - 1, 0, active);
    this.book.sheets = rest;
  }
  /** The copy goes right after the active sheet and becomes active (SpreadsheetModel.duplicateSheet). */
  duplicateActiveSheet(): GSheet {
    const active = this.book.activeSheet();
    const copy = this.book.duplicateSheet(active, this.book.sheets.indexOf(active) + 1);
    this.book.active = copy;
    return newSheet(this.ctx, copy);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    const model = unwrapSheet(this.ctx, sheet, 'SpreadsheetApp.Spreadsheet.setActiveSheet');
    model.hidden = false;
    this.book.active = model;
    return newSheet(this.ctx, model);
  }
  toast(msg: string, title = '', timeoutSeconds: number | null = 5): void {
    this.ctx.records.toasts.push({ message: String(msg), title, timeoutSeconds });
  }
  getSpreadsheetLocale(): string { return this.book.locale; }
  setSpreadsheetLocale(locale: string): void { this.book.locale = locale; }
  getSpreadsheetTimeZone(): string { return this.book.timeZone; }
  setSpreadsheetTimeZone(timezone: string): void { this.book.timeZone = timezone; }

  addDeveloperMetadata(...args: MetadataArgs): GSpreadsheet {
    addMetadata(this.ctx, this.book, null, args);
    return asGas<GSpreadsheet>(this);
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] { return metadataAt(this.ctx, this.book, null); }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder { return newFinder(this.ctx, this.book, null); }

  /** 'Sheet!A1:B2', or A1 on the active sheet. */
  getRange(a1Notation: string): GRange { return rangeFromA1(this.ctx, this.book, null, a1Notation); }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return newRangeList(this.ctx, a1Notations.map((a1) => rangeFromA1(this.ctx, this.book, null, a1)));
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const name = enumName(type);
    return this.book.sheets.flatMap((s) =>
      s.protections.filter((p) => p.type === name).map((p) => newProtection(this.ctx, s, p)),
    );
  }
}

export function newSpreadsheet(ctx: FakeContext, book: SpreadsheetModel): GSpreadsheet {
  return asGas<GSpreadsheet>(new FakeSpreadsheet(ctx, book));
}

instrument(FakeSpreadsheet, 'Spreadsheet');

export type _Check = Assert<OnlyRealMethods<FakeSpreadsheet, GSpreadsheet>>;
