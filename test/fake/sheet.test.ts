import { createFakeGas, type FakeGas } from './index';

function listRule(fake: FakeGas): GoogleAppsScript.Spreadsheet.DataValidation {
  return fake.globals.SpreadsheetApp.newDataValidation().requireValueInList(['x', 'y']).build();
}

describe('Sheet structure', () => {
  test('insertRowsAfter / deleteRows move values, merges and hidden rows', () => {
    const fake = createFakeGas();
    const sheet = fake.seedSheet('Sheet1', [['h'], ['a'], ['b'], ['c']]);
    sheet.getRange('A3:B3').merge();
    sheet.hideRows(4);
    sheet.insertRowsAfter(1, 2);
    expect(fake.values('Sheet1').map((r) => r[0])).toEqual(['h', '', '', 'a', 'b', 'c']);
    expect(fake.snapshot('Sheet1').merges).toEqual(['A5:B5']);
    expect(sheet.isRowHiddenByUser(6)).toBe(true);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 3);
    expect(fake.values('Sheet1').map((r) => r[0])).toEqual(['h', 'b', 'c']);
    expect(fake.snapshot('Sheet1').merges).toEqual(['A2:B2']);
    expect(sheet.isRowHiddenByUser(3)).toBe(true);
    expect(sheet.getMaxRows()).toBe(999);
  });

  test('rows inserted after a row, or grown by appendRow, take its formats and validation, not its values or notes', () => {
    const fake = createFakeGas();
    const sheet = fake.seedSheet('Sheet1', [['h'], ['a', 'b']]);
    fake.setSheetSize('Sheet1', 2, 3);
    const rule = listRule(fake);
    sheet.getRange('A2:B2').setBackgrounds([['#f7c9c5', '#00ff00']]).setNotes([['n', '']]).setNumberFormat('@');
    sheet.getRange('B2').setDataValidation(rule);
    sheet.insertRowsAfter(2, 3);
    expect(fake.backgrounds('Sheet1', 'A3:C5')).toEqual(Array(3).fill(['#f7c9c5', '#00ff00', '#ffffff']));
    expect(fake.numberFormats('Sheet1', 'A5:B5')).toEqual([['@', '@']]);
    expect(sheet.getRange('B4').getDataValidation()).not.toBeNull();
    expect(fake.values('Sheet1', 'A3:B5')).toEqual(Array(3).fill(['', '']));
    expect(fake.notes('Sheet1', 'A3:A5')).toEqual([[''], [''], ['']]);
    // insertRowsBefore is not modelled as inheriting: its rows stay plain.
    sheet.insertRowsBefore(2, 1);
    expect(fake.backgrounds('Sheet1', 'A2')).toEqual([['#ffffff']]);
    // appendRow past the grid: the new row is formatted like the one before it.
    fake.setSheetSize('Sheet1', 6, 3);
    sheet.getRange('A6').setValue('last').setBackground('#fdebb0');
    sheet.appendRow(['new']);
    expect(fake.backgrounds('Sheet1', 'A7')).toEqual([['#fdebb0']]);
  });

  test('getLastRow counts formula cells whatever their result, and an ARRAYFORMULA spills to the last row', () => {
    const fake = createFakeGas();
    const sheet = fake.seedSheet('Sheet1', [['Nama', 'Bantu'], ['a', '=IF(A2="","",LEN(A2))']]);
    expect(sheet.getLastRow()).toBe(2);
    // A helper formula filled down to row 1000: rows 3..1000 have no data, and still count.
    sheet.getRange('B3:B1000').setFormula('=IF(A3="","",LEN(A3))');
    expect([sheet.getLastRow(), sheet.getDataRange().getNumRows()]).toEqual([1000, 1000]);
    sheet.getRange('B2:B1000').clearContent();
    expect(sheet.getLastRow()).toBe(2);
    sheet.getRange('C1').setFormula('=ARRAYFORMULA(IF(A1:A="","",LEN(A1:A)))');
    expect(sheet.getLastRow()).toBe(1000);
    expect(fake.values('Sheet1', 'C500')).toEqual([['']]);
    sheet.insertRowsAfter(1000, 10);
    expect(sheet.getLastRow()).toBe(1010);
  });

  test('deleteRows bounds and the last non-frozen rows', () => {
    const fake = createFakeGas();
    const sheet = fake.sheet('Sheet1');
    fake.setSheetSize('Sheet1', 3, 3);
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(3, 2)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(2, 2)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.deleteRow(3);
    expect(sheet.getMaxRows()).toBe(2);
  });

  test('insertColumnsAfter and deleteColumns shift cells sideways', () => {
    const fake = createFakeGas();
    const sheet = fake.seedSheet('Sheet1', [['a', 'b', 'c']]);
    sheet.insertColumnsAfter(1, 1);
    expect(fake.values('Sheet1')).toEqual([['a', '', 'b', 'c']]);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.deleteColumns(1, 2);
    expect(fake.values('Sheet1')).toEqual([['b', 'c']]);
  });

  test('appendRow writes after the last row with content and grows a full sheet', () => {
    const fake = createFakeGas();
    fake.setSheetSize('Sheet1', 2, 2);
    const sheet = fake.sheet('Sheet1');
    sheet.appendRow(['a']);
    sheet.appendRow(['b', 2]);
    sheet.appendRow(['c', 3, 'extra']);
    expect(fake.values('Sheet1')).toEqual([['a', '', ''], ['b', 2, ''], ['c', 3, 'extra']]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([3, 3]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
  });

  test('a huge sheet costs only the rows that hold something', () => {
    const fake = createFakeGas();
    const sheet = fake.seedSheet('Data', [['id', 'nama']], { maxRows: 100_000 });
    expect(sheet.getMaxRows()).toBe(100_000);
    expect(sheet.getLastRow()).toBe(1);
    sheet.getRange(100_000, 2).setValue('last');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([100_000, 2]);
    expect(sheet.getRange('B99999:B100000').getValues()).toEqual([[''], ['last']]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B100000');
  });

  test('clear variants', () => {
    const fake = createFakeGas();
    const sheet = fake.seedSheet('Sheet1', [['a', 'b']]);
    sheet.getRange('A1').setBackground('#ff0000').setNote('n');
    sheet.clear({ contentsOnly: true });
    expect(fake.values('Sheet1')).toEqual([['']]);
    expect(fake.backgrounds('Sheet1', 'A1')).toEqual([['#ff0000']]);
    sheet.clear();
    expect(fake.backgrounds('Sheet1', 'A1')).toEqual([['#ffffff']]);
    expect(fake.notes('Sheet1', 'A1')).toEqual([['n']]);
    sheet.clearNotes();
    expect(fake.notes('Sheet1', 'A1')).toEqual([['']]);
  });

  test('frozen rows, widths, autoResize, tab', () => {
    const fake = createFakeGas();
    const sheet = fake.seedSheet('Sheet1', [['Jenis kelompok', 'n'], ['Karang Taruna', 12]]);
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 2, 150);
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([1, 150, 100]);
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(sheet.getColumnWidth(2));
  });
});

describe('Spreadsheet sheets', () => {
  test('insertSheet activates the new sheet; names are unique; gids are stable', () => {
    const fake = createFakeGas({ sheetNames: ['Data'] });
    const ss = fake.spreadsheet;
    expect(ss.getSheets()[0]!.getSheetId()).toBe(0);
    const t1 = ss.insertSheet('Tabel 1');
    expect(ss.getActiveSheet().getName()).toBe('Tabel 1');
    expect(t1.getSheetId()).not.toBe(0);
    expect(ss.getSheetById(t1.getSheetId())!.getName()).toBe('Tabel 1');
    ss.insertSheet('Depan', 0);
    expect(fake.sheetNames()).toEqual(['Depan', 'Data', 'Tabel 1']);
    expect(ss.getSheetByName('Data')!.getIndex()).toBe(2);
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    expect(() => ss.insertSheet('data')).toThrow('A sheet with the name "data" already exists. Please enter another name.');
    expect(() => t1.setName('Depan')).toThrow('already exists');
    t1.setName('Tabel Satu');
    expect(ss.getSheetByName('Tabel 1')).toBeNull();
  });

  test('deleteSheet, active sheet, and the last sheet cannot go', () => {
    const fake = createFakeGas({ sheetNames: ['A', 'B'] });
    const ss = fake.spreadsheet;
    ss.setActiveSheet(ss.getSheetByName('B')!);
    expect(fake.globals.SpreadsheetApp.getActiveSheet().getName()).toBe('B');
    ss.deleteSheet(ss.getSheetByName('B')!);
    expect(ss.getActiveSheet().getName()).toBe('A');
    expect(() => ss.deleteSheet(ss.getSheetByName('A')!)).toThrow("You can't remove all the sheets in a document.");
    ss.getSheetByName('A')!.activate();
  });

  test('sheet objects are new each time: compare by id', () => {
    const fake = createFakeGas();
    const a = fake.spreadsheet.getSheetByName('Sheet1')!;
    const b = fake.spreadsheet.getActiveSheet();
    expect(a).not.toBe(b);
    expect(a.getSheetId()).toBe(b.getSheetId());
  });

  test('identity, locale, time zone, toast', () => {
    const fake = createFakeGas({ spreadsheetId: 'abc', spreadsheetName: 'Cibeureum', locale: 'id_ID', timeZone: 'Asia/Jakarta' });
    const ss = fake.spreadsheet;
    expect([ss.getId(), ss.getName(), ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['abc', 'Cibeureum', 'id_ID', 'Asia/Jakarta']);
    expect(ss.getUrl()).toContain('/d/abc/');
    ss.toast('Tabel selesai', 'Pranata');
    ss.toast('x');
    expect(fake.records.toasts).toEqual([
      { message: 'Tabel selesai', title: 'Pranata', timeoutSeconds: 5 },
      { message: 'x', title: '', timeoutSeconds: 5 },
    ]);
  });
});

describe('protections and filters', () => {
  test('sheet and range protections keep their settings', () => {
    const fake = createFakeGas({ userEmail: 'kader@example.org' });
    const app = fake.globals.SpreadsheetApp;
    const sheet = fake.sheet('Sheet1');
    const p = sheet.protect().setDescription('Tabel dibuat oleh Pranata').setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe('Tabel dibuat oleh Pranata');
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
    sheet.getRange('A1:C1').protect().setDescription('header');
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((x) => x.getRange().getA1Notation())).toEqual(['A1:C1']);
    expect(fake.spreadsheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['kader@example.org']);
    p.remove();
    expect(fake.protections('Sheet1')).toEqual([
      { type: 'RANGE', a1: 'A1:C1', description: 'header', warningOnly: false, editors: ['kader@example.org'] },
    ]);
  });

  test('one filter per sheet', () => {
    const fake = createFakeGas();
    const sheet = fake.seedSheet('Sheet1', [['a', 'b'], [1, 2]]);
    expect(sheet.getFilter()).toBeNull();
    const filter = sheet.getDataRange().createFilter();
    expect(filter.getRange().getA1Notation()).toBe('A1:B2');
    expect(() => sheet.getRange('A1').createFilter()).toThrow("You can't create a filter in a sheet that already has a filter.");
    sheet.getFilter()!.remove();
    expect(sheet.getFilter()).toBeNull();
  });
});
