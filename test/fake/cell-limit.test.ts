import { createFakeGas } from './index';

const FULL = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

describe("the spreadsheet's 10-million-cell limit", () => {
  test('inserting rows, columns or a sheet past the limit throws and changes nothing', () => {
    const fake = createFakeGas();
    // Sheet1 (1000 x 26) plus a Data sheet of 384,000 x 26: 10,010,000 cells is over, so 384,000 - 1 rows.
    fake.setSheetSize('Sheet1', 1000, 26);
    fake.seedSheet('Data', [['ID']]);
    fake.setSheetSize('Data', 383_000, 26);
    const data = fake.sheet('Data');
    const ss = fake.spreadsheet;
    expect(fake.sheetModel('Data').book.cellCount()).toBe(384_000 * 26);

    // 10,000,000 - 9,984,000 = 16,000 cells left: 615 rows of 26 fit, 616 do not.
    expect(() => data.insertRowsAfter(383_000, 616)).toThrow(FULL);
    expect(data.getMaxRows()).toBe(383_000);
    data.insertRowsAfter(383_000, 615);
    expect(data.getMaxRows()).toBe(383_615);
    expect(() => data.insertColumnsAfter(26, 1)).toThrow(FULL);
    expect(() => ss.insertSheet('Validasi')).toThrow(FULL);
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Data']);
  });

  test('appendRow that has to grow the grid is held to it too; the limit is an option', () => {
    const fake = createFakeGas({ cellLimit: 26_000 });
    const sheet = fake.sheet('Sheet1');
    fake.seedSheet('Sheet1', [['x']], { startRow: 1000 });
    expect(() => sheet.appendRow(['y'])).toThrow('above the limit of 26000 cells');
    const roomy = createFakeGas({ cellLimit: 26_026 });
    roomy.seedSheet('Sheet1', [['x']], { startRow: 1000 });
    roomy.sheet('Sheet1').appendRow(['y']);
    expect(roomy.sheet('Sheet1').getMaxRows()).toBe(1001);
  });

  test('test helpers are not held to it (a sheet can be seeded past it to model an old file)', () => {
    const fake = createFakeGas();
    fake.setSheetSize('Sheet1', 500_001, 20);
    expect(fake.sheetModel('Sheet1').book.cellCount()).toBe(10_000_020);
  });
});
