/// <reference types="google-apps-script" />
/**
 * Type glue between the fake classes and @types/google-apps-script.
 *
 * Each fake class `implements Pick<Real, ...>` so its signatures follow the real service.
 * A Pick is not the whole interface, so a fake cannot be returned where the real
 * interface is the declared return type: `asGas` is the one place that says "this object
 * stands in for the real one". At run time a call outside the modelled subset fails
 * with "x.y is not a function", which the adapter tests and the bundle test surface.
 */

/** Names of the function-valued members of T. */
export type MethodNames<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

/**
 * Compile-time proof that a fake offers no method the real interface lacks, so the call
 * counter's 'Class.method' names are real API names and no adapter test can lean on a
 * fake-only method. Use as `type _ = OnlyRealMethods<FakeX, Real>` (errors when false).
 */
export type OnlyRealMethods<Fake, Real> = [Exclude<MethodNames<Fake>, keyof Real>] extends [never]
  ? true
  : { notInRealApi: Exclude<MethodNames<Fake>, keyof Real> };

/** Fails to compile unless T is `true`. */
export type Assert<T extends true> = T;

/** The fake object typed as the real service it stands in for (see the file comment). */
export function asGas<T>(fake: object): T {
  return fake as unknown as T;
}

export type Integer = GoogleAppsScript.Integer;
export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
