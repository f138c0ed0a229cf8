/** The additions made for the add-on's table sheets: hidden columns, borders, charts over hidden data. */
import { createFakeGas } from './index';

describe('hidden columns, borders, hidden-dimension strategy', () => {
  test('hideColumns/showColumns, and hidden columns move with inserted columns', () => {
    const fake = createFakeGas();
    const sheet = fake.sheet('Sheet1');
    sheet.hideColumns(3, 2);
    expect([3, 4, 5].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, true, false]);
    sheet.insertColumnsBefore(1, 1);
    expect([...fake.sheetModel('Sheet1').hiddenColumns].sort()).toEqual([4, 5]);
    sheet.showColumns(1, 26);
    expect(fake.sheetModel('Sheet1').hiddenColumns.size).toBe(0);
    expect(fake.calls.count('Sheet.hideColumns')).toBe(1);
  });

  test('setBorder draws outer and inner edges per cell; null keeps, false removes; clear() removes', () => {
    const fake = createFakeGas();
    const sheet = fake.sheet('Sheet1');
    sheet.getRange('B2:C3').setBorder(true, true, true, true, true, true);
    const border = fake.sheetModel('Sheet1').formats.border;
    expect(border.get(1, 1)).toBe('top left bottom right');
    expect(border.get(0, 0)).toBe('');
    sheet.getRange('B2:C3').setBorder(false, null, null, null, null, null);
    expect(border.get(1, 1)).toBe('left bottom right');
    expect(border.get(2, 1)).toBe('top left bottom right');
    sheet.clear();
    expect(border.get(2, 1)).toBe('');
  });

  test('a chart\'s hidden-dimension strategy defaults to IGNORE_ROWS (hidden columns plotted), as documented', () => {
    const fake = createFakeGas();
    const sheet = fake.sheet('Sheet1');
    const { Charts } = fake.globals;
    const range = sheet.getRange('A1:B3');
    sheet.insertChart(sheet.newChart().asBarChart().addRange(range).build());
    sheet.insertChart(sheet.newChart().asBarChart().addRange(range).setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH).build());
    expect(fake.sheetModel('Sheet1').charts.map((c) => c.hiddenDimensionStrategy)).toEqual(['IGNORE_ROWS', 'SHOW_BOTH']);
    expect(() => sheet.newChart().setHiddenDimensionStrategy('SHOW_BOTH' as never)).toThrow(/method signature/);
  });
});
