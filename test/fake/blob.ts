/// <reference types="google-apps-script" />
/** A Blob: bytes, content type, name. getBytes() gives signed bytes (-128..127) as Apps Script does. */
import type { FakeContext } from './context';
import { instrument } from './counter';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type Blob = GoogleAppsScript.Base.Blob;
type Methods =
  | 'getBytes' | 'setBytes' | 'getDataAsString' | 'setDataFromString' | 'getContentType' | 'setContentType'
  | 'getName' | 'setName' | 'copyBlob' | 'getAs' | 'getBlob' | 'isGoogleType';

export class FakeBlob implements Pick<Blob, Methods> {
  constructor(
    readonly ctx: FakeContext,
    public bytes: Uint8Array,
    public contentType: string | null,
    public name: string | null,
  ) {}

  getBytes(): number[] { return Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b)); }
  setBytes(data: number[]): Blob { this.bytes = Uint8Array.from(data, (b) => b & 255); return self(this); }
  getDataAsString(): string { return Buffer.from(this.bytes).toString('utf8'); }
  setDataFromString(text: string): Blob { this.bytes = new Uint8Array(Buffer.from(text, 'utf8')); return self(this); }
  getContentType(): string | null { return this.contentType; }
  setContentType(contentType: string | null): Blob { this.contentType = contentType; return self(this); }
  getName(): string | null { return this.name; }
  setName(name: string): Blob { this.name = name; return self(this); }
  copyBlob(): Blob { return newBlob(this.ctx, this.bytes, this.contentType, this.name); }
  /** Only the identity conversion is modelled. */
  getAs(contentType: string): Blob {
    if (contentType !== this.contentType) {
      throw this.ctx.error(`FakeGas: converting ${this.contentType ?? 'a blob'} to ${contentType} is not modelled.`);
    }
    return this.copyBlob();
  }
  getBlob(): Blob { return self(this); }
  isGoogleType(): boolean { return false; }
}

function self(blob: FakeBlob): Blob {
  return asGas<Blob>(blob);
}

export function newBlob(ctx: FakeContext, bytes: Uint8Array, contentType: string | null, name: string | null): Blob {
  return asGas<Blob>(new FakeBlob(ctx, new Uint8Array(bytes), contentType, name));
}

/** A valid 1x1 PNG, standing in for any rendered chart image. */
export const TINY_PNG = new Uint8Array(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
);

instrument(FakeBlob, 'Blob');

export type _Check = Assert<OnlyRealMethods<FakeBlob, Blob>>;
