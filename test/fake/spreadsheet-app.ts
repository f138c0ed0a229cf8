/// <reference types="google-apps-script" />
/** The SpreadsheetApp global: the active spreadsheet, the UI, flush, builders and enums. */
import type { FakeContext } from './context';
import { instrument } from './counter';
import * as E from './enums';
import { asGas, type Assert, type GRange, type GSheet, type GSpreadsheet, type OnlyRealMethods } from './gas';
import { newSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';
import { FakeDataValidationBuilder } from './validation';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Enums = 'DataValidationCriteria' | 'ProtectionType' | 'DeveloperMetadataVisibility' | 'DeveloperMetadataLocationType'
  | 'WrapStrategy';
type Methods = 'getActive' | 'getActiveSpreadsheet' | 'getActiveSheet' | 'getActiveRange' | 'setActiveSheet' | 'getUi'
  | 'flush' | 'newDataValidation' | 'openById';

export class FakeSpreadsheetApp implements Pick<App, Enums | Methods> {
  readonly DataValidationCriteria = E.DataValidationCriteria;
  readonly ProtectionType = E.ProtectionType;
  readonly DeveloperMetadataVisibility = E.DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = E.DeveloperMetadataLocationType;
  readonly WrapStrategy = E.WrapStrategy;

  constructor(readonly ctx: FakeContext) {}

  getActive(): GSpreadsheet { return newSpreadsheet(this.ctx, this.ctx.book); }
  getActiveSpreadsheet(): GSpreadsheet { return newSpreadsheet(this.ctx, this.ctx.book); }
  getActiveSheet(): GSheet { return this.getActiveSpreadsheet().getActiveSheet(); }
  /** The fake has no selection: the active range is A1 of the active sheet. */
  getActiveRange(): GRange { return this.getActiveSheet().getRange(1, 1); }
  setActiveSheet(sheet: GSheet): GSheet { return this.getActiveSpreadsheet().setActiveSheet(sheet); }
  getUi(): GoogleAppsScript.Base.Ui { return asGas<GoogleAppsScript.Base.Ui>(new FakeUi(this.ctx)); }
  /** Writes are applied at once here; flush only counts (records.flushes). */
  flush(): void { this.ctx.records.flushes += 1; }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asGas<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(new FakeDataValidationBuilder(this.ctx));
  }
  openById(id: string): GSpreadsheet {
    if (id !== this.ctx.book.id) throw this.ctx.error(`FakeGas: only the active spreadsheet (${this.ctx.book.id}) exists here.`);
    return this.getActiveSpreadsheet();
  }
}

instrument(FakeSpreadsheetApp, 'SpreadsheetApp');


export type _Check = Assert<OnlyRealMethods<FakeSpreadsheetApp, App>>;
