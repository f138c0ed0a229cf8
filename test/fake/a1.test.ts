import { columnLetters, columnNumber, parseA1, resolveA1, toA1 } from './a1';
import { createFakeGas } from './index';

describe('A1 parsing', () => {
  test('column letters both ways', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(['A', 'z', 'AA', 'AZ', 'AAA'].map(columnNumber)).toEqual([1, 26, 27, 52, 703]);
  });

  test.each([
    ['B2', { row: 2, col: 2, numRows: 1, numCols: 1 }],
    ['a1:c3', { row: 1, col: 1, numRows: 3, numCols: 3 }],
    ['$A$1:$B$2', { row: 1, col: 1, numRows: 2, numCols: 2 }],
    ['C3:A1', { row: 1, col: 1, numRows: 3, numCols: 3 }],
    ['A:C', { row: 1, col: 1, numRows: 1000, numCols: 3 }],
    ['2:5', { row: 2, col: 1, numRows: 4, numCols: 26 }],
    ['A2:C', { row: 2, col: 1, numRows: 999, numCols: 3 }],
  ])('%s', (a1, rect) => {
    const ref = parseA1(a1);
    expect(ref).not.toBeNull();
    expect(resolveA1(ref!, 1000, 26)).toEqual(rect);
  });

  test('sheet prefixes, quoted or not', () => {
    expect(parseA1('Data!A1')?.sheetName).toBe('Data');
    expect(parseA1("'Tabel 1'!A1:B2")?.sheetName).toBe('Tabel 1');
    expect(parseA1("'Kader''s list'!A1")?.sheetName).toBe("Kader's list");
  });

  test.each(['', 'A', '1', 'A0', 'A:B1', 'A1:B2:C3', '1A', 'A1:3', 'Ä1'])('%j is not A1', (a1) => {
    expect(parseA1(a1)).toBeNull();
  });

  test('toA1 gives the notation getA1Notation returns', () => {
    expect(toA1({ row: 1, col: 1, numRows: 1, numCols: 1 })).toBe('A1');
    expect(toA1({ row: 2, col: 3, numRows: 2, numCols: 26 })).toBe('C2:AB3');
  });
});

describe('getRange', () => {
  const fake = createFakeGas({ sheetNames: ['Data', 'Tabel 1'] });
  const sheet = fake.sheet('Data');

  test('A1 and numeric forms agree', () => {
    expect(sheet.getRange('B2:D5').getA1Notation()).toBe('B2:D5');
    expect(sheet.getRange(2, 2, 4, 3).getA1Notation()).toBe('B2:D5');
    expect(sheet.getRange(2, 2).getA1Notation()).toBe('B2');
    expect(sheet.getRange(2, 2, 3).getA1Notation()).toBe('B2:B4');
    const r = sheet.getRange('B2:D5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 2, 4, 3, 5, 4]);
  });

  test('open ranges keep their notation', () => {
    expect(sheet.getRange('A:C').getA1Notation()).toBe('A:C');
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C');
    expect(sheet.getRange('2:5').getA1Notation()).toBe('2:5');
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
  });

  test('a sheet prefix picks that sheet', () => {
    const r = fake.spreadsheet.getRange("'Tabel 1'!B2");
    expect(r.getSheet().getName()).toBe('Tabel 1');
    expect(fake.spreadsheet.getRange('C3').getSheet().getName()).toBe('Data');
  });

  test('bad references and out-of-bounds ranges throw the real messages', () => {
    expect(() => sheet.getRange('nonsense')).toThrow('Range not found');
    expect(() => fake.spreadsheet.getRange('Nope!A1')).toThrow('Range not found');
    expect(() => sheet.getRange('A1001')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });

  test('errors are named Exception, like Apps Script prints them', () => {
    expect.assertions(1);
    try {
      sheet.getRange('nonsense');
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
    }
  });
});
