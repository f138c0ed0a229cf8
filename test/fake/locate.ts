/**
 * A1 notation to a Range, for Sheet.getRange, Spreadsheet.getRange and getRangeList:
 * a sheet prefix picks that sheet, otherwise `sheet` (or the active sheet) is used.
 */
import { parseA1, resolveA1 } from './a1';
import type { SpreadsheetModel } from './book';
import type { FakeContext } from './context';
import type { GRange } from './gas';
import { newRange } from './range';
import type { SheetModel } from './sheet-model';

export function rangeFromA1(ctx: FakeContext, book: SpreadsheetModel, sheet: SheetModel | null, a1: string): GRange {
  if (typeof a1 !== 'string') throw ctx.error('Range not found');
  const ref = parseA1(a1);
  if (ref === null) throw ctx.error('Range not found');
  const target = ref.sheetName === null ? (sheet ?? book.activeSheet()) : book.sheetByName(ref.sheetName);
  if (target === null) throw ctx.error('Range not found');
  const rect = resolveA1(ref, target.maxRows, target.maxCols);
  return newRange(ctx, target, rect, { rows: ref.endRow === null, cols: ref.endCol === null });
}
