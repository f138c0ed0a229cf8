import { createFakeGas } from './index';

describe('developer metadata', () => {
  function setup() {
    const fake = createFakeGas({ sheetNames: ['Data'] });
    const ss = fake.spreadsheet;
    const app = fake.globals.SpreadsheetApp;
    // A user's own sheet with the same name as a generated one must not be confused with it.
    ss.insertSheet('Tabel 1');
    const generated = ss.insertSheet('Tabel 1 (Pranata)');
    generated.addDeveloperMetadata('pranata.table', 'T1');
    ss.insertSheet('Tabel 2').addDeveloperMetadata('pranata.table', 'T2', app.DeveloperMetadataVisibility.PROJECT);
    ss.addDeveloperMetadata('pranata.version', '1');
    return { fake, ss, app, generated };
  }

  test('the finder finds sheets by key and value, never by name', () => {
    const { ss } = setup();
    const found = ss.createDeveloperMetadataFinder().withKey('pranata.table').withValue('T1').find();
    expect(found).toHaveLength(1);
    const md = found[0]!;
    expect([md.getKey(), md.getValue()]).toEqual(['pranata.table', 'T1']);
    expect(md.getLocation().getSheet()!.getName()).toBe('Tabel 1 (Pranata)');
    expect(ss.createDeveloperMetadataFinder().withKey('pranata.table').find().map((m) => m.getValue())).toEqual(['T1', 'T2']);
    expect(ss.createDeveloperMetadataFinder().withKey('nope').find()).toEqual([]);
  });

  test('location types, visibility, and where getDeveloperMetadata looks', () => {
    const { fake, ss, app, generated } = setup();
    const sheetLevel = ss.createDeveloperMetadataFinder().withLocationType(app.DeveloperMetadataLocationType.SHEET).find();
    expect(sheetLevel.map((m) => m.getValue())).toEqual(['T1', 'T2']);
    const top = ss.getDeveloperMetadata();
    expect(top.map((m) => m.getKey())).toEqual(['pranata.version']);
    expect(top[0]!.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SPREADSHEET);
    expect(generated.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['T1']);
    const project = ss.createDeveloperMetadataFinder().withVisibility(app.DeveloperMetadataVisibility.PROJECT).find();
    expect(project.map((m) => m.getValue())).toEqual(['T2']);
    expect(fake.sheet('Tabel 2').createDeveloperMetadataFinder().find().map((m) => m.getValue())).toEqual(['T2']);
  });

  test('a key alone, setValue, remove, and deleting the sheet removes its metadata', () => {
    const { fake, ss, generated } = setup();
    generated.addDeveloperMetadata('pranata.generated');
    const [flag] = ss.createDeveloperMetadataFinder().withKey('pranata.generated').find();
    expect(flag!.getValue()).toBeNull();
    flag!.setValue('yes');
    expect(fake.metadata().find((m) => m.key === 'pranata.generated')).toMatchObject({ value: 'yes', sheet: 'Tabel 1 (Pranata)' });
    flag!.remove();
    expect(() => flag!.setValue('again')).toThrow('removed');
    ss.deleteSheet(ss.getSheetByName('Tabel 2')!);
    expect(fake.metadata().map((m) => m.value)).toEqual(['T1', '1']);
  });
});
