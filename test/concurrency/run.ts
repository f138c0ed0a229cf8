/**
 * runExecutions: many Apps Script executions, truly interleaved, against one shared fake.
 *
 * Scheduling is deterministic. The scheduler only decides when every worker is quiet
 * (blocked in a service call, parked on a lock or a sleep, or idle): then it picks, with the
 * seeded PRNG, ONE worker to go on (answer its call, or start its next execution), and waits
 * until that worker is quiet again. Executions can only see one another through the
 * services, so interleaving them at service-call granularity covers every outcome that
 * running them in parallel could produce against this fake, and a seed replays one exactly.
 * Time is virtual: every step costs `msPerStep`; when everyone is parked the clock jumps to
 * the next deadline, so lock timeouts and sleeps cost no wall time.
 */
import { readFileSync } from 'node:fs';
import { dispatch, encodeReply, openExecution, type Request, type Running } from './execution';
import { HandleTable } from './handles';
import { LockTable, Suspend } from './locks';
import { createPrng, type Prng } from './prng';
import { WorkerSlot } from './worker-slot';
import type { ExecutionMeta, ExecutionResult, RunOptions, RunReport, ScriptSource } from './types';
import { messageOf, type Outcome, type WorkerMessage } from './wire';

/** Timeout message of the harness, in Apps Script's words. */
export const EXCEEDED_TIME_MESSAGE = 'Exceeded maximum execution time';

/** Wall ms a worker gets to boot and compile the script; generous, a loaded CI is slow. */
const BOOT_TIMEOUT_MS = 20_000;

type SlotState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly exec: Running }
  | { readonly kind: 'pending'; readonly exec: Running; readonly request: Request }
  | { readonly kind: 'blocked'; readonly exec: Running; readonly suspend: Suspend }
  | { readonly kind: 'woken'; readonly exec: Running; readonly outcome: Outcome };

interface Slot {
  readonly index: number;
  worker: WorkerSlot;
  state: SlotState;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export async function runExecutions(options: RunOptions): Promise<RunReport> {
  let scheduler: Scheduler | undefined;
  try {
    scheduler = new Scheduler(options);
    return await scheduler.run();
  } catch (error) {
    throw new Error(`concurrency run failed (seed ${options.seed}): ${messageOf(error)}`);
  } finally {
    await scheduler?.close();
  }
}

function loadScript(source: ScriptSource): { code: string; filename: string } {
  if ('file' in source) return { code: readFileSync(source.file, 'utf8'), filename: source.file };
  return { code: source.code, filename: source.filename ?? 'script.js' };
}

class Scheduler {
  private readonly prng: Prng;
  private readonly table = new HandleTable();
  private readonly locks: LockTable;
  private readonly script: { code: string; filename: string };
  private readonly slots: Slot[] = [];
  private readonly queue: number[];
  private readonly results: (ExecutionResult | undefined)[];
  private readonly trace: string[] = [];
  private readonly retiring: Promise<void>[] = [];
  private readonly msPerStep: number;
  private readonly maxExecutionMs: number;
  private readonly stepTimeoutMs: number;
  private readonly maxSteps: number;
  private now = 0;
  private steps = 0;
  private nextExecution = 1;
  private fatal: string | undefined;
  private wakeLoop: (() => void) | undefined;

  constructor(private readonly options: RunOptions) {
    if (!(options.concurrency >= 1)) throw new Error('concurrency must be at least 1');
    this.prng = createPrng(options.seed);
    this.locks = new LockTable(
      () => this.now,
      (waiters) => this.prng.pick(waiters),
      (scope, execution) => this.log(execution, `granted ${scope} lock`),
    );
    this.script = loadScript(options.script);
    this.queue = options.calls.map((_, index) => index);
    this.results = options.calls.map(() => undefined);
    this.msPerStep = options.msPerStep ?? 1;
    this.maxExecutionMs = options.maxExecutionMs ?? 360_000;
    this.stepTimeoutMs = options.stepTimeoutMs ?? 10_000;
    this.maxSteps = options.maxSteps ?? 1_000_000;
  }

