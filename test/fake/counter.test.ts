import { createFakeGas, instrument, type FakeContext } from './index';

function rows(n: number, width: number): (string | number)[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: width }, (_, j) => (j === 0 ? `ID-${i}` : i * width + j)));
}

describe('call counting', () => {
  test('every method call of every service object counts, per Class.method', () => {
    const fake = createFakeGas();
    const { SpreadsheetApp, LockService, PropertiesService } = fake.globals;
    const lock = LockService.getDocumentLock();
    lock.waitLock(1000);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange(1, 1, 1, 2).setValues([['a', 'b']]);
    SpreadsheetApp.flush();
    lock.releaseLock();
    PropertiesService.getDocumentProperties().getProperty('x');
    expect(fake.calls.byMethod).toEqual({
      'LockService.getDocumentLock': 1, 'Lock.waitLock': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1, 'Sheet.getRange': 1, 'Range.setValues': 1, 'SpreadsheetApp.flush': 1,
      'Lock.releaseLock': 1, 'PropertiesService.getDocumentProperties': 1, 'Properties.getProperty': 1,
    });
    expect(fake.calls.total).toBe(10);
    expect(fake.calls.log.slice(0, 2)).toEqual(['LockService.getDocumentLock', 'Lock.waitLock']);
    expect(fake.calls.log.indexOf('Range.setValues')).toBeLessThan(fake.calls.log.indexOf('Lock.releaseLock'));
    expect(fake.records.flushes).toBe(1);
  });

  test('a fake method that uses other fake methods is one call', () => {
    const fake = createFakeGas();
    const sheet = fake.sheet('Sheet1');
    fake.calls.reset();
    sheet.getRange('A1:C3').setValue('x'); // setValue runs setValues inside
    sheet.getRange('A1:C3').mergeAcross(); // getCell/offset/merge inside
    expect(fake.calls.byMethod).toEqual({ 'Sheet.getRange': 2, 'Range.setValue': 1, 'Range.mergeAcross': 1 });
  });

  test('helpers count nothing; reset clears counts and log', () => {
    const fake = createFakeGas();
    fake.seedSheet('Data', rows(10, 3));
    fake.values('Data');
    fake.snapshot('Data');
    expect(fake.calls.total).toBe(0);
    fake.sheet('Data').getLastRow();
    expect(fake.calls.count('Sheet.getLastRow')).toBe(1);
    expect(fake.calls.countPrefix('Sheet.')).toBe(1);
    fake.calls.reset();
    expect([fake.calls.total, fake.calls.log, fake.calls.byMethod]).toEqual([0, [], {}]);
  });

  test('an error still leaves the counter at depth 0', () => {
    const fake = createFakeGas();
    const range = fake.sheet('Sheet1').getRange('A1:B2');
    expect(() => range.setValues([[1]])).toThrow();
    range.getValues();
    expect(fake.calls.count('Range.getValues')).toBe(1);
  });
});

describe('batched vs cell-by-cell, as the benchmark measures', () => {
  test.each([1_000, 100_000])('%i rows: one getValues and one setValues whatever the size', (n) => {
    const fake = createFakeGas();
    fake.seedSheet('Data', rows(n, 20));
    const sheet = fake.sheet('Data');
    fake.calls.reset();
    const values = sheet.getDataRange().getValues();
    expect(values).toHaveLength(n);
    const out = fake.spreadsheet.insertSheet('Out');
    fake.setSheetSize('Out', n, 20);
    out.getRange(1, 1, n, 20).setValues(values);
    expect(fake.calls.byMethod).toEqual({
      'Sheet.getDataRange': 1, 'Range.getValues': 1, 'Spreadsheet.insertSheet': 1, 'Sheet.getRange': 1, 'Range.setValues': 1,
    });
    expect(fake.values('Out', `A${n}:B${n}`)).toEqual([[`ID-${n - 1}`, (n - 1) * 20 + 1]]);
  });

  test('a cell-by-cell loop is counted call by call', () => {
    const fake = createFakeGas();
    fake.seedSheet('Data', rows(1_000, 2));
    const sheet = fake.sheet('Data');
    fake.calls.reset();
    for (let r = 1; r <= 1_000; r += 1) sheet.getRange(r, 2).setValue(0);
    expect(fake.calls.byMethod).toEqual({ 'Sheet.getRange': 1_000, 'Range.setValue': 1_000 });
  });
});

describe('extending the fake', () => {
  test('a service passed in `services` is a global and is counted', () => {
    class FakeUrlFetchApp implements Pick<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'getRequest'> {
      constructor(readonly ctx: FakeContext) {}
      getRequest(url: string): GoogleAppsScript.URL_Fetch.URLFetchRequest {
        return { url };
      }
    }
    instrument(FakeUrlFetchApp, 'UrlFetchApp');
    // UrlFetchApp needs script.external_request, which the add-on's manifest no longer declares.
    const fake = createFakeGas({
      oauthScopes: ['https://www.googleapis.com/auth/script.external_request'],
      services: { UrlFetchApp: (ctx: FakeContext) => new FakeUrlFetchApp(ctx) },
    });
    expect(fake.globals.UrlFetchApp.getRequest('https://example.org')).toEqual({ url: 'https://example.org' });
    expect(fake.calls.byMethod).toEqual({ 'UrlFetchApp.getRequest': 1 });
  });
});
