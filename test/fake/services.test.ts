import { createFakeGas, LOCK_TIMEOUT, triggerRecords } from './index';

describe('LockService in one process', () => {
  test('a second execution cannot take a held lock', () => {
    const fake = createFakeGas();
    const { LockService } = fake.globals;
    const first = LockService.getDocumentLock();
    first.waitLock(10_000);
    expect(first.hasLock()).toBe(true);

    const second = LockService.getDocumentLock();
    expect(second.hasLock()).toBe(false);
    expect(second.tryLock(500)).toBe(false);
    expect(() => second.waitLock(30_000)).toThrow(LOCK_TIMEOUT);
    // Other scopes are independent.
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);

    second.releaseLock(); // not the holder: no effect
    expect(first.hasLock()).toBe(true);
    first.releaseLock();
    expect(second.tryLock(0)).toBe(true);
    expect(fake.records.lockWaits.map((w) => [w.scope, w.ms, w.acquired])).toEqual([
      ['document', 10_000, true], ['document', 500, false], ['document', 30_000, false], ['script', 0, true], ['document', 0, true],
    ]);
  });

  test('holdLock simulates another volunteer holding the document lock', () => {
    const fake = createFakeGas();
    const release = fake.holdLock('document');
    expect(() => fake.globals.LockService.getDocumentLock().waitLock(1000)).toThrow(LOCK_TIMEOUT);
    release();
    expect(() => fake.globals.LockService.getDocumentLock().waitLock(1000)).not.toThrow();
  });
});

describe('PropertiesService', () => {
  test('three separate string stores', () => {
    const fake = createFakeGas();
    const { PropertiesService } = fake.globals;
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('surveyYear', 2006 as unknown as string).setProperties({ kelurahan: 'Cibeureum' });
    expect(doc.getProperty('surveyYear')).toBe('2006');
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({ surveyYear: '2006', kelurahan: 'Cibeureum' });
    expect(PropertiesService.getUserProperties().getProperty('surveyYear')).toBeNull();
    PropertiesService.getUserProperties().setProperty('lang', 'en');
    doc.deleteProperty('surveyYear');
    expect(fake.properties('document')).toEqual({ kelurahan: 'Cibeureum' });
    expect(fake.properties('user')).toEqual({ lang: 'en' });
    doc.setProperties({ a: '1' }, true);
    expect(doc.getKeys()).toEqual(['a']);
    expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
  });
});

