/// <reference types="google-apps-script" />
/**
 * Utilities: formatDate (a SimpleDateFormat subset, dates.ts), deterministic UUIDs, sleep
 * that only records how long the code asked to wait, blobs and base64.
 */
import { newBlob } from './blob';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { formatDate } from './dates';
import { isDate } from './cells';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type Utilities = GoogleAppsScript.Utilities.Utilities;
type Blob = GoogleAppsScript.Base.Blob;

function toBuffer(data: string | number[]): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(Uint8Array.from(data, (b) => b & 255));
}

function signed(buffer: Buffer): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

export class FakeUtilities implements Pick<Utilities, 'formatDate' | 'getUuid' | 'sleep' | 'newBlob' | 'base64Encode'
  | 'base64Decode' | 'base64EncodeWebSafe' | 'base64DecodeWebSafe'> {
  constructor(readonly ctx: FakeContext) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date)) throw this.ctx.error("The parameters don't match the method signature for Utilities.formatDate.");
    return formatDate(date.getTime(), timeZone, format);
  }
  /** Deterministic: 00000000-0000-4000-8000-000000000001, ...0002, ... */
  getUuid(): string {
    return `00000000-0000-4000-8000-${String(this.ctx.nextId('uuid')).padStart(12, '0')}`;
  }
  /** Does not wait: records the milliseconds in records.sleeps. */
  sleep(milliseconds: number): void { this.ctx.records.sleeps.push(milliseconds); }
  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    return newBlob(this.ctx, new Uint8Array(toBuffer(data)), contentType ?? null, name ?? null);
  }
  base64Encode(data: string | number[]): string { return toBuffer(data).toString('base64'); }
  /** Like base64Encode with '-' and '_' for '+' and '/' (padding kept, as on Apps Script). */
  base64EncodeWebSafe(data: string | number[]): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] { return signed(Buffer.from(encoded, 'base64')); }
  base64DecodeWebSafe(encoded: string): number[] { return signed(Buffer.from(encoded, 'base64url')); }
}

instrument(FakeUtilities, 'Utilities');

export function newUtilities(ctx: FakeContext): Utilities { return asGas<Utilities>(new FakeUtilities(ctx)); }

export type _Check = Assert<OnlyRealMethods<FakeUtilities, Utilities>>;
