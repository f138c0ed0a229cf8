/** The fake's UrlFetchApp and DriveApp behave as the real ones do where the export relies on it. */
import { createFakeGas as createFake, driveControl, urlFetchControl } from '../fake';

/** The fake's UrlFetchApp and DriveApp need scopes the add-on's manifest no longer declares. */
const createFakeGas = () =>
  createFake({ oauthScopes: ['https://www.googleapis.com/auth/script.external_request', 'https://www.googleapis.com/auth/drive'] });

describe('fake UrlFetchApp', () => {
  test('records the request and answers what the test scripted, signed bytes and all', () => {
    const fake = createFakeGas();
    urlFetchControl(fake.ctx).answer({ status: 200, body: Uint8Array.from([0x25, 0xff, 0x80, 0x7f]), headers: { 'Content-Type': 'application/pdf' } });
    const res = fake.globals.UrlFetchApp.fetch('https://example.org/x?a=1', { headers: { Authorization: 'Bearer t' }, muteHttpExceptions: true });
    expect(res.getResponseCode()).toBe(200);
    expect(res.getContent()).toEqual([0x25, -1, -128, 127]);
    expect(res.getBlob().getContentType()).toBe('application/pdf');
    expect(urlFetchControl(fake.ctx).requests).toEqual([
      { url: 'https://example.org/x?a=1', method: 'get', headers: { Authorization: 'Bearer t' }, muteHttpExceptions: true, followRedirects: true },
    ]);
    expect(fake.calls.count('UrlFetchApp.fetch')).toBe(1);
  });

  test('a status >= 400 throws unless muteHttpExceptions', () => {
    const fake = createFakeGas();
    urlFetchControl(fake.ctx).answer({ status: 429, body: 'slow down' }, { status: 429 });
    expect(() => fake.globals.UrlFetchApp.fetch('https://example.org/')).toThrow(/returned code 429.*slow down/);
    expect(fake.globals.UrlFetchApp.fetch('https://example.org/', { muteHttpExceptions: true }).getResponseCode()).toBe(429);
  });

  test('with nothing scripted it refuses: the fake reaches no network', () => {
    const fake = createFakeGas();
    expect(() => fake.globals.UrlFetchApp.fetch('https://example.org/')).toThrow(/no answer scripted/);
    expect(() => fake.globals.UrlFetchApp.fetch('ftp://example.org/')).toThrow(/Invalid argument/);
  });
});

describe('fake DriveApp', () => {
  test('createFile(blob) stores the bytes, name and type; the file is found again by id', () => {
    const fake = createFakeGas();
    const blob = fake.globals.Utilities.newBlob([37, -1, 0], 'application/pdf', 'r.pdf');
    const file = fake.globals.DriveApp.createFile(blob);
    expect(file.getName()).toBe('r.pdf');
    expect(file.getMimeType()).toBe('application/pdf');
    expect(file.getSize()).toBe(3);
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`);
    expect(fake.globals.DriveApp.getFileById(file.getId()).getBlob().getBytes()).toEqual([37, -1, 0]);
    expect(driveControl(fake.ctx).files().map((f) => [f.name, Array.from(f.bytes)])).toEqual([['r.pdf', [37, 255, 0]]]);
  });

  test('failNextCreate: throws once and stores nothing', () => {
    const fake = createFakeGas();
    const drive = driveControl(fake.ctx);
    drive.failNextCreate = 'quota';
    expect(() => fake.globals.DriveApp.createFile('a.txt', 'x')).toThrow('quota');
    expect(drive.records).toEqual([]);
    fake.globals.DriveApp.createFile('a.txt', 'x');
    expect(drive.files().map((f) => f.name)).toEqual(['a.txt']);
  });

  test('trashed files are not listed', () => {
    const fake = createFakeGas();
    fake.globals.DriveApp.createFile('a.txt', 'x').setTrashed(true);
    expect(driveControl(fake.ctx).files()).toEqual([]);
  });
});
