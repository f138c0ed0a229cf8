/**
 * Worker side: runs one Apps Script execution at a time, each in a fresh `node:vm` context
 * whose only globals are the ECMAScript ones, a console, and proxies of the services.
 *
 * A call on a proxy is synchronous, as on Apps Script: post the request on the port, then
 * block in `Atomics.wait` until the main thread bumps the shared counter, then take the
 * reply with `receiveMessageOnPort`. The worker never returns to its event loop in the
 * middle of an execution, so the main thread decides exactly when it may go on.
 *
 * This file runs in a bare Worker (esbuild bundles it; see worker-bundle.ts), not under
 * jest: it may import only Node built-ins and ./wire.
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import * as vm from 'node:vm';
import { format, types } from 'node:util';
import {
  HANDLE_KEY,
  isHandleRef,
  isPlainObject,
  mapData,
  messageOf,
  type Outcome,
  type Reply,
  type RunCommand,
  type Shape,
  type WorkerBoot,
  type WorkerMessage,
} from './wire';

interface Boot extends WorkerBoot {
  readonly port: MessagePort;
}

/** Constructors of the vm context's realm: values handed to the script are made with these. */
interface Realm {
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
}

type Request = Extract<WorkerMessage, { type: 'call' | 'get' }>;

const boot = workerData as Boot;
const counter = new Int32Array(boot.flag);

function post(message: WorkerMessage): void {
  boot.port.postMessage(message);
}

function request(message: Request): Reply {
  const before = Atomics.load(counter, 0);
  post(message);
  Atomics.wait(counter, 0, before);
  for (;;) {
    const received = receiveMessageOnPort(boot.port);
    if (received !== undefined) return received.message as Reply;
    // Woken but the reply is not visible yet: should not happen, so wait politely, not spin.
    Atomics.wait(counter, 0, Atomics.load(counter, 0), 1);
  }
}

/** One execution: its proxies, its logs, its vm context. Nothing survives to the next one. */
class Execution {
  readonly logs: string[] = [];
  private readonly proxies = new Map<number, object>();
  private readonly handles = new WeakMap<object, number>();
  private readonly methods = new Map<number, Set<string>>();

  constructor(private readonly realm: Realm) {}

  learn(shapes: readonly Shape[]): void {
    for (const [handle, names] of shapes) this.methods.set(handle, new Set(names));
  }

  /** Worker realm (structured clone) -> the context's realm, refs -> proxies. */
  importValue(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (isHandleRef(value)) return this.proxy(value[HANDLE_KEY]);
    // Recreated in the context's realm so that `instanceof Date` / `Array` hold in the script.
    if (types.isDate(value)) return new this.realm.Date(value.getTime());
    if (Array.isArray(value)) {
      const out = new this.realm.Array<unknown>();
      for (const item of value) out.push(this.importValue(item));
      return out;
    }
    if (isPlainObject(value)) {
      const out = new this.realm.Object() as Record<string, unknown>;
      for (const [key, item] of Object.entries(value)) out[key] = this.importValue(item);
      return out;
    }
    return value;
  }

  /** Script values -> wire: proxies become refs; functions cannot cross. */
  exportValue(value: unknown): unknown {
    return mapData(
      value,
      (object) => this.handles.has(object),
      (object) => ({ [HANDLE_KEY]: this.handles.get(object) }),
    );
  }

  settle(reply: Reply): unknown {
    if (!reply.ok) throw new this.realm.Error(reply.error);
    this.learn(reply.shapes);
    return this.importValue(reply.value);
  }

  call(handle: number, method: string, args: readonly unknown[]): unknown {
    let wireArgs: unknown;
    try {
      wireArgs = this.exportValue(args);
    } catch (error) {
      throw new this.realm.Error(messageOf(error));
    }
    return this.settle(request({ type: 'call', handle, method, args: wireArgs as unknown[] }));
  }

  proxy(handle: number): object {
    const known = this.proxies.get(handle);
    if (known !== undefined) return known;
    const methods = this.methods.get(handle) ?? new Set<string>();
    const stubs = new Map<string, (...args: unknown[]) => unknown>();
    const stub = (name: string): ((...args: unknown[]) => unknown) => {
      let fn = stubs.get(name);
      if (fn === undefined) {
        fn = (...args: unknown[]): unknown => this.call(handle, name, args);
        Object.defineProperty(fn, 'name', { value: name });
        stubs.set(name, fn);
      }
      return fn;
    };
    const readOnly = (): never => {
      throw new this.realm.Error('Apps Script objects cannot be modified from the script (concurrency harness)');
    };
    const proxy = new Proxy(Object.create(null) as object, {
      get: (_target, key) => {
        if (typeof key === 'symbol') return undefined;
        if (methods.has(key)) return stub(key);
        // Not a known method: an enum or other property (SpreadsheetApp.BorderStyle), or
        // a method added later. Ask the main thread; this is one more round trip.
        const reply = request({ type: 'get', handle, key });
        if (reply.ok && reply.method === true) {
          methods.add(key);
          return stub(key);
        }
        return this.settle(reply);
      },
      has: (_target, key) => typeof key === 'string' && methods.has(key),
      set: readOnly,
      defineProperty: readOnly,
      deleteProperty: readOnly,
    });
    this.proxies.set(handle, proxy);
    this.handles.set(proxy, handle);
    return proxy;
  }
}

function makeConsole(logs: string[]): Record<string, (...args: unknown[]) => void> {
  const log = (...args: unknown[]): void => {
    logs.push(format(...args));
  };
  return { log, info: log, warn: log, error: log, debug: log };
}

let script: vm.Script | undefined;

async function run(command: RunCommand, compiled: vm.Script): Promise<void> {
  const sandbox: Record<string, unknown> = {};
  const context = vm.createContext(sandbox, { codeGeneration: { strings: true, wasm: false } });
  const realm = vm.runInContext('({ Array: Array, Object: Object, Date: Date, Error: Error })', context) as Realm;
  const execution = new Execution(realm);
  let outcome: Outcome;
  try {
    execution.learn(command.shapes);
    for (const root of command.roots) sandbox[root.name] = execution.proxy(root.handle);
    sandbox['console'] = makeConsole(execution.logs);
    compiled.runInContext(context);
    const fn = sandbox[command.fn];
    // Apps Script's own words when google.script.run names a missing function.
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${command.fn}`);
    const args = execution.importValue(command.args) as unknown[];
    let value: unknown = fn(...args);
    if (types.isPromise(value)) value = await value;
    outcome = { ok: true, value: execution.exportValue(value) };
  } catch (error) {
    outcome = { ok: false, error: messageOf(error) };
  }
  post({ type: 'done', outcome, logs: execution.logs });
}

try {
  script = new vm.Script(boot.code, { filename: boot.filename });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'fatal', error: `${boot.filename}: ${messageOf(error)}` });
}

parentPort?.on('message', (command: RunCommand) => {
  if (script !== undefined) void run(command, script);
});
