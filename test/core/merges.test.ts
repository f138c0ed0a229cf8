import { keepTopLeft, mergedBlock, MergeMask, type RawCell } from '../../src/core';

describe('merged cells: the value in the top-left cell only (as Sheets gives it)', () => {
  test('A1 ranges become blocks', () => {
    expect(mergedBlock('B2:C5')).toEqual({ top: 2, left: 2, bottom: 5, right: 3 });
    expect(mergedBlock('$AA$10')).toEqual({ top: 10, left: 27, bottom: 10, right: 27 });
    expect(mergedBlock('nope')).toBeNull();
  });

  test('cells under a merge are emptied, values copied into them (exceljs) included', () => {
    const v: RawCell[][] = [
      ['ID', 'Catatan', 'Catatan'],
      ['a', 'Posyandu', 'x'],
      ['b', 'Posyandu', 'y'],
      ['c', 'Posyandu', 'z'],
    ];
    keepTopLeft(v, [mergedBlock('B1:C1')!, mergedBlock('B2:B4')!]);
    expect(v).toEqual([
      ['ID', 'Catatan', null],
      ['a', 'Posyandu', 'x'],
      ['b', null, 'y'],
      ['c', null, 'z'],
    ]);
  });

  test('streamed rows: blocks start and end as rows go by; short rows stay short', () => {
    const mask = new MergeMask([mergedBlock('A3:B4')!, mergedBlock('C1:C2')!]);
    const rows: RawCell[][] = [['1', '1', '1'], ['2', '2', '2'], ['3', '3'], ['4'], ['5', '5', '5']];
    rows.forEach((r, i) => mask.apply(r, i + 1));
    expect(rows).toEqual([['1', '1', '1'], ['2', '2', null], ['3', null], [null], ['5', '5', '5']]);
  });
});
