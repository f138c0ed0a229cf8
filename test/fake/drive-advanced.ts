/// <reference types="google-apps-script" />
/**
 * The Drive advanced service, v3 (`Drive.Files.create`), as far as Ekspor PDF uses it. Files
 * go into the same in-memory Drive as the fake DriveApp's (driveControl(ctx).records), and
 * `driveControl(ctx).failNextCreate` makes the next create fail here too.
 *
 * Modelled from Google's references: the advanced service takes the API's own arguments
 * (https://developers.google.com/apps-script/advanced/drive: `Drive.Files.create(file,
 * blob, { fields: "id,size" })`); files.create returns a File resource with only `kind`,
 * `id`, `name` and `mimeType` unless `fields` asks for others
 * (https://developers.google.com/workspace/drive/api/guides/fields-parameter); a file made
 * without a name is "Untitled" and without a type takes the media's
 * (https://developers.google.com/workspace/drive/api/guides/create-file). Not modelled:
 * folders (`parents`), shared drives, upload size limits, quota errors other than the
 * scripted failure, any other Files method.
 */
import type { FakeContext } from './context';
import { instrument } from './counter';
import { driveControl, type DriveFileRecord } from './drive';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Blob = GoogleAppsScript.Base.Blob;

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

function resourceOf(record: DriveFileRecord): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: record.id,
    name: record.name,
    mimeType: record.mimeType,
    size: String(record.bytes.length),
    webViewLink: `https://drive.google.com/file/d/${record.id}/view?usp=drivesdk`,
  };
}

/** Only the fields asked for (`fields: "id,name,webViewLink"`), or the API's default four. */
function pick(resource: Record<string, unknown>, fields: unknown): FileResource {
  const wanted = typeof fields === 'string' && fields.trim() !== '' ? fields.split(',').map((f) => f.trim()) : DEFAULT_FIELDS;
  return Object.fromEntries(wanted.filter((f) => f in resource).map((f) => [f, resource[f]])) as FileResource;
}

export class FakeDriveFiles implements Pick<Files, 'create'> {
  constructor(readonly ctx: FakeContext) {}

  create(resource: FileResource, mediaData?: Blob, optionalArgs?: Record<string, unknown>): FileResource {
    if (typeof resource !== 'object' || resource === null) {
      throw this.ctx.error('GoogleJsonResponseException: API call to drive.files.create failed with error: Invalid resource');
    }
    const control = driveControl(this.ctx);
    if (control.failNextCreate !== null) {
      const message = control.failNextCreate;
      control.failNextCreate = null;
      throw this.ctx.error(`GoogleJsonResponseException: API call to drive.files.create failed with error: ${message}`);
    }
    const bytes = mediaData === undefined ? new Uint8Array() : Uint8Array.from(mediaData.getBytes(), (b) => b & 255);
    const record: DriveFileRecord = {
      id: `fake-drive-file-${this.ctx.nextId('driveFile')}`,
      name: resource.name ?? 'Untitled',
      mimeType: resource.mimeType ?? mediaData?.getContentType() ?? 'application/octet-stream',
      bytes,
      trashed: false,
    };
    control.records.push(record);
    return pick(resourceOf(record), optionalArgs?.fields);
  }
}

instrument(FakeDriveFiles, 'Drive.Files');

/** The `Drive` global: only `Files` is modelled. */
export function newDriveAdvanced(ctx: FakeContext): GoogleAppsScript.Drive {
  return asGas<GoogleAppsScript.Drive>({ Files: asGas<Files>(new FakeDriveFiles(ctx)) });
}

export type _Checks = [Assert<OnlyRealMethods<FakeDriveFiles, Files>>];
