/// <reference types="google-apps-script" />
/**
 * The in-memory fake of the Apps Script services the add-on uses. One entry point:
 *
 *   const fake = createFakeGas({ locale: 'id_ID' });
 *   Object.assign(globalThis, fake.globals);          // jest
 *   vm.createContext({ ...fake.globals });             // bundle test
 *
 * Value rules for writes are at the top of cells.ts; what is and is not modelled is in
 * README.md. To add a service (UrlFetchApp, DriveApp...): write a class in its own file
 * under test/fake/ with `readonly ctx: FakeContext`, `implements Pick<Real, ...>`, and
 * `instrument(Class, 'Name')`, then add it to CORE_SERVICES or pass it in `services`.
 */
import type { CellValue } from './cells';
import { parseInput } from './cells';
import { SpreadsheetModel } from './book';
import { FakeContext, type FakeGasOptions, type LockScope, type PromptAnswer, type Records } from './context';
import type { CallCounter } from './counter';
import type { AuthModeName } from './enums';
import { asGas, type GSheet, type GSpreadsheet } from './gas';
import { FakeHtmlService } from './html';
import * as inspect from './inspect';
import { FakeLockService, holdLock } from './lock';
import { FakePropertiesService } from './properties';
import { FakeCharts, newSession } from './session';
import { FakeScriptAppWithTriggers } from './triggers';
import { newSheet } from './sheet';
import type { SheetModel } from './sheet-model';
import { newSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { newUser } from './protection';
import { newUtilities } from './utilities';
import { newUrlFetchApp } from './urlfetch';
import { newDriveApp } from './drive';
import { newDriveAdvanced } from './drive-advanced';

export { FakeContext, type FakeGasOptions, type Records } from './context';
export { CallCounter, instrument } from './counter';
export { FORMULA_MARKER, TEXT_FORMAT, type CellValue } from './cells';
export { LOCK_TIMEOUT } from './lock';
export { EXECUTION_ENDED } from './authorization';
export { MANIFEST_SCOPES } from './context';
export { urlFetchControl, type FetchAnswer, type FetchRequest } from './urlfetch';
export { driveControl, type DriveFileRecord } from './drive';
export { triggerRecords, type TriggerRecord } from './triggers';
export { editEvent, typeInto } from './edit-event';
export type { ChartSnapshot, MenuItem, MetadataSnapshot, ProtectionSnapshot, SheetSnapshot } from './inspect';

/** The globals an Apps Script file sees, typed as the real services. */
export interface FakeGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Session: GoogleAppsScript.Base.Session;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Charts: GoogleAppsScript.Charts.Charts;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  /** The Drive advanced service (v3), as appsscript.json enables it. */
  Drive: GoogleAppsScript.Drive;
}

export type ServiceFactory = (ctx: FakeContext) => object;

/** The registry of services every fake has. */
export const CORE_SERVICES: { [K in keyof FakeGlobals]: (ctx: FakeContext) => FakeGlobals[K] } = {
  SpreadsheetApp: (ctx) => asGas(new FakeSpreadsheetApp(ctx)),
  LockService: (ctx) => asGas(new FakeLockService(ctx)),
  PropertiesService: (ctx) => asGas(new FakePropertiesService(ctx)),
  Session: (ctx) => newSession(ctx),
  HtmlService: (ctx) => asGas(new FakeHtmlService(ctx)),
  // With installable triggers (triggers.ts).
  ScriptApp: (ctx) => asGas(new FakeScriptAppWithTriggers(ctx)),
  Utilities: (ctx) => newUtilities(ctx),
  Charts: (ctx) => asGas(new FakeCharts(ctx)),
  UrlFetchApp: (ctx) => newUrlFetchApp(ctx),
  DriveApp: (ctx) => newDriveApp(ctx),
  Drive: (ctx) => newDriveAdvanced(ctx),
};

export interface SeedOptions {
  /** Store strings verbatim instead of parsing them as typed input (cells.ts rules). */
  raw?: boolean;
  /** Top-left cell of the data (default 1, 1). */
  startRow?: number;
  startColumn?: number;
  /** Claim a bigger sheet without allocating it (e.g. 100,000 rows). */
  maxRows?: number;
  maxColumns?: number;
}

type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
type Extra<X> = { [K in keyof X]: X[K] extends (ctx: FakeContext) => infer R ? R : never };

