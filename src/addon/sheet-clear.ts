/** Emptying a sheet the add-on owns before it is written again: no leftovers of an earlier run. */
import { removeCharts } from './charts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetSize {
  maxRows: number;
  maxColumns: number;
}

/** Empties an owned table sheet of everything an earlier run left there; `size`: its grid, when already read. */
export function clearSheet(sheet: Sheet, size?: SheetSize): SheetSize {
  removeCharts(sheet);
  const maxRows = size?.maxRows ?? sheet.getMaxRows();
  const maxColumns = size?.maxColumns ?? sheet.getMaxColumns();
  const all = sheet.getRange(1, 1, maxRows, maxColumns);
  all.breakApart();
  sheet.clear();
  sheet.showColumns(1, maxColumns);
  return { maxRows, maxColumns };
}
