import { createFakeGas } from './index';

function setup() {
  const fake = createFakeGas();
  return { fake, sheet: fake.sheet('Sheet1') };
}

describe('2-D writes must match the range, as on Google', () => {
  test('too few or too many rows', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2], [3, 4]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange('A1:B1').setValues([[1, 2], [3, 4]])).toThrow('The data has 2 but the range has 1.');
  });

  test('wrong or jagged column counts', () => {
    const { fake, sheet } = setup();
    expect(() => sheet.getRange('A1:C2').setValues([[1, 2, 3], [4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    // Nothing was written by the failed call.
    expect(fake.values('Sheet1', 'A1:C1')).toEqual([['', '', '']]);
  });

  test('the 2-D format setters check the same way', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B2');
    expect(() => range.setBackgrounds([['#fff', '#fff']])).toThrow('The number of rows in the data');
    expect(() => range.setNotes([['a'], ['b']])).toThrow('The number of columns in the data');
    expect(() => range.setNumberFormats([['0'], ['0']])).toThrow('The number of columns in the data');
    expect(() => range.setFontWeights([['bold', 'bold', 'bold'], ['bold', 'bold', 'bold']])).toThrow('columns');
  });

  test('a non-array is refused with the signature message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValues('x' as unknown as unknown[][])).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });
});

describe('Range values and formats', () => {
  test('setValue on a block fills every cell; getValue reads the top-left', () => {
    const { fake, sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(fake.values('Sheet1')).toEqual([['x', 'x'], ['x', 'x']]);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('A1:B2').getValue()).toBe(5);
  });

  test('backgrounds, fonts, number formats, notes, alignment keep per-cell state', () => {
    const { fake, sheet } = setup();
    sheet.getRange('A1:B2').setValues([['h1', 'h2'], [1, 2]]);
    sheet.getRange('A1:B1').setBackground('#DDD').setFontWeight('bold').setHorizontalAlignment('center');
    sheet.getRange('A2:B2').setNumberFormats([['0.00', '0%']]).setNotes([['catatan', null]]);
    expect(fake.backgrounds('Sheet1')).toEqual([['#dddddd', '#dddddd'], ['#ffffff', '#ffffff']]);
    expect(sheet.getRange('A1:B2').getFontWeights()).toEqual([['bold', 'bold'], ['normal', 'normal']]);
    expect(fake.numberFormats('Sheet1', 'A2:B2')).toEqual([['0.00', '0%']]);
    expect(fake.notes('Sheet1')).toEqual([['', ''], ['catatan', '']]);
    expect(sheet.getRange('B1').getHorizontalAlignment()).toBe('center');
    sheet.getRange('A1').setFontStyle('italic').setFontSize(14);
    expect(sheet.getRange('A1').getFontStyles()).toEqual([['italic']]);
    expect(sheet.getRange('A1:B1').getFontSizes()).toEqual([[14, 10]]);
  });

  test('clear() removes contents and formats but keeps notes and validation', () => {
    const { fake, sheet } = setup();
    const rule = fake.globals.SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B']).build();
    const range = sheet.getRange('A1');
    range.setValue('x').setBackground('red').setNote('n').setDataValidation(rule);
    range.clear();
    expect(range.getValue()).toBe('');
    expect(range.getBackground()).toBe('#ffffff');
    expect(range.getNote()).toBe('n');
    expect(range.getDataValidation()).not.toBeNull();
    range.clear({ validationsOnly: true });
    expect(range.getDataValidation()).toBeNull();
    range.setValue('y').setBackground('red').clear({ contentsOnly: true });
    expect([range.getValue(), range.getBackground()]).toEqual(['', '#ff0000']);
    range.clearFormat().clearNote();
    expect([range.getBackground(), range.getNote()]).toEqual(['#ffffff', '']);
  });

  test('merge keeps the top-left value; partial merges are refused', () => {
    const { fake, sheet } = setup();
    sheet.getRange('A1:B2').setValues([['kiri', 'x'], ['y', 'z']]);
    sheet.getRange('A1:B1').merge();
    expect(fake.values('Sheet1', 'A1:B1')).toEqual([['kiri', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A2').isPartOfMerge()).toBe(false);
    expect(sheet.getRange('A1:C3').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:B1']);
    expect(() => sheet.getRange('B1:C1').merge()).toThrow('You must select all cells in a merged range');
    expect(() => sheet.getRange('B1').breakApart()).toThrow('You must select all cells in a merged range');
    sheet.getRange('A1:B1').breakApart();
    expect(fake.snapshot('Sheet1').merges).toEqual([]);
    sheet.getRange('A3:C4').mergeAcross();
    expect(fake.snapshot('Sheet1').merges).toEqual(['A3:C3', 'A4:C4']);
  });

  test('data validation rules from the builder', () => {
    const { fake, sheet } = setup();
    const app = fake.globals.SpreadsheetApp;
    const rule = app.newDataValidation()
      .requireValueInList(['Aktif', 'Tidak aktif'], true)
      .setAllowInvalid(false)
      .setHelpText('Pilih status')
      .build();
    sheet.getRange('C2:C4').setDataValidation(rule);
    const got = sheet.getRange('C3').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['Aktif', 'Tidak aktif'], true]);
    expect([got.getAllowInvalid(), got.getHelpText()]).toEqual([false, 'Pilih status']);
    expect(sheet.getRange('C1:C2').getDataValidations().map((r) => r[0] === null)).toEqual([true, false]);

    const source = sheet.getRange('Z1:Z5');
    const inRange = app.newDataValidation().requireValueInRange(source).build();
    expect(inRange.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    expect((inRange.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('Z1:Z5');
    expect(() => app.newDataValidation().build()).toThrow(/no criteria/);
    expect(() => sheet.getRange('A1').setDataValidation(app.newDataValidation() as never)).toThrow(/don't match/);
  });

  test('getCell, offset, getDataRange, isBlank', () => {
    const { sheet } = setup();
    sheet.getRange('B2:C3').setValues([[1, 2], [3, 4]]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    expect(sheet.getRange('B2:C3').getCell(2, 2).getValue()).toBe(4);
    expect(sheet.getRange('B2').offset(1, 1).getA1Notation()).toBe('C3');
    expect(sheet.getRange('B2').offset(0, 0, 2, 2).getA1Notation()).toBe('B2:C3');
    expect(() => sheet.getRange('B2:C3').getCell(3, 1)).toThrow('Cell reference out of range');
    expect(sheet.getRange('D1:E5').isBlank()).toBe(true);
    expect(sheet.getRange('B2').isBlank()).toBe(false);
  });
});

describe('RangeList', () => {
  test('formats several blocks in one call', () => {
    const { fake, sheet } = setup();
    fake.calls.reset();
    sheet.getRangeList(['A1:B1', 'A3:B3']).setBackground('#eeeeee').setFontWeight('bold');
    expect(fake.backgrounds('Sheet1', 'A1:A3').map((r) => r[0])).toEqual(['#eeeeee', '#ffffff', '#eeeeee']);
    expect(fake.fontWeights('Sheet1', 'B3')).toEqual([['bold']]);
    expect(fake.calls.byMethod).toEqual({ 'Sheet.getRangeList': 1, 'RangeList.setBackground': 1, 'RangeList.setFontWeight': 1 });
    const list = sheet.getRangeList(['A1', 'C5']);
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A1', 'C5']);
    list.setNumberFormat('@').setValue('007');
    expect(fake.values('Sheet1', 'C5')).toEqual([['007']]);
  });
});
