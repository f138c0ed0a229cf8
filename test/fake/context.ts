/**
 * The state one fake world shares: options, the call counter, what the UI was asked to
 * show, locks, properties and ids. Every fake object holds it as `ctx`.
 */
import { CallCounter } from './counter';
import { AuthMode, type AuthModeName } from './enums';
import type { SpreadsheetModel } from './book';
import manifest from '../../appsscript.json';
import { exemptFromScopes, requiredScopes } from './scopes';

/** The add-on's manifest scopes (appsscript.json): what the fake declares and, by default, grants. */
export const MANIFEST_SCOPES: readonly string[] = manifest.oauthScopes;

export interface FakeGasOptions {
  /** Session.getActiveUser().getEmail(); '' models a consumer account that hides it. */
  userEmail?: string;
  /** Session.getEffectiveUser().getEmail(); defaults to userEmail. */
  effectiveUserEmail?: string;
  /** Spreadsheet.getSpreadsheetLocale(), e.g. 'id_ID'. */
  locale?: string;
  /** Session.getActiveUserLocale(), e.g. 'id'. */
  activeUserLocale?: string;
  /**
   * The spreadsheet's time zone (IANA), Spreadsheet.getSpreadsheetTimeZone(): typed dates
   * become midnight there, date cells display in it. Default 'Asia/Jakarta'.
   */
  timeZone?: string;
  /**
   * The script's time zone, Session.getScriptTimeZone(): appsscript.json's `timeZone` by
   * default. Separate from the spreadsheet's, as on Apps Script: the reference
   * (base/session#getScriptTimeZone()) says "spreadsheets have a separate time zone ...
   * Spreadsheet time zones that differ from the script time zone are a frequent source of
   * scripting bugs." Not modelled: Date's getters follow the script's zone on Apps Script;
   * under jest they follow the process's TZ, pinned to a third zone (test/time-zone.cjs), so
   * code that leans on either shows up.
   */
  scriptTimeZone?: string;
  /** Starting auth mode; in NONE only menu building is allowed (see README). */
  authMode?: AuthModeName;
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Names of the sheets the spreadsheet starts with (default ['Sheet1']). */
  sheetNames?: string[];
  /** Caption of createAddonMenu() menus (the add-on's name in Extensions). */
  addonName?: string;
  /** Project HTML files for HtmlService, keyed by name without '.html'. */
  htmlFiles?: Record<string, string>;
  /** Extra variables visible to template scriptlets (e.g. an `include` function). */
  templateScope?: Record<string, unknown>;
  /**
   * Date and Error constructors of the realm the code under test runs in. In a node:vm
   * context pass the context's own, so `value instanceof Date` and `e instanceof Error`
   * hold there as on Apps Script.
   */
  realm?: { Date?: DateConstructor; Error?: ErrorConstructor };
  /**
   * Google Sheets' limit on the cells of one spreadsheet: every sheet's grid (max rows x max
   * columns, empty cells included), 10,000,000 since 2022. Inserting a sheet, rows or columns
   * past it throws Sheets' message. Test helpers (seedSheet, setSheetSize) are not held to it.
   */
  cellLimit?: number;
  /**
   * The scopes the script declares (its manifest's oauthScopes; default appsscript.json's).
   * ScriptApp.requireScopes refuses a scope outside them, as the reference says.
   */
  oauthScopes?: string[];
  /**
   * The scopes the user granted on the consent screen (default: all of oauthScopes). With
   * granular consent a user may untick some; a call whose documented scopes (scopes.ts) are
   * none of these throws "You do not have permission to call …".
   */
  grantedScopes?: string[];
  /**
   * Whether setHiddenDimensionStrategy throws on a pie chart builder (an emulator run on
   * Google reports it does; the reference says nothing). Tests run both ways.
   */
  pieHiddenDimensionFails?: boolean;
}

export type ResolvedOptions = Required<Omit<FakeGasOptions, 'realm'>>;

export interface ToastRecord { message: string; title: string; timeoutSeconds: number | null }
export interface AlertRecord { title: string | null; prompt: string; buttons: string; answer: string }
export interface PromptRecord { title: string | null; prompt: string; buttons: string; answer: PromptAnswer }
export interface PromptAnswer { button: string; text: string }
export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number;
  height: number;
}
export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };
export interface MenuRecord { caption: string; addon: boolean; entries: MenuEntry[] }
export interface LockWait { scope: string; ms: number; acquired: boolean }

/** What the code under test showed or asked for, in order. */
export interface Records {
  toasts: ToastRecord[];
  /** Scopes an authorization prompt asked for (ScriptApp.requireScopes), one entry per prompt. */
  consentPrompts: string[][];
  alerts: AlertRecord[];
  prompts: PromptRecord[];
  shown: ShownHtml[];
  menus: MenuRecord[];
  sleeps: number[];
  flushes: number;
  lockWaits: LockWait[];
}

export type LockScope = 'document' | 'script' | 'user';

const DEFAULTS: ResolvedOptions = {
  userEmail: 'kader@example.org',
  effectiveUserEmail: '',
  locale: 'id_ID',
  activeUserLocale: 'id',
  timeZone: 'Asia/Jakarta',
  scriptTimeZone: manifest.timeZone,
  authMode: 'FULL',
  spreadsheetName: 'Pendataan WKSBM',
  spreadsheetId: '1FakeSpreadsheetId0000000000000000000000000',
  sheetNames: ['Sheet1'],
  addonName: 'Pranata',
  htmlFiles: {},
  templateScope: {},
  cellLimit: 10_000_000,
  oauthScopes: [...MANIFEST_SCOPES],
  grantedScopes: [],
  pieHiddenDimensionFails: false,
};