describe('Ui', () => {
  test('menus are recorded with their function names', () => {
    const fake = createFakeGas({ addonName: 'Pranata' });
    const ui = fake.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Buka formulir', 'showSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('Tabel').addItem('Buat tabel', 'generateTables'))
      .addToUi();
    expect(fake.menuItems()).toEqual([
      { path: ['Pranata'], caption: 'Buka formulir', functionName: 'showSidebar' },
      { path: ['Pranata', 'Tabel'], caption: 'Buat tabel', functionName: 'generateTables' },
    ]);
    expect(fake.records.menus[0]!.addon).toBe(true);
  });

  test('alerts and prompts take scripted answers and are recorded', () => {
    const fake = createFakeGas();
    const ui = fake.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Selesai')).toBe(ui.Button.OK);
    fake.answerAlerts('NO');
    expect(ui.alert('Hapus?', 'Tabel lama akan diganti', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Lanjut?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    fake.answerAlerts('YES');
    expect(() => ui.alert('x', ui.ButtonSet.OK)).toThrow(/not a button of ButtonSet.OK/);
    expect(fake.records.alerts.slice(0, 2)).toEqual([
      { title: null, prompt: 'Selesai', buttons: 'OK', answer: 'OK' },
      { title: 'Hapus?', prompt: 'Tabel lama akan diganti', buttons: 'YES_NO', answer: 'NO' },
    ]);
    fake.answerPrompts({ text: '2006' });
    const r = ui.prompt('Tahun survei?', ui.ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['2006', ui.Button.OK]);
    expect(String(ui.Button.OK)).toBe('OK');
    expect(ui.Button.OK === ('OK' as unknown)).toBe(false); // enums are objects, as on Apps Script
  });

  test('sidebar and dialogs from HtmlService', () => {
    const fake = createFakeGas({ htmlFiles: { sidebar: '<h1>Formulir</h1>' } });
    const { HtmlService, SpreadsheetApp } = fake.globals;
    const html = HtmlService.createHtmlOutputFromFile('sidebar.html').setTitle('Pranata').setWidth(500);
    SpreadsheetApp.getUi().showSidebar(html);
    SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>x</p>').setWidth(400).setHeight(200), 'Ekspor');
    expect(fake.records.shown).toEqual([
      { kind: 'sidebar', title: 'Pranata', content: '<h1>Formulir</h1>', width: 300, height: 0 },
      { kind: 'modal', title: 'Ekspor', content: '<p>x</p>', width: 400, height: 200 },
    ]);
    expect(() => HtmlService.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
  });
});

describe('HtmlService templates', () => {
  test('scriptlets print escaped, raw, and run code', () => {
    const fake = createFakeGas({ templateScope: { include: (n: string) => `<style>${n}</style>` } });
    fake.setHtmlFile('page', "<?!= include('css') ?><? for (const x of items) { ?><li><?= x ?></li><? } ?>");
    const t = fake.globals.HtmlService.createTemplateFromFile('page');
    t.items = ['a<b', 'c'];
    expect(t.evaluate().getContent()).toBe('<style>css</style><li>a&#60;b</li><li>c</li>');
    expect(t.getRawContent()).toContain('include');
  });
});

describe('Session, ScriptApp, Utilities', () => {
  test('session values come from the options', () => {
    const fake = createFakeGas({ userEmail: 'a@b.id', activeUserLocale: 'en', timeZone: 'Asia/Makassar', scriptTimeZone: 'Asia/Jayapura' });
    const { Session } = fake.globals;
    expect([Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]).toEqual(['a@b.id', 'a@b.id']);
    expect([Session.getActiveUserLocale(), Session.getScriptTimeZone()]).toEqual(['en', 'Asia/Jayapura']);
    // Three zones: the spreadsheet's, the script's (default: appsscript.json's), jest's own.
    expect(fake.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Makassar');
    expect(createFakeGas().globals.Session.getScriptTimeZone()).toBe('Asia/Jakarta');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
  });

  test('actAs: another account in the same spreadsheet has its own user, triggers and user properties', () => {
    const fake = createFakeGas({ userEmail: 'a@b.id' });
    const { Session, ScriptApp, PropertiesService } = fake.globals;
    ScriptApp.newTrigger('h').forSpreadsheet(fake.spreadsheet).onEdit().create();
    PropertiesService.getUserProperties().setProperty('k', 'a');
    PropertiesService.getDocumentProperties().setProperty('d', 'shared');
    fake.ctx.actAs('c@d.id');
    expect([Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]).toEqual(['c@d.id', 'c@d.id']);
    // An account cannot see another's triggers, and has its own one of each kind.
    expect(ScriptApp.getUserTriggers(fake.spreadsheet)).toHaveLength(0);
    ScriptApp.newTrigger('h').forSpreadsheet(fake.spreadsheet).onEdit().create();
    expect(PropertiesService.getUserProperties().getProperty('k')).toBeNull();
    expect(PropertiesService.getDocumentProperties().getProperty('d')).toBe('shared');
    fake.ctx.actAs('a@b.id');
    expect(PropertiesService.getUserProperties().getProperty('k')).toBe('a');
    expect(ScriptApp.getUserTriggers(fake.spreadsheet)).toHaveLength(1);
    expect(triggerRecords(fake.ctx).map((t) => t.owner)).toEqual(['a@b.id', 'c@d.id']);
  });

  test('formatDate in a time zone, deterministic UUIDs, sleep records, blobs', () => {
    const fake = createFakeGas();
    const { Utilities } = fake.globals;
    const d = new Date(Date.UTC(2006, 4, 1, 20, 5, 9));
    expect(Utilities.formatDate(d, 'Asia/Jakarta', "yyyy-MM-dd'T'HH:mm:ss XXX")).toBe('2006-05-02T03:05:09 +07:00');
    expect(Utilities.formatDate(d, 'UTC', 'd MMM yyyy, EEE')).toBe('1 May 2006, Mon');
    expect(Utilities.getUuid()).toBe('00000000-0000-4000-8000-000000000001');
    expect(Utilities.getUuid()).not.toBe(Utilities.getUuid());
    Utilities.sleep(1500);
    expect(fake.records.sleeps).toEqual([1500]);
    const blob = Utilities.newBlob('halo', 'text/plain', 'a.txt');
    expect([blob.getDataAsString(), blob.getName(), blob.getContentType()]).toEqual(['halo', 'a.txt', 'text/plain']);
    expect(Utilities.base64Decode(Utilities.base64Encode('é'))).toEqual([-61, -87]);
  });

  test('ScriptApp.AuthMode and the open event', () => {
    const fake = createFakeGas({ authMode: 'LIMITED' });
    const e = fake.openEvent();
    expect(e.authMode).toBe(fake.globals.ScriptApp.AuthMode.LIMITED);
    expect(e.source.getId()).toBe(fake.spreadsheet.getId());
    expect(fake.globals.ScriptApp.getOAuthToken()).toBe('fake-oauth-token');
  });
});

describe('AuthMode.NONE', () => {
  test('only the menu can be built', () => {
    const fake = createFakeGas({ authMode: 'NONE' });
    const { SpreadsheetApp, PropertiesService, Session } = fake.globals;
    expect(fake.openEvent().authMode).toBe(fake.globals.ScriptApp.AuthMode.NONE);
    SpreadsheetApp.getUi().createAddonMenu().addItem('Mulai', 'start').addToUi();
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission to call SpreadsheetApp.getActiveSpreadsheet/);
    expect(() => PropertiesService.getDocumentProperties()).toThrow(/permission/);
    expect(() => Session.getActiveUser()).toThrow(/permission/);
    fake.setAuthMode('FULL');
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).not.toThrow();
  });
});
