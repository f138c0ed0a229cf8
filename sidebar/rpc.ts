/*
 * Why the Apps Script types are referenced here, in a DOM-only project: the type of the
 * server's exports is computed by type-checking the server's files, and those use Apps
 * Script's globals. The reference lets `tsc -p sidebar` check them; it brings no code. The
 * sidebar itself must never call those services: test/sidebar/bundle.test.ts fails if the
 * built sidebar names one of them.
 */
/// <reference types="google-apps-script" />
/**
 * The sidebar's only door to the server: google.script.run, promisified once and typed from
 * the server's own exports (src/index.ts), so a misspelt function or a wrong argument does not
 * compile. `import type` only: no server code enters the sidebar bundle.
 */
import type * as Server from '../src/index';

type ServerModule = typeof Server;

/** Names of the server's exported functions (what google.script.run can call). */
export type ServerFunction = {
  [K in keyof ServerModule]: ServerModule[K] extends (...args: never[]) => unknown ? K : never;
}[keyof ServerModule];

type Fn<K extends ServerFunction> = ServerModule[K] extends (...args: infer A) => infer R ? { args: A; result: R } : never;

/**
 * What survives the trip: google.script.run carries JSON-like data only. A Date, a function or
 * a class instance in a server result would not arrive as such, and this type says so.
 */
export type Jsonify<T> = T extends string | number | boolean | null
  ? T
  : T extends undefined | ((...args: never[]) => unknown)
    ? never
    : T extends readonly (infer U)[]
      ? Jsonify<U>[]
      : T extends object
        ? { [K in keyof T]: Jsonify<T[K]> }
        : never;

/** Each server function as a Promise-returning one. No string index: a typo is an error. */
export type ServerApi = {
  [K in ServerFunction]: (...args: Fn<K>['args']) => Promise<Jsonify<Fn<K>['result']>>;
};

/** HtmlService's client object, as much of it as the sidebar uses. */
type Runner = {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
  withUserObject(object: unknown): Runner;
} & { [K in ServerFunction]: (...args: Fn<K>['args']) => void };

declare const google: { script: { run: Runner } };

/** Calls one server function; settles exactly once, on the success or the failure handler. */
export function call<K extends ServerFunction>(name: K, ...args: Fn<K>['args']): Promise<Jsonify<Fn<K>['result']>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Jsonify<Fn<K>['result']>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    (runner[name] as (...a: Fn<K>['args']) => void)(...args);
  });
}

/**
 * `server.submitGroup(input, clientId)` and so on, each returning a Promise. The Proxy forwards
 * any name to `call`; the ServerApi type is what limits the names and arguments to the real ones.
 */
const untypedCall = call as (name: string, ...args: unknown[]) => Promise<unknown>;
export const server: ServerApi = new Proxy({} as ServerApi, {
  get: (_target, name) => (...args: unknown[]) => untypedCall(String(name), ...args),
});
