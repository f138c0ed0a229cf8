/**
 * The value rules of cells.ts, through the API as adapters use it. Tests for formula
 * injection elsewhere rely on exactly these rules.
 */
import { createFakeGas, FORMULA_MARKER } from './index';

function setup() {
  const fake = createFakeGas({ timeZone: 'Asia/Jakarta', locale: 'id_ID' });
  const sheet = fake.sheet('Sheet1');
  return { fake, sheet };
}

describe('strings written with setValue(s) are parsed like typed input', () => {
  test('a leading = makes a formula: stored in formulas, the value is a marker', () => {
    const { fake, sheet } = setup();
    sheet.getRange('A1:B1').setValues([['=SUM(A2:A9)', '=HYPERLINK("http://x","y")']]);
    expect(fake.values('Sheet1', 'A1:B1')).toEqual([[FORMULA_MARKER, FORMULA_MARKER]]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=SUM(A2:A9)', '=HYPERLINK("http://x","y")']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(A2:A9)');
  });

  test('a leading apostrophe stores the rest as text, without the apostrophe', () => {
    const { fake, sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'=1+1", "'007", "'TRUE"]]);
    expect(fake.values('Sheet1', 'A1:C1')).toEqual([['=1+1', '007', 'TRUE']]);
    expect(fake.formulas('Sheet1', 'A1:C1')).toEqual([['', '', '']]);
  });

  test('plain numbers become numbers (leading zeros are lost)', () => {
    const { fake, sheet } = setup();
    sheet.getRange('A1:G1').setValues([['12', '-5', '+3', '12.5', '.5', '1e3', '007']]);
    expect(fake.values('Sheet1', 'A1:G1')).toEqual([[12, -5, 3, 12.5, 0.5, 1000, 7]]);
  });

  test('TRUE/FALSE become booleans, ISO dates become midnight in the spreadsheet zone', () => {
    const { fake, sheet } = setup();
    sheet.getRange('A1:C1').setValues([['true', 'FALSE', '2006-05-01']]);
    const [[t, f, d]] = fake.values('Sheet1', 'A1:C1') as [[unknown, unknown, Date]];
    expect([t, f]).toEqual([true, false]);
    expect(d).toBeInstanceOf(Date);
    // Midnight in Jakarta (+07:00) is 17:00 UTC the day before.
    expect(d.toISOString()).toBe('2006-04-30T17:00:00.000Z');
    expect(sheet.getRange('C1').getDisplayValue()).toBe('01/05/2006');
  });

  test('anything else stays text verbatim (no locale-aware parsing in the fake)', () => {
    const { fake, sheet } = setup();
    const texts = ['84,62', '50%', ' 12 ', '-foo', '+62 812', '@x', '2006-02-30', '='];
    sheet.getRange(1, 1, 1, texts.length).setValues([texts]);
    expect(fake.values('Sheet1', 'A1:H1')).toEqual([texts]);
  });

  test("with number format '@' strings are stored verbatim, formulas included", () => {
    const { fake, sheet } = setup();
    const range = sheet.getRange('A1:C1');
    range.setNumberFormat('@');
    range.setValues([['=1+1', '007', "'x"]]);
    expect(fake.values('Sheet1', 'A1:C1')).toEqual([['=1+1', '007', "'x"]]);
    expect(range.getFormulas()).toEqual([['', '', '']]);
  });

  test('numbers, booleans and Dates are stored as they are; null and undefined empty the cell', () => {
    const { fake, sheet } = setup();
    const when = new Date(Date.UTC(2020, 0, 2));
    sheet.getRange('A1:E1').setValues([[1.5, false, when, 'x', 'y']]);
    sheet.getRange('D1:E1').setValues([[null, undefined]]);
    const row = fake.values('Sheet1', 'A1:E1')[0]!;
    expect(row.slice(0, 2)).toEqual([1.5, false]);
    expect((row[2] as Date).getTime()).toBe(when.getTime());
    expect(row.slice(3)).toEqual(['', '']);
    when.setTime(0); // the cell keeps its own copy
    expect((sheet.getRange('C1').getValue() as Date).getTime()).toBe(Date.UTC(2020, 0, 2));
  });

  test('objects and arrays are refused', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValue({ a: 1 })).toThrow(/cannot write a value of type object/);
    expect(() => sheet.getRange('A1').setValues([[[1, 2]]])).toThrow(/type array/);
  });

  test('getValues returns empty strings for empty cells and fresh Date copies', () => {
    const { sheet } = setup();
    sheet.getRange('B2').setValue(new Date(0));
    const values = sheet.getRange('A1:B2').getValues();
    expect(values).toEqual([['', ''], ['', new Date(0)]]);
    (values[1]![1] as Date).setTime(5);
    expect((sheet.getRange('B2').getValue() as Date).getTime()).toBe(0);
  });

  test('appendRow parses like setValues', () => {
    const { fake, sheet } = setup();
    sheet.appendRow(['=1', '12', "'12", 'teks']);
    expect(fake.values('Sheet1')).toEqual([[FORMULA_MARKER, 12, '12', 'teks']]);
  });
});

describe('display values follow the number format and the spreadsheet locale', () => {
  test('id_ID shows a decimal comma, en_US a decimal point', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:D1');
    range.setValues([[84.615, 1234.5, 0.25, true]]);
    range.setNumberFormats([['0.00', '#,##0.0', '0.0%', 'General']]);
    expect(range.getDisplayValues()).toEqual([['84,62', '1.234,5', '25,0%', 'TRUE']]);

    const en = createFakeGas({ locale: 'en_US' });
    const r = en.sheet('Sheet1').getRange('A1:B1');
    r.setValues([[84.615, 1234.5]]);
    r.setNumberFormats([['0.00', '#,##0.0']]);
    expect(r.getDisplayValues()).toEqual([['84.62', '1,234.5']]);
  });

  test('date formats', () => {
    const { fake, sheet } = setup();
    sheet.getRange('A1').setValue('2006-05-01').setNumberFormat('yyyy-mm-dd');
    expect(fake.displayValues('Sheet1', 'A1')).toEqual([['2006-05-01']]);
  });
});
