/**
 * The harness's own LockService and Utilities.sleep, on virtual time.
 *
 * Both can block an execution. The main thread must never block, so a blocking call
 * returns a `Suspend` instead of a value: the scheduler parks the worker (it stays inside
 * `Atomics.wait`) and answers it later, when the lock is granted or the deadline passes.
 * The lock lives here and not in the fake so that it is keyed by execution, released when
 * an execution ends however it ends, and granted in an order the seeded PRNG picks
 * (Apps Script promises no FIFO order either).
 */
import { methodNames } from './handles';
import type { Outcome } from './wire';

/** Apps Script's message when waitLock gives up. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export type LockScope = 'document' | 'script';

/** A call that cannot be answered yet. The scheduler sets `wake` when it parks the worker. */
export class Suspend {
  wake: (outcome: Outcome) => void = () => undefined;

  constructor(
    readonly reason: string,
    /** Virtual time at which `expire` answers the call instead. */
    readonly deadline: number,
    readonly expire: () => Outcome,
  ) {}
}

interface Waiter {
  readonly execution: number;
  readonly grant: () => void;
}

export class LockTable {
  private readonly owners = new Map<LockScope, number>();
  private readonly waiters = new Map<LockScope, Waiter[]>();

  constructor(
    private readonly now: () => number,
    private readonly pick: (waiters: readonly Waiter[]) => Waiter,
    private readonly onGrant: (scope: LockScope, execution: number) => void,
  ) {}

  holds(scope: LockScope, execution: number): boolean {
    return this.owners.get(scope) === execution;
  }

  /** tryLock answers true/false; waitLock answers undefined or throws LOCK_TIMEOUT_MESSAGE. */
  acquire(scope: LockScope, execution: number, timeoutMs: number, kind: 'wait' | 'try'): Outcome | Suspend {
    const granted: Outcome = { ok: true, value: kind === 'try' ? true : undefined };
    const refused: Outcome = kind === 'try' ? { ok: true, value: false } : { ok: false, error: LOCK_TIMEOUT_MESSAGE };
    const owner = this.owners.get(scope);
    // Taking a lock the execution already holds succeeds at once (one release frees it).
    if (owner === undefined || owner === execution) {
      this.owners.set(scope, execution);
      return granted;
    }
    if (!(timeoutMs > 0)) return refused;
    const queue = this.waiters.get(scope) ?? [];
    this.waiters.set(scope, queue);
    const suspend: Suspend = new Suspend(`${kind}Lock(${scope})`, this.now() + timeoutMs, () => {
      this.removeWaiter(scope, waiter);
      return refused;
    });
    const waiter: Waiter = { execution, grant: () => suspend.wake(granted) };
    queue.push(waiter);
    return suspend;
  }

  release(scope: LockScope, execution: number): void {
    if (this.owners.get(scope) !== execution) return;
    this.owners.delete(scope);
    const queue = this.waiters.get(scope) ?? [];
    if (queue.length === 0) return;
    const next = this.pick(queue);
    this.removeWaiter(scope, next);
    this.owners.set(scope, next.execution);
    this.onGrant(scope, next.execution);
    next.grant();
  }

  /** An execution ended (returned, threw, or its worker died): free what it held or awaited. */
  endExecution(execution: number): void {
    for (const [scope, queue] of this.waiters) {
      this.waiters.set(scope, queue.filter((waiter) => waiter.execution !== execution));
    }
    for (const scope of [...this.owners.keys()]) this.release(scope, execution);
  }

  private removeWaiter(scope: LockScope, waiter: Waiter): void {
    const queue = this.waiters.get(scope) ?? [];
    this.waiters.set(scope, queue.filter((other) => other !== waiter));
  }
}

/** A value now, an error now, or a parked call: what a harness method hands the dispatcher. */
function answer(outcome: Outcome | Suspend): unknown {
  if (outcome instanceof Suspend) return outcome;
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}

/** What a worker's `lock` proxy stands for: one scope, seen from one execution. */
export class HarnessLock {
  constructor(
    private readonly table: LockTable,
    private readonly scope: LockScope,
    private readonly execution: number,
  ) {}

  waitLock(timeoutInMillis: number): unknown {
    return answer(this.table.acquire(this.scope, this.execution, timeoutInMillis, 'wait'));
  }

  tryLock(timeoutInMillis: number): unknown {
    return answer(this.table.acquire(this.scope, this.execution, timeoutInMillis, 'try'));
  }

  hasLock(): boolean {
    return this.table.holds(this.scope, this.execution);
  }

  releaseLock(): void {
    this.table.release(this.scope, this.execution);
  }
}

/** The LockService global of one execution. */
export class HarnessLockService {
  constructor(
    private readonly table: LockTable,
    private readonly execution: number,
  ) {}

  getDocumentLock(): HarnessLock {
    return new HarnessLock(this.table, 'document', this.execution);
  }

  getScriptLock(): HarnessLock {
    return new HarnessLock(this.table, 'script', this.execution);
  }

  getUserLock(): never {
    // Every execution here would be the same user; a user lock would prove nothing.
    throw new Error('LockService.getUserLock is not modelled by the concurrency harness');
  }
}

/**
 * The Utilities global of one execution: the fake's Utilities (if any) with `sleep` on
 * virtual time, so a test can hold a lock for "a minute" without waiting a minute.
 */
export function virtualUtilities(fake: object | undefined, now: () => number): Record<string, unknown> {
  const utilities: Record<string, unknown> = {};
  if (fake !== undefined) {
    for (const name of methodNames(fake)) {
      utilities[name] = (...args: unknown[]): unknown => {
        const member = (fake as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
        return member.apply(fake, args);
      };
    }
  }
  utilities['sleep'] = (milliseconds: number): Suspend =>
    new Suspend(`sleep(${milliseconds})`, now() + Math.max(0, milliseconds), () => ({ ok: true, value: undefined }));
  return utilities;
}