  async run(): Promise<RunReport> {
    for (let index = 0; index < this.options.concurrency; index++) {
      const slot: Slot = { index, worker: undefined as unknown as WorkerSlot, state: { kind: 'starting' }, timer: undefined };
      this.slots.push(slot);
      this.spawn(slot);
    }
    for (;;) {
      await this.quiet();
      if (this.fatal !== undefined) throw new Error(this.fatal);
      this.expireDue();
      const ready = this.slots.filter(
        (slot) => slot.state.kind === 'pending' || slot.state.kind === 'woken' || (slot.state.kind === 'idle' && this.queue.length > 0),
      );
      if (ready.length === 0) {
        const deadlines = this.slots.flatMap((slot) => (slot.state.kind === 'blocked' ? [slot.state.suspend.deadline] : []));
        if (deadlines.length === 0) break;
        // Everyone is parked: nothing can happen before the next deadline, so jump to it.
        this.now = Math.max(this.now, Math.min(...deadlines));
        continue;
      }
      if (++this.steps > this.maxSteps) throw new Error(`more than ${this.maxSteps} steps`);
      this.now += this.msPerStep;
      this.perform(this.prng.pick(ready));
    }
    const results = this.results.map((result, call) => {
      if (result === undefined) throw new Error(`call ${call} never ran`);
      return result;
    });
    return { seed: this.options.seed, results, steps: this.steps, virtualTimeMs: this.now, trace: this.trace };
  }

  async close(): Promise<void> {
    for (const slot of this.slots) {
      clearTimeout(slot.timer);
      this.retiring.push(slot.worker.terminate());
    }
    await Promise.all(this.retiring);
  }

  private spawn(slot: Slot): void {
    slot.state = { kind: 'starting' };
    slot.worker = new WorkerSlot(this.script, {
      message: (message) => this.onMessage(slot, message),
      died: (reason) => this.onDeath(slot, reason),
    });
    this.arm(slot, BOOT_TIMEOUT_MS);
  }

  private perform(slot: Slot): void {
    const state = slot.state;
    if (state.kind === 'idle') return this.start(slot);
    if (state.kind !== 'pending' && state.kind !== 'woken') return;
    if (this.now - state.exec.startedAt > this.maxExecutionMs) {
      // Apps Script ends such an execution from outside; the script cannot catch it.
      return this.kill(slot, EXCEEDED_TIME_MESSAGE);
    }
    if (state.kind === 'woken') return this.answer(slot, state.exec, state.outcome, 'result');
    const { exec, request } = state;
    const outcome = dispatch(this.table, exec, request, (event) => this.log(exec.id, event));
    if (outcome instanceof Suspend) {
      slot.state = { kind: 'blocked', exec, suspend: outcome };
      outcome.wake = (result) => {
        if (slot.state.kind === 'blocked' && slot.state.suspend === outcome) slot.state = { kind: 'woken', exec, outcome: result };
      };
      return;
    }
    if (outcome === 'method') {
      // A property read found a method: the worker makes a stub and calls it next.
      slot.state = { kind: 'running', exec };
      this.arm(slot, this.stepTimeoutMs);
      slot.worker.reply({ ok: true, value: undefined, method: true, shapes: [] });
      return;
    }
    this.answer(slot, exec, outcome, request.type === 'call' ? request.method : request.key);
  }

  private start(slot: Slot): void {
    const call = this.queue.shift();
    const spec = call === undefined ? undefined : this.options.calls[call];
    if (call === undefined || spec === undefined) return;
    const context = { table: this.table, locks: this.locks, now: () => this.now, makeServices: this.options.makeServices };
    const { exec, command } = openExecution(context, this.nextExecution++, call, spec);
    this.log(exec.id, `start ${spec.fn} on worker ${slot.index}`);
    slot.state = { kind: 'running', exec };
    this.arm(slot, this.stepTimeoutMs);
    slot.worker.run(command);
  }

