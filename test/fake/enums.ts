/// <reference types="google-apps-script" />
/**
 * Enum values of the fake services.
 *
 * In Apps Script an enum value is an object whose toString() is its name, and the
 * `authMode` of a trigger event is the very object `ScriptApp.AuthMode.NONE` (the docs
 * compare with ===). So the fake's values are frozen objects too, one per name, shared by
 * every fake instance: comparing with the string 'NONE' fails here as it does on Google.
 * The types are the real enum types, so adapters compile against the real API.
 */
import { asGas } from './gas';

export interface EnumValue {
  toString(): string;
  toJSON(): string;
}

const names = new WeakMap<object, string>();

function makeEnum<E>(keys: readonly string[]): E {
  const out: Record<string, EnumValue> = {};
  for (const key of keys) {
    const value: EnumValue = Object.freeze({ toString: () => key, toJSON: () => key });
    names.set(value, key);
    out[key] = value;
  }
  return asGas<E>(Object.freeze(out));
}

/** The name of an enum value made here, or null for anything else (a string, a number...). */
export function enumName(value: unknown): string | null {
  return typeof value === 'object' && value !== null ? (names.get(value) ?? null) : null;
}

/** The value named `key` of an enum made here (for the fake's own bookkeeping). */
export function enumValue<E>(enumObject: object, key: string): E {
  const value = (enumObject as Record<string, unknown>)[key];
  if (value === undefined) throw new Error(`FakeGas: no enum value ${key}`);
  return value as E;
}

type S = typeof GoogleAppsScript.Spreadsheet;

export const ProtectionType = makeEnum<S['ProtectionType']>(['RANGE', 'SHEET']);
export const DeveloperMetadataVisibility = makeEnum<S['DeveloperMetadataVisibility']>(['DOCUMENT', 'PROJECT']);
export const DeveloperMetadataLocationType = makeEnum<S['DeveloperMetadataLocationType']>([
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
]);
export const WrapStrategy = makeEnum<S['WrapStrategy']>(['WRAP', 'OVERFLOW', 'CLIP']);
export const DataValidationCriteria = makeEnum<S['DataValidationCriteria']>([
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
]);

type C = typeof GoogleAppsScript.Charts;

export const ChartType = makeEnum<C['ChartType']>([
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM',
  'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
]);
export const ChartPosition = makeEnum<C['Position']>(['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
// Added for the table charts (src/addon/charts.ts), whose data columns are hidden.
export const ChartHiddenDimensionStrategy = makeEnum<C['ChartHiddenDimensionStrategy']>([
  'IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH',
]);

type B = typeof GoogleAppsScript.Base;

export const Button = makeEnum<B['Button']>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum<B['ButtonSet']>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

export const AuthMode = makeEnum<typeof GoogleAppsScript.Script.AuthMode>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AuthorizationStatus = makeEnum<typeof GoogleAppsScript.Script.AuthorizationStatus>(['REQUIRED', 'NOT_REQUIRED']);
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

type H = typeof GoogleAppsScript.HTML;

export const SandboxMode = makeEnum<H['SandboxMode']>(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum<H['XFrameOptionsMode']>(['ALLOWALL', 'DEFAULT']);
