/// <reference types="google-apps-script" />
/**
 * DriveApp: files the code creates, kept in memory (what `drive.file` lets an add-on see).
 * The test's side is driveControl(ctx): the files, and a way to make the next createFile
 * fail as a full Drive or a quota would. A blob without a name becomes "Untitled".
 */
import { newBlob } from './blob';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type DriveApp = GoogleAppsScript.Drive.DriveApp;
type File = GoogleAppsScript.Drive.File;
type Blob = GoogleAppsScript.Base.Blob;
type BlobSource = GoogleAppsScript.Base.BlobSource;

/** A stored file as the test sees it. */
export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  trashed: boolean;
}

export class DriveControl {
  readonly records: DriveFileRecord[] = [];
  /** When set, the next createFile throws this message and stores nothing. */
  failNextCreate: string | null = null;

  /** Files not in the trash, in the order they were made. */
  files(): DriveFileRecord[] {
    return this.records.filter((f) => !f.trashed);
  }
}

const CONTROLS = new WeakMap<FakeContext, DriveControl>();

export function driveControl(ctx: FakeContext): DriveControl {
  let control = CONTROLS.get(ctx);
  if (control === undefined) {
    control = new DriveControl();
    CONTROLS.set(ctx, control);
  }
  return control;
}

function toUnsigned(bytes: number[]): Uint8Array {
  return Uint8Array.from(bytes, (b) => b & 255);
}

export class FakeDriveApp implements Pick<DriveApp, 'createFile' | 'getFileById'> {
  constructor(readonly ctx: FakeContext) {}

  createFile(source: BlobSource | string, content?: string, mimeType?: string): File {
    const control = driveControl(this.ctx);
    let record: DriveFileRecord;
    const id = `fake-drive-file-${this.ctx.nextId('driveFile')}`;
    if (typeof source === 'string') {
      if (content === undefined) throw this.ctx.error("The parameters (String) don't match the method signature for DriveApp.createFile.");
      record = { id, name: source, mimeType: mimeType ?? 'text/plain', bytes: new Uint8Array(Buffer.from(content, 'utf8')), trashed: false };
    } else {
      if (typeof source?.getBlob !== 'function') {
        throw this.ctx.error(`The parameters (${typeof source}) don't match the method signature for DriveApp.createFile.`);
      }
      const blob = source.getBlob();
      record = {
        id,
        name: blob.getName() ?? 'Untitled',
        mimeType: blob.getContentType() ?? 'application/octet-stream',
        bytes: toUnsigned(blob.getBytes()),
        trashed: false,
      };
    }
    if (control.failNextCreate !== null) {
      const message = control.failNextCreate;
      control.failNextCreate = null;
      throw this.ctx.error(message);
    }
    control.records.push(record);
    return asGas<File>(new FakeDriveFile(this.ctx, record));
  }

  getFileById(id: string): File {
    const record = driveControl(this.ctx).records.find((f) => f.id === id);
    if (record === undefined) throw this.ctx.error(`No item with the given ID could be found. (${id})`);
    return asGas<File>(new FakeDriveFile(this.ctx, record));
  }
}

export class FakeDriveFile implements Pick<File, 'getId' | 'getName' | 'setName' | 'getMimeType' | 'getSize' | 'getUrl'
  | 'getBlob' | 'getAs' | 'isTrashed' | 'setTrashed'> {
  constructor(readonly ctx: FakeContext, readonly record: DriveFileRecord) {}

  getId(): string { return this.record.id; }
  getName(): string { return this.record.name; }
  setName(name: string): File { this.record.name = name; return asGas<File>(this); }
  getMimeType(): string { return this.record.mimeType; }
  getSize(): number { return this.record.bytes.length; }
  getUrl(): string { return `https://drive.google.com/file/d/${this.record.id}/view?usp=drivesdk`; }
  getBlob(): Blob { return newBlob(this.ctx, this.record.bytes, this.record.mimeType, this.record.name); }
  getAs(contentType: string): Blob { return this.getBlob().getAs(contentType); }
  isTrashed(): boolean { return this.record.trashed; }
  setTrashed(trashed: boolean): File { this.record.trashed = trashed; return asGas<File>(this); }
}

instrument(FakeDriveApp, 'DriveApp');
instrument(FakeDriveFile, 'File');

export function newDriveApp(ctx: FakeContext): DriveApp { return asGas<DriveApp>(new FakeDriveApp(ctx)); }

export type _Checks = [
  Assert<OnlyRealMethods<FakeDriveApp, DriveApp>>,
  Assert<OnlyRealMethods<FakeDriveFile, File>>,
];