export interface FakeGas<X = Record<never, never>> {
  readonly globals: FakeGlobals & Extra<X>;
  /** The active spreadsheet, typed as the real one (pass it to adapters). */
  readonly spreadsheet: GSpreadsheet;
  readonly calls: CallCounter;
  readonly records: Records;
  readonly ctx: FakeContext;
  /** A sheet by name (throws when missing); getting it counts no call. */
  sheet(name: string): GSheet;
  /** Writes rows into a sheet (made when missing), growing it as needed; counts no call. */
  seedSheet(name: string, rows: readonly (readonly unknown[])[], options?: SeedOptions): GSheet;
  /** Sets the sheet's size, as a sheet of that many rows would have. */
  setSheetSize(name: string, maxRows: number, maxColumns: number): void;
  /** Deep copies of one layer over `a1` (default: the data range). */
  values(name: string, a1?: string): CellValue[][];
  displayValues(name: string, a1?: string): string[][];
  formulas(name: string, a1?: string): string[][];
  notes(name: string, a1?: string): string[][];
  backgrounds(name: string, a1?: string): string[][];
  numberFormats(name: string, a1?: string): string[][];
  fontWeights(name: string, a1?: string): string[][];
  snapshot(name: string): inspect.SheetSnapshot;
  charts(name: string): inspect.ChartSnapshot[];
  protections(name: string): inspect.ProtectionSnapshot[];
  metadata(): inspect.MetadataSnapshot[];
  menuItems(): inspect.MenuItem[];
  sheetNames(): string[];
  properties(store: 'document' | 'user' | 'script'): Record<string, string>;
  answerAlerts(...buttons: ButtonName[]): void;
  /** Answers the next authorization prompts (true: grant the scopes asked for, for later executions). */
  answerConsent(...grants: boolean[]): void;
  /** The scopes the user has granted now. */
  grantedScopes(): string[];
  answerPrompts(...answers: Array<{ text: string; button?: ButtonName }>): void;
  setHtmlFile(name: string, content: string): void;
  /** Another execution takes the lock; call the result to release it. */
  holdLock(scope?: LockScope): () => void;
  setAuthMode(mode: AuthModeName): void;
  /** The event onOpen(e)/onInstall(e) receive, in the current auth mode. */
  openEvent(): GoogleAppsScript.Events.SheetsOnOpen;
  /** The model behind a sheet, for anything the helpers above do not cover. */
  sheetModel(name: string): SheetModel;
}

export function createFakeGas<X extends Record<string, ServiceFactory> = Record<never, never>>(
  options: FakeGasOptions & { services?: X } = {},
): FakeGas<X> {
  const ctx = new FakeContext(options);
  const book = new SpreadsheetModel(ctx, ctx.options.spreadsheetId);
  ctx.book = book;
  for (const name of ctx.options.sheetNames) book.addSheet(name);
  book.active = book.sheets[0] ?? null;

  const globals: Record<string, unknown> = {};
  for (const [name, make] of Object.entries({ ...CORE_SERVICES, ...options.services })) globals[name] = make(ctx);

  const model = (name: string): SheetModel => {
    const sheet = book.sheetByName(name);
    if (sheet === null) throw new Error(`FakeGas: no sheet named '${name}' (have: ${book.sheets.map((s) => s.name).join(', ')})`);
    return sheet;
  };
  const spreadsheet = newSpreadsheet(ctx, book);

  return {
    globals: globals as FakeGlobals & Extra<X>,
    spreadsheet,
    calls: ctx.calls,
    records: ctx.records,
    ctx,
    sheet: (name) => newSheet(ctx, model(name)),
    seedSheet: (name, rows, o = {}) => {
      const sheet = book.sheetByName(name) ?? book.addSheet(name);
      const [r0, c0] = [(o.startRow ?? 1) - 1, (o.startColumn ?? 1) - 1];
      const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
      sheet.ensureSize(Math.max(o.maxRows ?? 0, r0 + rows.length), Math.max(o.maxColumns ?? 0, c0 + width));
      rows.forEach((row, i) => row.forEach((input, j) => {
        const [r, c] = [r0 + i, c0 + j];
        const stored = o.raw
          ? { value: (input ?? '') as CellValue, formula: '' }
          : parseInput(input, sheet.formats.numberFormat.get(r, c), book);
        sheet.values.set(r, c, inspect.copyCell(stored.value));
        sheet.formulas.set(r, c, stored.formula);
      }));
      return newSheet(ctx, sheet);
    },
    setSheetSize: (name, maxRows, maxColumns) => {
      const sheet = model(name);
      sheet.maxRows = maxRows;
      sheet.maxCols = maxColumns;
    },
    values: (name, a1) => inspect.readValues(model(name), a1),
    displayValues: (name, a1) => inspect.readDisplay(model(name), a1),
    formulas: (name, a1) => inspect.readLayer(model(name), model(name).formulas, a1),
    notes: (name, a1) => inspect.readLayer(model(name), model(name).notes, a1),
    backgrounds: (name, a1) => inspect.readLayer(model(name), model(name).formats.background, a1),
    numberFormats: (name, a1) => inspect.readLayer(model(name), model(name).formats.numberFormat, a1),
    fontWeights: (name, a1) => inspect.readLayer(model(name), model(name).formats.fontWeight, a1),
    snapshot: (name) => inspect.snapshotSheet(model(name)),
    charts: (name) => inspect.chartSnapshots(model(name)),
    protections: (name) => inspect.protectionSnapshots(model(name)),
    metadata: () => inspect.metadataSnapshots(book),
    menuItems: () => inspect.flattenMenus(ctx.records.menus),
    sheetNames: () => book.sheets.map((s) => s.name),
    properties: (store) => Object.fromEntries(ctx.properties[store]),
    answerAlerts: (...buttons) => { ctx.alertAnswers.push(...buttons); },
    answerConsent: (...grants) => { ctx.consentAnswers.push(...grants); },
    grantedScopes: () => [...ctx.granted].sort(),
    answerPrompts: (...answers) => {
      ctx.promptAnswers.push(...answers.map((a): PromptAnswer => ({ text: a.text, button: a.button ?? 'OK' })));
    },
    setHtmlFile: (name, content) => { ctx.htmlFiles.set(name.replace(/\.html$/, ''), content); },
    holdLock: (scope = 'document') => holdLock(ctx, scope),
    setAuthMode: (mode) => { ctx.authMode = mode; },
    openEvent: () => ({
      authMode: ctx.authModeValue(), source: spreadsheet, triggerUid: '', user: newUser(ctx, ctx.options.userEmail),
    }),
    sheetModel: model,
  };
}
