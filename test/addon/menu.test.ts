import { onInstall, onOpen } from '../../src/addon/menu';
import { openForm, openSettings, saveSettingsForm, type SettingsForm } from '../../src/addon/dialogs';
import { SETTINGS_KEY } from '../../src/addon/constants';
import { coreSettings, loadSettings } from '../../src/addon/settings';
import { entryPoints } from './entry-points';
import { installFake } from './env';

describe('the add-on menu', () => {
  test('in AuthMode.NONE only the menu is built, in Bahasa Indonesia', () => {
    const fake = installFake({ authMode: 'NONE', activeUserLocale: 'en' });
    onOpen(fake.openEvent());
    // Every counted call is menu building; the fake refuses anything else in NONE.
    expect(Object.keys(fake.calls.byMethod).every((m) => m === 'SpreadsheetApp.getUi' || m.startsWith('Ui.create') || m.startsWith('Menu.'))).toBe(true);
    const items = fake.menuItems();
    expect(items.map((i) => i.caption)).toEqual(['Buka Formulir', 'Siapkan Lembar Data', 'Periksa Data', 'Buat Tabel', 'Rekap Pendataan', 'Bandingkan dengan Putaran Lalu', 'Ekspor PDF', 'Pengaturan']);
    expect(fake.records.menus[0]).toMatchObject({ addon: true });
  });

  test('English menu when the user\'s locale is English', () => {
    const fake = installFake({ authMode: 'LIMITED', activeUserLocale: 'en_GB' });
    onOpen(fake.openEvent());
    expect(fake.menuItems().map((i) => i.caption)).toEqual(['Open Form', 'Set Up Data Sheet', 'Check Data', 'Make Tables', 'Survey Progress', 'Compare with the Last Round', 'Export PDF', 'Settings']);
  });

  test('Indonesian for an Indonesian locale, and when run without an event', () => {
    const fake = installFake({ activeUserLocale: 'id' });
    onOpen();
    expect(fake.menuItems()[0]!.caption).toBe('Buka Formulir');
  });

  test('onInstall shows the same menu', () => {
    const fake = installFake({ authMode: 'FULL' });
    onInstall(fake.openEvent());
    expect(fake.menuItems()).toHaveLength(8);
  });

  test('every menu item names a function that src/index.ts exports', () => {
    const fake = installFake();
    onOpen(fake.openEvent());
    const exported = entryPoints();
    expect(exported).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'checkData', 'makeTables']));
    for (const item of fake.menuItems()) expect(exported).toContain(item.functionName);
  });
});

describe('the windows', () => {
  test('openForm shows the built sidebar, 300 px wide, with its title', () => {
    const fake = installFake({ htmlFiles: { sidebar: '<p>formulir</p>' } });
    openForm();
    expect(fake.records.shown).toEqual([
      expect.objectContaining({ kind: 'sidebar', title: 'Pranata: Formulir Kelompok', width: 300, content: expect.stringContaining('formulir') }),
    ]);
  });

  test('the settings dialog shows the stored values, escaped', () => {
    const fake = installFake();
    fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify({ surveyYear: 2006, kelurahan: 'Cibeureum "<b>"' }));
    openSettings();
    const shown = fake.records.shown[0]!;
    expect(shown).toMatchObject({ kind: 'modal', title: 'Pengaturan Pranata' });
    expect(shown.content).toContain('value="Cibeureum &quot;&lt;b&gt;&quot;"');
    expect(shown.content).not.toContain('<b>');
    expect(shown.content).toContain('value="2006"');
    // The yes/no settings as checkboxes, off unless stored on.
    expect(shown.content).toContain('<input name="perKelurahan" type="checkbox">Satu set tabel per kelurahan');
    expect(shown.content).toContain('<input name="daftarInPdf" type="checkbox">Lampirkan Daftar Kelompok');
    // The script is the bundle of sidebar/settings-dialog.ts (its run in Chromium: test/injection/html.test.ts).
    expect(shown.content).toContain('.saveSettingsForm(');
    expect(shown.content).toContain('withFailureHandler');
  });

  test('saveSettingsForm stores what the dialog sends (numbers as numbers or digits)', () => {
    const fake = installFake();
    const saved = saveSettingsForm({ kelurahan: ' Cibeureum ', surveyYear: '2006', ageYears: 10, membersSmall: '10', membersLarge: 20, tenureShort: '4', tenureLong: 8, perKelurahan: true, daftarInPdf: false });
    expect(saved).toEqual({ kelurahan: 'Cibeureum', surveyYear: 2006, ageYears: 10, membersSmall: 10, membersLarge: 20, tenureShort: 4, tenureLong: 8, perKelurahan: true, daftarInPdf: false, closingPlace: '', closingOffice: '', closingName: '', closingNip: '' });
    expect(JSON.parse(fake.properties('document')[SETTINGS_KEY]!)).toEqual(saved);
  });

  test('the PDF closing block: saved when a name and a place are given, refused with the reason otherwise', () => {
    const fake = installFake();
    const block = { closingPlace: ' Cimahi ', closingOffice: 'Kepala Dinas Sosial Kota Cimahi', closingName: 'Drs. Asep  Sunandar', closingNip: '19651212 199003 1 005' };
    expect(saveSettingsForm(block)).toMatchObject({ closingPlace: 'Cimahi', closingName: 'Drs. Asep Sunandar', closingNip: '19651212 199003 1 005' });
    const stored = fake.properties('document')[SETTINGS_KEY];
    expect(() => saveSettingsForm({ ...block, closingNip: '1965' })).toThrow('NIP "1965" tidak sah: NIP terdiri dari 18 angka');
    expect(() => saveSettingsForm({ ...block, closingPlace: '' })).toThrow('perlu nama penandatangan dan tempat penandatanganan');
    expect(() => saveSettingsForm({ closingNip: '19651212 199003 1 005' })).toThrow('perlu nama penandatangan');
    // A refused form stores nothing: the earlier settings stay.
    expect(fake.properties('document')[SETTINGS_KEY]).toBe(stored);
    // The sidebar (every volunteer's browser) is not sent the signatory or the report choices.
    expect(Object.keys(coreSettings(loadSettings()))).not.toContain('closingName');
  });

  test('saveSettingsForm: thresholds out of order fall back to the defaults, nothing is thrown', () => {
    installFake();
    const saved = saveSettingsForm({ kelurahan: 'X', surveyYear: 2006, membersSmall: 30, membersLarge: 20 });
    expect(saved).toMatchObject({ membersSmall: 10, membersLarge: 20 });
    // What any page could send, whatever the type says: read as untrusted.
    expect(saveSettingsForm(null as unknown as SettingsForm)).toMatchObject({ kelurahan: '', ageYears: 10, perKelurahan: false });
    // Only true turns a yes/no setting on: "true" or 1 from a forged page does not.
    expect(saveSettingsForm({ perKelurahan: 'true', daftarInPdf: 1 })).toMatchObject({ perKelurahan: false, daftarInPdf: false });
  });
});
