/**
 * One execution as the main thread sees it: the globals it starts with, and each of its
 * service calls applied to the real objects. The scheduler (run.ts) decides when.
 */
import { ExecutionCodec, type HandleTable } from './handles';
import { HarnessLockService, Suspend, virtualUtilities, type LockTable } from './locks';
import type { ExecutionCall, ExecutionInfo } from './types';
import { messageOf, type Outcome, type Reply, type RootService, type RunCommand, type Shape, type WorkerMessage } from './wire';

export interface Running {
  readonly id: number;
  readonly call: number;
  readonly startedAt: number;
  readonly codec: ExecutionCodec;
}

export type Request = Extract<WorkerMessage, { type: 'call' | 'get' }>;

export interface OpenContext {
  readonly table: HandleTable;
  readonly locks: LockTable;
  readonly now: () => number;
  readonly makeServices: (info: ExecutionInfo) => Record<string, object>;
}

/** Builds the execution's globals (the fake's, plus the harness's LockService and sleep). */
export function openExecution(context: OpenContext, id: number, call: number, spec: ExecutionCall): { exec: Running; command: RunCommand } {
  const exec: Running = { id, call, startedAt: context.now(), codec: new ExecutionCodec(context.table) };
  const services: Record<string, object> = { ...context.makeServices({ execution: id, call, now: context.now }) };
  services['LockService'] = new HarnessLockService(context.locks, id);
  services['Utilities'] = virtualUtilities(services['Utilities'], context.now);
  const roots: RootService[] = [];
  const shapes: Shape[] = [];
  for (const [name, service] of Object.entries(services)) {
    const root = exec.codec.root(service, name);
    roots.push({ name, handle: root.handle });
    shapes.push(...root.shapes);
  }
  const args = exec.codec.toWire(spec.args ?? [], (handle) => `arg#${handle}`);
  shapes.push(...args.shapes);
  return { exec, command: { type: 'run', execution: id, fn: spec.fn, args: args.value as unknown[], roots, shapes } };
}

/**
 * Applies one call or property read to the main-side object. A harness method that must
 * wait (a lock, a sleep) returns a Suspend; a read that finds a method answers 'method'.
 */
export function dispatch(table: HandleTable, exec: Running, request: Request, log: (event: string) => void): Outcome | Suspend | 'method' {
  const target = table.get(request.handle) as Record<string, unknown>;
  const name = request.type === 'call' ? request.method : request.key;
  const label = `${table.label(request.handle)}.${name}`;
  try {
    const member = target[name];
    if (request.type === 'get') {
      log(`get ${label}`);
      return typeof member === 'function' ? 'method' : { ok: true, value: member };
    }
    log(label);
    if (typeof member !== 'function') return { ok: false, error: `TypeError: ${label} is not a function` };
    const value: unknown = (member as (...args: unknown[]) => unknown).apply(target, exec.codec.fromWire(request.args) as unknown[]);
    if (!(value instanceof Suspend)) return { ok: true, value };
    log(`parked on ${value.reason}`);
    return value;
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/** The reply for the worker; new handles are labelled after the method that made them. */
export function encodeReply(exec: Running, outcome: Outcome, method: string): Reply {
  if (!outcome.ok) return outcome;
  try {
    const wire = exec.codec.toWire(outcome.value, (handle) => `${method}#${handle}`);
    return { ok: true, value: wire.value, shapes: wire.shapes };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}
