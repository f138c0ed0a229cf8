/**
 * A tiny main-side spreadsheet fake for the harness's own tests: one sheet over a 2-D array,
 * with the few Range methods the submit protocol needs. Made of object literals with
 * methods, like the project's fake under test/fake/, so the harness is tested against the
 * same shape of objects. It stays beside the real fake on purpose: the harness's self-tests
 * (harness, locks, submit-protocol) must not depend on the add-on or on test/fake, so a bug
 * there cannot hide a bug in the harness. The add-on's own submit runs on the real fake in
 * submit.test.ts.
 */
export interface MiniSpreadsheet {
  /** The globals a script sees, minus LockService (the harness's). */
  readonly services: Record<string, object>;
  /** Cell values, row 1 first: the shared state executions race on. */
  readonly rows: unknown[][];
  readonly sheet: object;
  /** Service calls per method name, as the performance figure on Apps Script. */
  readonly calls: Map<string, number>;
}

export function createMiniSpreadsheet(sheetName: string, header: readonly unknown[]): MiniSpreadsheet {
  const rows: unknown[][] = [[...header]];
  const calls = new Map<string, number>();
  const count = (name: string): void => {
    calls.set(name, (calls.get(name) ?? 0) + 1);
  };
  const width = (): number => Math.max(0, ...rows.map((row) => row.length));

  const range = (row: number, column: number, numRows: number, numColumns: number): object => ({
    getRow: () => row,
    getNumRows: () => numRows,
    getValues(): unknown[][] {
      count('getValues');
      return Array.from({ length: numRows }, (_, r) =>
        Array.from({ length: numColumns }, (_, c) => rows[row - 1 + r]?.[column - 1 + c] ?? ''),
      );
    },
    setValues(values: unknown[][]): object {
      count('setValues');
      if (values.length !== numRows) {
        throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`);
      }
      values.forEach((line, r) => {
        if (line.length !== numColumns) {
          throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`);
        }
        const target = row - 1 + r;
        while (rows.length <= target) rows.push([]);
        const cells = rows[target] ?? [];
        line.forEach((value, c) => {
          cells[column - 1 + c] = value;
        });
        rows[target] = cells;
      });
      return this;
    },
  });

  const sheet = {
    getName: () => sheetName,
    getLastRow(): number {
      count('getLastRow');
      let last = rows.length;
      while (last > 0 && (rows[last - 1] ?? []).every((cell) => cell === '' || cell === undefined)) last--;
      return last;
    },
    getLastColumn: () => width(),
    getRange(row: number, column: number, numRows = 1, numColumns = 1): object {
      count('getRange');
      if (row < 1 || column < 1) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
      return range(row, column, numRows, numColumns);
    },
  };

  let active: object = sheet;
  const spreadsheet = {
    getId: () => 'mini-spreadsheet',
    getSheetByName: (name: string): object | null => (name === sheetName ? sheet : null),
    getActiveSheet: () => active,
    setActiveSheet(chosen: object): object {
      active = chosen;
      return chosen;
    },
  };

  const SpreadsheetApp = {
    // An enum, read as a property (not called) by scripts.
    BorderStyle: { SOLID: 'SOLID', DASHED: 'DASHED' },
    getActive: () => spreadsheet,
    getActiveSpreadsheet: () => spreadsheet,
    flush(): void {
      count('flush');
    },
  };

  return { services: { SpreadsheetApp }, rows, sheet, calls };
}
