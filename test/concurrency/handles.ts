/**
 * Main side: the table of objects that workers see only as proxies, and the encoding of
 * values between the fake services and the wire.
 *
 * The fake's objects may be plain object literals with methods, so "is this a service
 * object?" cannot be a prototype check: any object with a method (other than arrays, dates
 * and the like, which travel by value) is a service object and travels as a handle.
 */
import { types } from 'node:util';
import { HANDLE_KEY, isHandleRef, isPlainObject, mapData, type HandleRef, type Shape } from './wire';

/** Function-valued properties of `object` and its prototypes, up to (not including) an Object.prototype. */
export function methodNames(object: object): string[] {
  const names = new Set<string>();
  for (let current: object | null = object; current !== null; current = Object.getPrototypeOf(current) as object | null) {
    // The last link is some realm's Object.prototype: its methods are not the service's.
    if (current !== object && Object.getPrototypeOf(current) === null) break;
    for (const name of Object.getOwnPropertyNames(current)) {
      if (name === 'constructor') continue;
      const descriptor = Object.getOwnPropertyDescriptor(current, name);
      // Only data properties: calling a getter here would run fake code out of turn.
      if (descriptor !== undefined && typeof descriptor.value === 'function') names.add(name);
    }
  }
  return [...names].sort();
}

function isValueObject(object: object): boolean {
  return (
    Array.isArray(object) ||
    types.isDate(object) ||
    types.isRegExp(object) ||
    types.isNativeError(object) ||
    types.isMap(object) ||
    types.isSet(object) ||
    types.isAnyArrayBuffer(object) ||
    ArrayBuffer.isView(object)
  );
}

/** True when `object` must stay on the main side and travel as a handle. */
export function isServiceObject(object: object): boolean {
  if (typeof object === 'function' || isValueObject(object)) return false;
  return !isPlainObject(object) || methodNames(object).length > 0;
}

export class HandleTable {
  private readonly objects = new Map<number, object>();
  private readonly ids = new Map<object, number>();
  private readonly labels = new Map<number, string>();
  private readonly shapes = new Map<number, readonly string[]>();

  /** The handle of `object`; the same object always gets the same handle. */
  ref(object: object, label: (id: number) => string): number {
    const known = this.ids.get(object);
    if (known !== undefined) return known;
    const id = this.objects.size + 1;
    this.objects.set(id, object);
    this.ids.set(object, id);
    this.labels.set(id, label(id));
    return id;
  }

  get(id: number): object {
    const object = this.objects.get(id);
    if (object === undefined) throw new Error(`Unknown handle ${id}`);
    return object;
  }

  label(id: number): string {
    return this.labels.get(id) ?? `#${id}`;
  }

  /** Method names, computed once: a fake object's methods do not change between calls. */
  shape(id: number): Shape {
    let names = this.shapes.get(id);
    if (names === undefined) {
      names = methodNames(this.get(id));
      this.shapes.set(id, names);
    }
    return [id, names];
  }
}

/**
 * Encoding for one execution: it remembers which handles that execution already knows,
 * so each handle's method list is sent to it once.
 */
export class ExecutionCodec {
  private readonly known = new Set<number>();

  constructor(private readonly table: HandleTable) {}

  /** A value for the worker plus the shapes of handles it meets for the first time. */
  toWire(value: unknown, label: (handle: number) => string): { value: unknown; shapes: Shape[] } {
    const shapes: Shape[] = [];
    const encoded = mapData(value, isServiceObject, (object) => {
      const id = this.table.ref(object, label);
      if (!this.known.has(id)) {
        this.known.add(id);
        shapes.push(this.table.shape(id));
      }
      return { [HANDLE_KEY]: id };
    });
    return { value: encoded, shapes };
  }

  /** The handle of a service object handed to the execution as a global. */
  root(service: object, name: string): { handle: number; shapes: Shape[] } {
    if (!isServiceObject(service)) throw new Error(`service ${name} must be an object with methods`);
    const wire = this.toWire(service, () => name);
    return { handle: (wire.value as HandleRef)[HANDLE_KEY], shapes: wire.shapes };
  }

  /** Refs from the worker back to the objects they stand for. */
  fromWire(value: unknown): unknown {
    return mapData(value, isHandleRef, (ref) => this.table.get((ref as HandleRef)[HANDLE_KEY]));
  }
}
