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

describe('duplicated sheets', () => {
  test('duplicateActiveSheet and copyTo copy cells and the sheet\'s developer metadata (undocumented: the fake takes the worse side)', () => {
    const fake = createFakeGas();
    const data = fake.seedSheet('Data', [['ID', 'Nama'], ['a', '=1+1']]);
    data.getRange('A2').setBackground('#f7c9c5').setNote('n');
    data.addDeveloperMetadata('pranata.role', 'data');
    fake.spreadsheet.setActiveSheet(data);
    const copy = fake.spreadsheet.duplicateActiveSheet();
    expect(copy.getName()).toBe('Copy of Data');
    expect(fake.spreadsheet.getActiveSheet().getSheetId()).toBe(copy.getSheetId());
    expect(copy.getSheetId()).not.toBe(data.getSheetId());
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Data', 'Copy of Data']);
    expect([fake.values('Copy of Data'), fake.formulas('Copy of Data', 'B2'), fake.backgrounds('Copy of Data', 'A2'), fake.notes('Copy of Data', 'A2')])
      .toEqual([[['ID', 'Nama'], ['a', '#FORMULA']], [['=1+1']], [['#f7c9c5']], [['n']]]);
    expect(copy.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['pranata.role', 'data']]);
    // The copy is its own sheet: writing to it leaves the original alone.
    copy.getRange('A2').setValue('b');
    expect(fake.values('Data', 'A2')).toEqual([['a']]);
    const second = data.copyTo(fake.spreadsheet);
    expect([second.getName(), second.getIndex()]).toEqual(['Copy of Data 2', 4]);
    expect(fake.spreadsheet.createDeveloperMetadataFinder().withKey('pranata.role').find()).toHaveLength(3);
  });
});
