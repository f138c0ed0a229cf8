/**
 * The preview's server side: the built add-on (dist/Code.js) in a node:vm context that holds
 * only the fake Apps Script services and the ECMAScript globals (no require, process or
 * setTimeout, as on Apps Script), called by name like google.script.run calls it.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import vm from 'node:vm';
import type { Lang, Settings } from '../../src/core';
import { SETTINGS_KEY } from '../../src/addon/constants';
import { createFakeGas, type FakeGas } from '../fake';
import { seedRows, type Seed } from './seed';

export interface BackendOptions {
  /** 'study' (default): the sample's 307 groups; 'empty': only the header row. */
  seed?: Seed;
  /** The volunteer's language (Session.getActiveUserLocale). Default 'id'. */
  lang?: Lang;
  /** The volunteer's email. */
  user?: string;
  /** Settings stored before start-up; default the study's (Cibeureum, 2006). */
  settings?: Partial<Settings>;
  /**
   * The spreadsheet's time zone. Default: the process's, which is the zone the script's Dates
   * are read in here (node:vm has no zone of its own). On Apps Script a script reads Dates in
   * its manifest's zone, and a sheet made by the same team is normally in that zone too;
   * serve.mjs sets the process's TZ to the manifest's. A different zone here models a sheet
   * kept in another zone than the script's.
   */
  timeZone?: string;
}

export interface Backend {
  /** The server functions google.script.run can call (the bundle's top-level forwarders). */
  readonly names: readonly string[];
  /** Runs one server function with JSON arguments parsed in the script's realm; throws as it throws. */
  call(name: string, argsJson: string): unknown;
  /** The Data sheet's values now. */
  dataValues(): unknown[][];
  readonly fake: FakeGas;
}

type ScriptFn = (...args: unknown[]) => unknown;

export function createBackend(root: string, options: BackendOptions = {}): Backend {
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date: Date, Error: Error, JSON: JSON })', context) as {
    Date: DateConstructor;
    Error: ErrorConstructor;
    JSON: JSON;
  };
  const fake = createFakeGas({
    realm,
    sheetNames: ['Data'],
    activeUserLocale: options.lang ?? 'id',
    userEmail: options.user ?? 'kader@example.org',
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const settings = { surveyYear: 2006, kelurahan: 'Cibeureum', ...options.settings };
  fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify(settings));
  fake.seedSheet('Data', seedRows(root, options.seed ?? 'study'));

  Object.assign(context, fake.globals, { console });
  const code = readFileSync(path.join(root, 'dist', 'Code.js'), 'utf8');
  vm.runInContext(code, context, { filename: 'Code.js' });

  const globals = context as Record<string, unknown>;
  const exported = vm.runInContext('Object.keys(Pranata)', context) as string[];
  const names = exported.filter((n) => typeof globals[n] === 'function' && !n.endsWith('_'));
  const fn = (name: string): ScriptFn => {
    const f = globals[name];
    if (typeof f !== 'function' || !names.includes(name)) throw new Error(`Script function not found: ${name}`);
    return f as ScriptFn;
  };
  // The add-on's own set-up: marks the Data sheet, adds the Kategori sheet with the default lists.
  if (names.includes('setupDataSheet')) fn('setupDataSheet')();

  return {
    names,
    call: (name, argsJson) => {
      const args = realm.JSON.parse(argsJson) as unknown[];
      return fn(name)(...args);
    },
    dataValues: () => fake.values('Data'),
    fake,
  };
}