export class FakeContext {
  readonly calls = new CallCounter();
  readonly options: ResolvedOptions;
  readonly records: Records = {
    toasts: [], consentPrompts: [], alerts: [], prompts: [], shown: [], menus: [], sleeps: [], flushes: 0, lockWaits: [],
  };
  /** Scripted answers for Ui.alert / Ui.prompt, used first-in first-out. */
  readonly alertAnswers: string[] = [];
  readonly promptAnswers: PromptAnswer[] = [];
  /** Scripted answers to authorization prompts (true: the user grants what was asked). */
  readonly consentAnswers: boolean[] = [];
  /** Current holder of each lock: any object standing for one execution. */
  readonly lockHolders = new Map<LockScope, object>();
  readonly properties = { document: new Map<string, string>(), script: new Map<string, string>(), user: new Map<string, string>() };
  readonly htmlFiles: Map<string, string>;
  private authModeName: AuthModeName;
  private readonly DateCtor: DateConstructor;
  private readonly ErrorCtor: ErrorConstructor;
  private readonly counters = new Map<string, number>();
  /** Set by createFakeGas once the spreadsheet exists. */
  book!: SpreadsheetModel;

  constructor(options: FakeGasOptions = {}) {
    const merged = { ...DEFAULTS, ...options };
    this.options = {
      ...merged,
      effectiveUserEmail: options.effectiveUserEmail ?? merged.userEmail,
      grantedScopes: options.grantedScopes ?? merged.oauthScopes,
    };
    this.granted = new Set(this.options.grantedScopes);
    this.htmlFiles = new Map(Object.entries(this.options.htmlFiles));
    this.DateCtor = options.realm?.Date ?? Date;
    this.ErrorCtor = options.realm?.Error ?? Error;
    this.authModeName = this.options.authMode;
    this.calls.guard = (name, member) => {
      this.checkAuth(name);
      if (member !== undefined && member !== null) this.checkScopes(name, member);
    };
  }

  /** Each account's user properties but the current one's (actAs swaps them). */
  private readonly otherUsers = new Map<string, Map<string, string>>();

  /**
   * From now on the code runs as another account in the same spreadsheet (a second
   * coordinator, or the creator of a trigger that fires): Session's active and effective user,
   * the owner of triggers made or listed, and the user properties follow the account; the
   * spreadsheet, its document properties and every account's triggers stay. Sources: the
   * "Installable triggers" guide (a trigger runs as the account that created it; an account
   * cannot see another account's triggers) and reference properties/properties-service
   * (getUserProperties: "a property store that only the current user can access";
   * getDocumentProperties: one "that all users can access within the open document").
   * Not modelled: that account's own grants (the granted scopes stay) and locale.
   */
  actAs(email: string): void {
    this.otherUsers.set(this.options.effectiveUserEmail, this.properties.user);
    this.properties.user = this.otherUsers.get(email) ?? new Map<string, string>();
    this.otherUsers.delete(email);
    this.options.userEmail = email;
    this.options.effectiveUserEmail = email;
  }

  /** The scopes the user has granted now (a test may grant more, as a consent prompt would). */
  readonly granted: Set<string>;

  get authMode(): AuthModeName {
    return this.authModeName;
  }

  set authMode(mode: AuthModeName) {
    this.authModeName = mode;
  }

  authModeValue(): GoogleAppsScript.Script.AuthMode {
    return AuthMode[this.authModeName];
  }

  /** An Error as Apps Script throws it (name 'Exception'), in the code-under-test's realm. */
  error(message: string): Error {
    const e = new this.ErrorCtor(message);
    e.name = 'Exception';
    return e;
  }

  /** A Date in the code-under-test's realm. */
  date(ms: number): Date {
    return new this.DateCtor(ms);
  }

  /** 1, 2, 3... per kind: deterministic ids for charts, metadata, uuids. */
  nextId(kind: string): number {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return n;
  }

  /**
   * Apps Script refuses, at run time, a call none of whose documented scopes the user granted.
   * The message follows the one Apps Script gives (one scope plain, several in parentheses
   * joined by ||); the exact wording is not from a reference page (test/fake/README.md).
   */
  private checkScopes(name: string, member: string): void {
    const needed = this.scopesOf(member);
    if (needed.some((s) => this.granted.has(s)) || exemptFromScopes(member)) return;
    const list = needed.length === 1 ? needed[0]! : `(${needed.join(' || ')})`;
    throw this.error(`You do not have permission to call ${name}. Required permissions: ${list}`);
  }

  /**
   * The documented scopes of a member, looked up once per member: every counted call is
   * checked, and a 100,000-row run makes hundreds of thousands of them. Only the lookup is
   * cached, not the verdict: `granted` grows when a consent prompt is answered.
   */
  private scopesOf(member: string): readonly string[] {
    let needed = this.scopeCache.get(member);
    if (needed === undefined) {
      needed = requiredScopes(member);
      this.scopeCache.set(member, needed);
    }
    return needed;
  }

  private readonly scopeCache = new Map<string, readonly string[]>();

  /**
   * AuthMode.NONE (onOpen of an add-on not yet used in this document) allows no service
   * that needs authorization: the fake lets only the menu be built, which is all DESIGN.md
   * lets onOpen do.
   */
  private checkAuth(name: string): void {
    if (this.authModeName !== 'NONE') return;
    if (name === 'SpreadsheetApp.getUi' || name === 'Ui.createAddonMenu' || name === 'Ui.createMenu') return;
    if (name.startsWith('Menu.')) return;
    throw this.error(`You do not have permission to call ${name} in AuthMode.NONE (only menus can be built).`);
  }
}
