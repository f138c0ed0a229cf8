/// <reference types="google-apps-script" />
/**
 * Developer metadata on the spreadsheet and its sheets, and the finder that searches it.
 * The add-on finds its generated sheets this way (DESIGN.md), never by sheet name.
 * Row, column and range metadata are not modelled.
 */
import type { MetadataModel, SpreadsheetModel } from './book';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName } from './enums';
import { asGas, type Assert, type OnlyRealMethods } from './gas';
import { newSheet, unwrapSheet } from './sheet';
import type { SheetModel } from './sheet-model';
import { newSpreadsheet } from './spreadsheet';

type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
export type MetadataArgs = [key: string, valueOrVisibility?: string | Visibility, visibility?: Visibility];

export function addMetadata(ctx: FakeContext, book: SpreadsheetModel, sheet: SheetModel | null, args: MetadataArgs): void {
  const [key, second, third] = args;
  if (typeof key !== 'string' || key === '') throw ctx.error('Developer metadata key must be a non-empty string.');
  // The second argument is a value when it is a string, a visibility when it is the enum.
  const value = typeof second === 'string' ? second : null;
  const visibility = enumName(typeof second === 'string' ? third : second) ?? 'DOCUMENT';
  book.metadata.push({ id: ctx.nextId('metadata'), key, value, visibility: visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT', sheet });
}

/** getDeveloperMetadata(): the metadata located exactly there (the spreadsheet or one sheet). */
export function metadataAt(ctx: FakeContext, book: SpreadsheetModel, sheet: SheetModel | null): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return book.metadata.filter((m) => m.sheet === sheet).map((m) => newMetadata(ctx, m));
}

export class FakeDeveloperMetadata implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getId' | 'getKey' | 'setKey' | 'getValue' | 'setValue'
  | 'getVisibility' | 'setVisibility' | 'getLocation' | 'remove' | 'moveToSheet' | 'moveToSpreadsheet'> {
  constructor(readonly ctx: FakeContext, readonly model: MetadataModel) {}

  getId(): number { return this.model.id; }
  getKey(): string { return this.model.key; }
  setKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata { live(this).key = key; return self(this); }
  getValue(): string | null { return this.model.value; }
  setValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata { live(this).value = value; return self(this); }
  getVisibility(): Visibility { return DeveloperMetadataVisibility[this.model.visibility]; }
  setVisibility(visibility: Visibility): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    live(this).visibility = enumName(visibility) === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
    return self(this);
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return asGas<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>(new FakeDeveloperMetadataLocation(this.ctx, live(this).sheet));
  }
  remove(): void {
    const book = this.ctx.book;
    book.metadata = book.metadata.filter((m) => m !== this.model);
  }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    live(this).sheet = unwrapSheet(this.ctx, sheet, 'DeveloperMetadata.moveToSheet');
    return self(this);
  }
  moveToSpreadsheet(): GoogleAppsScript.Spreadsheet.DeveloperMetadata { live(this).sheet = null; return self(this); }
}

function live(md: FakeDeveloperMetadata): MetadataModel {
  if (!md.ctx.book.metadata.includes(md.model)) throw md.ctx.error('The developer metadata was removed.');
  return md.model;
}

function self(md: FakeDeveloperMetadata): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
  return asGas<GoogleAppsScript.Spreadsheet.DeveloperMetadata>(md);
}

function newMetadata(ctx: FakeContext, model: MetadataModel): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
  return asGas<GoogleAppsScript.Spreadsheet.DeveloperMetadata>(new FakeDeveloperMetadata(ctx, model));
}

export class FakeDeveloperMetadataLocation implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getLocationType' | 'getSheet'
  | 'getSpreadsheet' | 'getRow' | 'getColumn'> {
  constructor(readonly ctx: FakeContext, readonly sheet: SheetModel | null) {}

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return this.sheet === null ? DeveloperMetadataLocationType.SPREADSHEET : DeveloperMetadataLocationType.SHEET;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null { return this.sheet === null ? null : newSheet(this.ctx, this.sheet); }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null { return this.sheet === null ? newSpreadsheet(this.ctx, this.ctx.book) : null; }
  getRow(): null { return null; }
  getColumn(): null { return null; }
}

type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

/** Finds metadata on the spreadsheet and all sheets (from a Spreadsheet) or on one sheet (from a Sheet). */
export class FakeDeveloperMetadataFinder implements Pick<Finder, 'find' | 'withId' | 'withKey' | 'withValue'
  | 'withLocationType' | 'withVisibility'> {
  readonly tests: Array<(m: MetadataModel) => boolean> = [];

  constructor(readonly ctx: FakeContext, readonly book: SpreadsheetModel, readonly scope: SheetModel | null) {}

  withId(id: number): Finder { return where(this, (m) => m.id === id); }
  withKey(key: string): Finder { return where(this, (m) => m.key === key); }
  withValue(value: string): Finder { return where(this, (m) => m.value === value); }
  withVisibility(visibility: Visibility): Finder {
    const name = enumName(visibility);
    return where(this, (m) => m.visibility === name);
  }
  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): Finder {
    const name = enumName(locationType);
    return where(this, (m) => (m.sheet === null ? 'SPREADSHEET' : 'SHEET') === name);
  }
  find(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.book.metadata
      .filter((m) => (this.scope === null || m.sheet === this.scope) && this.tests.every((t) => t(m)))
      .map((m) => newMetadata(this.ctx, m));
  }
}

function where(finder: FakeDeveloperMetadataFinder, test: (m: MetadataModel) => boolean): Finder {
  finder.tests.push(test);
  return asGas<Finder>(finder);
}

export function newFinder(ctx: FakeContext, book: SpreadsheetModel, scope: SheetModel | null): Finder {
  return asGas<Finder>(new FakeDeveloperMetadataFinder(ctx, book, scope));
}

instrument(FakeDeveloperMetadata, 'DeveloperMetadata');
instrument(FakeDeveloperMetadataLocation, 'DeveloperMetadataLocation');
instrument(FakeDeveloperMetadataFinder, 'DeveloperMetadataFinder');

export type _Checks = [
  Assert<OnlyRealMethods<FakeDeveloperMetadata, GoogleAppsScript.Spreadsheet.DeveloperMetadata>>,
  Assert<OnlyRealMethods<FakeDeveloperMetadataLocation, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>>,
  Assert<OnlyRealMethods<FakeDeveloperMetadataFinder, Finder>>,
];