  private answer(slot: Slot, exec: Running, outcome: Outcome, method: string): void {
    slot.state = { kind: 'running', exec };
    this.arm(slot, this.stepTimeoutMs);
    slot.worker.reply(encodeReply(exec, outcome, method));
  }

  private expireDue(): void {
    for (const slot of this.slots) {
      const state = slot.state;
      if (state.kind !== 'blocked' || state.suspend.deadline > this.now) continue;
      this.log(state.exec.id, `timed out on ${state.suspend.reason}`);
      slot.state = { kind: 'woken', exec: state.exec, outcome: state.suspend.expire() };
    }
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    const state = slot.state;
    if (message.type === 'ready' && state.kind === 'starting') {
      clearTimeout(slot.timer);
      slot.state = { kind: 'idle' };
    } else if (message.type === 'fatal') {
      this.fatal = message.error;
    } else if ((message.type === 'call' || message.type === 'get') && state.kind === 'running') {
      clearTimeout(slot.timer);
      slot.state = { kind: 'pending', exec: state.exec, request: message };
    } else if (message.type === 'done' && state.kind === 'running') {
      const value = message.outcome.ok ? state.exec.codec.fromWire(message.outcome.value) : undefined;
      this.finish(slot, state.exec, message.outcome.ok ? { ok: true, value } : message.outcome, message.logs);
    } else {
      this.fatal = `worker ${slot.index} sent '${message.type}' while ${state.kind}`;
    }
    this.poke();
  }

  private onDeath(slot: Slot, reason: string): void {
    if (slot.state.kind === 'starting') this.fatal = `worker ${slot.index} failed to start: ${reason}`;
    else this.kill(slot, `Execution ended abnormally: ${reason}`);
    this.poke();
  }

  /** Ends the slot's execution (if any) with `error`, and replaces its worker. */
  private kill(slot: Slot, error: string): void {
    const state = slot.state;
    if (state.kind !== 'idle' && state.kind !== 'starting') this.finish(slot, state.exec, { ok: false, error }, []);
    this.retiring.push(slot.worker.terminate());
    this.spawn(slot);
  }

  private finish(slot: Slot, exec: Running, outcome: Outcome, logs: readonly string[]): void {
    clearTimeout(slot.timer);
    const meta: ExecutionMeta = { execution: exec.id, worker: slot.index, startedAt: exec.startedAt, endedAt: this.now, logs };
    this.results[exec.call] = outcome.ok ? { ...meta, ok: true, value: outcome.value } : { ...meta, ok: false, error: outcome.error };
    this.log(exec.id, outcome.ok ? 'end ok' : `end error: ${outcome.error}`);
    slot.state = { kind: 'idle' };
    // However the execution ended, its locks go: Apps Script releases them at its end too.
    this.locks.endExecution(exec.id);
  }

  /** Wall-clock watchdog while a worker computes (or boots): an infinite loop must not hang the run. */
  private arm(slot: Slot, ms: number): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      if (slot.state.kind === 'starting') this.fatal = `worker ${slot.index} did not start within ${ms} ms`;
      else if (slot.state.kind === 'running') {
        this.kill(slot, `Execution made no service call for ${ms} ms of wall time (an infinite loop?)`);
      }
      this.poke();
    }, ms);
  }

  private quiet(): Promise<void> {
    if (this.isQuiet()) return Promise.resolve();
    return new Promise((resolve) => {
      this.wakeLoop = resolve;
    });
  }

  private isQuiet(): boolean {
    return this.fatal !== undefined || this.slots.every((slot) => slot.state.kind !== 'running' && slot.state.kind !== 'starting');
  }

  private poke(): void {
    const wake = this.wakeLoop;
    if (wake !== undefined && this.isQuiet()) {
      this.wakeLoop = undefined;
      wake();
    }
  }

  private log(execution: number, event: string): void {
    this.trace.push(`${this.now} #${execution} ${event}`);
  }
}
