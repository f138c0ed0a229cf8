/**
 * Failures a test (or a developer trying the form) can inject into the preview's RPC, per
 * server function, for the next N calls:
 * - network: the request never reaches the server code (the socket is dropped);
 * - lost:    the server code runs (a row may be written) and then the reply is dropped, the
 *            time-out-after-write case the client id protects against;
 * - error:   the server code is not run and the call fails as a thrown server exception;
 * - delay:   the call waits `ms` before running (to press a button twice during a save).
 */
export type Fault =
  | { kind: 'network' }
  | { kind: 'lost' }
  | { kind: 'error'; message: string }
  | { kind: 'delay'; ms: number };

export class Faults {
  private readonly queue = new Map<string, Fault[]>();

  /** The next `times` calls of `name` meet `fault` (after any already queued). */
  add(name: string, fault: Fault, times = 1): void {
    const q = this.queue.get(name) ?? [];
    for (let i = 0; i < times; i++) q.push(fault);
    this.queue.set(name, q);
  }

  /** The fault for this call of `name`, if one is queued (consumed). */
  take(name: string): Fault | undefined {
    return this.queue.get(name)?.shift();
  }

  clear(): void {
    this.queue.clear();
  }
}
