/**
 * What crosses between the main thread (which owns the fake services) and a worker (which
 * runs one Apps Script execution at a time). Shared by both sides; the worker bundle
 * imports it too, so it must stay free of Node-only or jest-only imports.
 */

/** Marks a reference to a main-side object inside otherwise structured-cloned data. */
export const HANDLE_KEY = '__gasHandle__';

export interface HandleRef {
  readonly [HANDLE_KEY]: number;
}

/** Method names of a handle, sent once per execution so the worker's proxy knows them. */
export type Shape = readonly [handle: number, methods: readonly string[]];

export interface RootService {
  readonly name: string;
  readonly handle: number;
}

/** Main -> worker, over parentPort: start one execution in a fresh vm context. */
export interface RunCommand {
  readonly type: 'run';
  readonly execution: number;
  readonly fn: string;
  readonly args: readonly unknown[];
  readonly roots: readonly RootService[];
  readonly shapes: readonly Shape[];
}

/** Worker -> main, over the synchronous port. `call` and `get` block until a Reply comes. */
export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'fatal'; readonly error: string }
  | { readonly type: 'call'; readonly handle: number; readonly method: string; readonly args: readonly unknown[] }
  | { readonly type: 'get'; readonly handle: number; readonly key: string }
  | { readonly type: 'done'; readonly outcome: Outcome; readonly logs: readonly string[] };

/** The result of a service call, a property read or a whole execution. */
export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** Main -> worker answer to `call` / `get`. A `get` of a method answers `{ method: true }`. */
export type Reply =
  | { readonly ok: true; readonly value: unknown; readonly method?: boolean; readonly shapes: readonly Shape[] }
  | { readonly ok: false; readonly error: string };

export interface WorkerBoot {
  readonly code: string;
  readonly filename: string;
  /** Int32Array(1) counter: the main thread bumps it and notifies after each reply. */
  readonly flag: SharedArrayBuffer;
}

export function isHandleRef(value: unknown): value is HandleRef {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[HANDLE_KEY] === 'number';
}

/**
 * True for `{}` literals and `Object.create(null)` objects from ANY realm. Values arrive
 * from other realms (structured clone, the vm context, jest's own context), so a check
 * like `proto === Object.prototype` would be wrong here.
 */
export function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Copies arrays and plain objects, replacing each value that `isLeaf` picks by `leaf(value)`;
 * other objects (Date, typed arrays, Map...) pass as they are, for structured clone to copy.
 * Both sides use it: the worker turns proxies into refs, the main thread turns fake objects
 * into refs. Throws on cycles: Apps Script's values (2-D cell arrays, options) have none.
 */
export function mapData(
  value: unknown,
  isLeaf: (value: object) => boolean,
  leaf: (value: object) => unknown,
  seen: Set<object> = new Set(),
): unknown {
  if (typeof value !== 'object' && typeof value !== 'function') return value;
  if (value === null) return value;
  if (isLeaf(value)) return leaf(value);
  if (typeof value === 'function') throw new TypeError('A function cannot be passed to or from an Apps Script service');
  if (!Array.isArray(value) && !isPlainObject(value)) return value;
  if (seen.has(value)) throw new TypeError('Cyclic data cannot be passed to or from an Apps Script service');
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item: unknown) => mapData(item, isLeaf, leaf, seen));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapData(item, isLeaf, leaf, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}

/** The message of anything thrown, from any realm (a vm context's Error is not ours). */
export function messageOf(thrown: unknown): string {
  if (typeof thrown === 'object' && thrown !== null && 'message' in thrown && typeof thrown.message === 'string') {
    return thrown.message;
  }
  return String(thrown);
}
