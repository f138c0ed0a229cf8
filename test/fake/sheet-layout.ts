/// <reference types="google-apps-script" />
/**
 * The layout half of the fake Sheet: size, inserting and deleting rows and columns,
 * frozen rows, hidden rows, column widths, tab. FakeSheet (sheet.ts) extends it; this
 * module must not import sheet.ts (the base class has to exist first).
 */
import type { FakeContext } from './context';
import { displayValue } from './display';
import { asGas, type GSheet } from './gas';
import type { SheetModel } from './sheet-model';

/** Sheets' default column width in pixels. */
const DEFAULT_WIDTH = 100;

export class SheetLayout {
  constructor(readonly ctx: FakeContext, readonly model: SheetModel) {}

  getMaxRows(): number { return this.model.maxRows; }
  getMaxColumns(): number { return this.model.maxCols; }

  /** The new rows take the formats and validation of row `afterPosition` (SheetModel.inheritRows). */
  insertRowsAfter(afterPosition: number, howMany: number): GSheet { return insertRows(this, afterPosition, howMany, true); }
  insertRowAfter(afterPosition: number): GSheet { return insertRows(this, afterPosition, 1, true); }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet { return insertRows(this, beforePosition - 1, howMany); }
  insertRowBefore(beforePosition: number): GSheet { return insertRows(this, beforePosition - 1, 1); }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet { return insertColumns(this, afterPosition, howMany); }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet { return insertColumns(this, beforePosition - 1, howMany); }

  deleteRows(rowPosition: number, howMany: number): void {
    const m = this.model;
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > m.maxRows) throw this.ctx.error('Those rows are out of bounds.');
    if (m.maxRows - howMany <= m.frozenRows) throw this.ctx.error('Sorry, it is not possible to delete all non-frozen rows.');
    m.restructure('row', rowPosition - 1, -howMany);
  }
  deleteRow(rowPosition: number): GSheet {
    this.deleteRows(rowPosition, 1);
    return asGas<GSheet>(this);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const m = this.model;
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > m.maxCols) {
      throw this.ctx.error('Those columns are out of bounds.');
    }
    if (m.maxCols - howMany <= m.frozenCols) throw this.ctx.error('Sorry, it is not possible to delete all non-frozen columns.');
    m.restructure('col', columnPosition - 1, -howMany);
  }

  setFrozenRows(rows: number): void { this.model.frozenRows = rows; }
  getFrozenRows(): number { return this.model.frozenRows; }
  setFrozenColumns(columns: number): void { this.model.frozenCols = columns; }
  getFrozenColumns(): number { return this.model.frozenCols; }

  setColumnWidth(columnPosition: number, width: number): GSheet { return this.setColumnWidths(columnPosition, 1, width); }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this.model.columnWidths.set(c, width);
    return asGas<GSheet>(this);
  }
  getColumnWidth(columnPosition: number): number { return this.model.columnWidths.get(columnPosition) ?? DEFAULT_WIDTH; }
  autoResizeColumn(columnPosition: number): GSheet { return this.autoResizeColumns(columnPosition, 1); }
  /** Width from the longest displayed text: about 7 px a character plus padding. */
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    const m = this.model;
    for (let c = startColumn; c < startColumn + numColumns; c += 1) {
      let longest = 0;
      for (let r = 0; r < m.values.extent(); r += 1) {
        const v = m.values.get(r, c - 1);
        if (v === '') continue;
        const text = displayValue(v, m.formats.numberFormat.get(r, c - 1), m.book.locale, m.book.timeZone);
        longest = Math.max(longest, text.length);
      }
      m.columnWidths.set(c, Math.max(30, longest * 7 + 12));
    }
    return asGas<GSheet>(this);
  }

  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r += 1) this.model.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r += 1) this.model.hiddenRows.delete(r);
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c += 1) this.model.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c += 1) this.model.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean { return this.model.hiddenColumns.has(columnPosition); }
  isRowHiddenByUser(rowPosition: number): boolean { return this.model.hiddenRows.has(rowPosition); }

  hideSheet(): GSheet {
    if (this.model.book.sheets.every((s) => s === this.model || s.hidden)) {
      throw this.ctx.error("You can't hide all the sheets in a document.");
    }
    this.model.hidden = true;
    return asGas<GSheet>(this);
  }
  showSheet(): GSheet {
    this.model.hidden = false;
    return asGas<GSheet>(this);
  }
  isSheetHidden(): boolean { return this.model.hidden; }
  setTabColor(color: string | null): GSheet {
    this.model.tabColor = color;
    return asGas<GSheet>(this);
  }
  getTabColor(): string | null { return this.model.tabColor; }
}

/**
 * `inherit`: the rows after `after` take its formats (insertRowsAfter). insertRowsBefore's new
 * rows are left unformatted: which row they inherit from is not modelled.
 */
function insertRows(layout: SheetLayout, after: number, howMany: number, inherit = false): GSheet {
  if (after < 0 || after > layout.model.maxRows || howMany < 1) throw layout.ctx.error('Those rows are out of bounds.');
  layout.model.book.checkRoom(howMany * layout.model.maxCols);
  layout.model.restructure('row', after, howMany);
  if (inherit && after > 0) layout.model.inheritRows(after - 1, after, howMany);
  return asGas<GSheet>(layout);
}

function insertColumns(layout: SheetLayout, after: number, howMany: number): GSheet {
  if (after < 0 || after > layout.model.maxCols || howMany < 1) throw layout.ctx.error('Those columns are out of bounds.');
  layout.model.book.checkRoom(howMany * layout.model.maxRows);
  layout.model.restructure('col', after, howMany);
  return asGas<GSheet>(layout);
}
