/** Emptying a sheet the add-on owns before it is written again: no leftovers of an earlier run. */
import { removeCharts } from './charts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Empties an owned table sheet of everything an earlier run left there. */
export function clearSheet(sheet: Sheet): { maxRows: number; maxColumns: number } {
  removeCharts(sheet);
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  const all = sheet.getRange(1, 1, maxRows, maxColumns);
  all.breakApart();
  sheet.clear();
  sheet.showColumns(1, maxColumns);
  return { maxRows, maxColumns };
}
