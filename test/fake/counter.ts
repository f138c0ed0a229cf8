/**
 * Service-call counting.
 *
 * On Apps Script every call into a service is a round trip, so the number of calls is
 * the performance figure that matters (DESIGN.md). `instrument` wraps every method of a
 * fake class once, on its prototype; each wrapper counts one call as 'Class.method'.
 * A fake method that calls another fake method (setValue -> setValues) is still ONE call
 * for the caller, so only the outermost call counts (a depth counter, kept per fake).
 */

import { scopedMember } from './scopes';

/** How many calls may be kept in `log`; a cell-by-cell loop over 100,000 rows stops there. */
const LOG_LIMIT = 50_000;

export class CallCounter {
  /** All counted calls since the last reset. */
  total = 0;
  /** Calls per 'Class.method', e.g. byMethod['Range.setValues']. */
  readonly byMethod: Record<string, number> = {};
  /** The counted calls in order (the first LOG_LIMIT of them), e.g. to check that waitLock came first. */
  readonly log: string[] = [];
  /** Nesting depth of fake calls now running; only depth-0 calls count. */
  depth = 0;
  /**
   * Called before each counted call with its name and the documented member it stands for
   * ('Spreadsheet.Range.setValues', or null when none needs a scope); throws to refuse it
   * (the AuthMode.NONE rule, the scopes not granted).
   */
  guard: ((name: string, member?: string | null) => void) | null = null;

  constructor() {
    // Not enumerable, so printing a fake object in a failed assertion stays short.
    Object.defineProperty(this, 'log', { enumerable: false });
  }

  reset(): void {
    this.total = 0;
    this.log.length = 0;
    for (const key of Object.keys(this.byMethod)) delete this.byMethod[key];
  }

  /** Calls of one 'Class.method' (0 when never called). */
  count(name: string): number {
    return this.byMethod[name] ?? 0;
  }

  /** Calls whose name starts with `prefix`, e.g. 'Range.' or 'Range.set'. */
  countPrefix(prefix: string): number {
    let sum = 0;
    for (const [name, n] of Object.entries(this.byMethod)) if (name.startsWith(prefix)) sum += n;
    return sum;
  }

  hit(name: string, member: string | null = null): void {
    this.guard?.(name, member);
    this.total += 1;
    this.byMethod[name] = (this.byMethod[name] ?? 0) + 1;
    if (this.log.length < LOG_LIMIT) this.log.push(name);
  }
}

/** Every fake object carries its fake's context; the wrappers find the counter there. */
export interface Counted {
  readonly ctx: { readonly calls: CallCounter };
}

type Method = (this: Counted, ...args: unknown[]) => unknown;
const WRAPPED = Symbol('fakeGasCounted');

/**
 * Wraps the methods of `cls` (its own and inherited ones) so each call is counted as
 * `${label}.${name}` and checked against the scopes its real counterpart needs (scopes.ts).
 * Call once per class, right after the class, in the class's module. `iface` names the
 * real interface ('Drive.File') when the short label is ambiguous; instrument says when.
 */
export function instrument(cls: { prototype: object }, label: string, iface?: string): void {
  const proto = cls.prototype as Record<string, unknown>;
  const names = new Set<string>();
  for (let p: object | null = proto; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) {
      const descriptor = Object.getOwnPropertyDescriptor(p, name);
      if (name !== 'constructor' && typeof descriptor?.value === 'function') names.add(name);
    }
  }
  for (const name of names) {
    const original = proto[name] as Method & { [WRAPPED]?: true };
    if (original[WRAPPED]) continue;
    const qualified = `${label}.${name}`;
    const member = scopedMember(label, name, iface);
    const wrapper = function (this: Counted, ...args: unknown[]): unknown {
      const calls = this.ctx.calls;
      if (calls.depth === 0) calls.hit(qualified, member);
      calls.depth += 1;
      try {
        return original.apply(this, args);
      } finally {
        calls.depth -= 1;
      }
    };
    Object.defineProperty(wrapper, 'name', { value: name });
    Object.defineProperty(wrapper, WRAPPED, { value: true });
    Object.defineProperty(proto, name, { value: wrapper, writable: true, configurable: true, enumerable: false });
  }
}
