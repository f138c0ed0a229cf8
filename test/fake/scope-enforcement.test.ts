/// <reference types="google-apps-script" />
import { createFakeGas, EXECUTION_ENDED, instrument, MANIFEST_SCOPES, type FakeContext } from '.';

const AUTH = 'https://www.googleapis.com/auth/';
const SHEETS = `${AUTH}spreadsheets.currentonly`;
const EMAIL = `${AUTH}userinfo.email`;
const FETCH = `${AUTH}script.external_request`;
const without = (...drop: string[]): string[] => MANIFEST_SCOPES.filter((s) => !drop.includes(s));

describe('the fake refuses calls outside the granted scopes (scopes.ts, from gas-types-detailed)', () => {
  it('grants the manifest\'s scopes by default: the add-on\'s calls work', () => {
    const fake = createFakeGas();
    expect(fake.grantedScopes()).toEqual([...MANIFEST_SCOPES].sort());
    fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getRange('A1').setValues([['x']]);
    expect(fake.globals.Session.getActiveUser().getEmail()).toBe('kader@example.org');
  });

  it('without userinfo.email, Session.getActiveUser throws as Apps Script does', () => {
    const fake = createFakeGas({ grantedScopes: without(EMAIL) });
    expect(() => fake.globals.Session.getActiveUser()).toThrow(
      `You do not have permission to call Session.getActiveUser. Required permissions: ${EMAIL}`);
    // Nothing else is refused.
    expect(fake.globals.Session.getActiveUserLocale()).toBe('id');
  });

  it('lists every scope that would do, and names the error Exception', () => {
    const fake = createFakeGas({ grantedScopes: without(SHEETS) });
    let error: unknown;
    try { fake.globals.SpreadsheetApp.getActiveSpreadsheet(); } catch (e) { error = e; }
    expect((error as Error).name).toBe('Exception');
    expect((error as Error).message).toBe('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: '
      + `(${AUTH}spreadsheets || ${AUTH}spreadsheets.currentonly)`);
  });

  it('covers every fake service, UrlFetchApp included', () => {
    const fake = createFakeGas({ grantedScopes: without(FETCH) });
    expect(() => fake.globals.UrlFetchApp.fetch('https://example.org/')).toThrow(/permission to call UrlFetchApp.fetch.*script.external_request/);
  });

  it('covers a fake class added later, keyed by its label, with no list to update', () => {
    class FakeGmailApp { constructor(readonly ctx: FakeContext) {} getInboxUnreadCount(): number { return 0; } }
    instrument(FakeGmailApp, 'GmailApp');
    const fake = createFakeGas();
    expect(() => new FakeGmailApp(fake.ctx).getInboxUnreadCount()).toThrow(/Required permissions: .*mail\.google\.com/);
    const mailer = createFakeGas({ oauthScopes: ['https://mail.google.com/'] });
    expect(new FakeGmailApp(mailer.ctx).getInboxUnreadCount()).toBe(0);
  });

  it('a short label that fits interfaces with different scopes must name its interface', () => {
    class FakeBody { constructor(readonly ctx: FakeContext) {} getText(): string { return ''; } }
    // 'Range' is Spreadsheet.Range and Document.Range; getRangeElements is Document's only: fine.
    class FakeDocRange { constructor(readonly ctx: FakeContext) {} getRangeElements(): unknown[] { return []; } }
    instrument(FakeDocRange, 'Range');
    expect(() => new FakeDocRange(createFakeGas().ctx).getRangeElements()).toThrow(/documents/);
    instrument(FakeBody, 'Body', 'Document.Body');
    expect(() => new FakeBody(createFakeGas().ctx).getText()).toThrow(/Required permissions: .*documents/);
  });
});

describe('granular consent: requireScopes and getAuthorizationInfo', () => {
  it('requireScopes passes when all are granted, and ends the execution with a prompt when not', () => {
    // A manifest that declares FETCH (the add-on's no longer does), granted without it.
    const fake = createFakeGas({ oauthScopes: [...MANIFEST_SCOPES, FETCH], grantedScopes: [...MANIFEST_SCOPES] });
    const app = fake.globals.ScriptApp;
    app.requireScopes(app.AuthMode.FULL, [SHEETS]);
    expect(fake.records.consentPrompts).toEqual([]);
    expect(() => app.requireScopes(app.AuthMode.FULL, [SHEETS, FETCH])).toThrow(EXECUTION_ENDED);
    expect(fake.records.consentPrompts).toEqual([[FETCH]]);
    // Declined: still missing next time.
    expect(() => app.requireScopes(app.AuthMode.FULL, [FETCH])).toThrow(EXECUTION_ENDED);
    fake.answerConsent(true);
    expect(() => app.requireScopes(app.AuthMode.FULL, [FETCH])).toThrow(EXECUTION_ENDED);
    app.requireScopes(app.AuthMode.FULL, [FETCH]);
    expect(fake.records.consentPrompts).toHaveLength(3);
  });

  it('a scope the script does not declare is an error, not a prompt', () => {
    const fake = createFakeGas();
    const app = fake.globals.ScriptApp;
    expect(() => app.requireScopes(app.AuthMode.FULL, [`${AUTH}drive`])).toThrow(/not required by the script/);
    expect(() => app.getAuthorizationInfo(app.AuthMode.FULL, [`${AUTH}drive`])).toThrow(/not required by the script/);
    expect(fake.records.consentPrompts).toEqual([]);
  });

  it('getAuthorizationInfo tells what is granted of what was asked', () => {
    const fake = createFakeGas({ grantedScopes: without(EMAIL) });
    const app = fake.globals.ScriptApp;
    const some = app.getAuthorizationInfo(app.AuthMode.FULL, [SHEETS, EMAIL]);
    expect(some.getAuthorizationStatus()).toBe(app.AuthorizationStatus.REQUIRED);
    expect(some.getAuthorizedScopes()).toEqual([SHEETS]);
    expect(some.getAuthorizationUrl()).toMatch(/^https:\/\//);
    const all = app.getAuthorizationInfo(app.AuthMode.FULL, [SHEETS]);
    expect(all.getAuthorizationStatus()).toBe(app.AuthorizationStatus.NOT_REQUIRED);
    expect(all.getAuthorizationUrl()).toBeNull();
    expect(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationStatus()).toBe(app.AuthorizationStatus.REQUIRED);
  });
});
