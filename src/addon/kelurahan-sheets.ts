/**
 * Buat Tabel's sheets per kelurahan (CODEBOOK §9), when Pengaturan asks for them and the Data
 * sheet holds several kelurahan: one owned sheet per kelurahan, "Kel. Melong", holding its nine
 * tables one under the other, as the CLI's XLSX lays out `--by kelurahan`. They come from the
 * run's one read (the Rollup's per-kelurahan tables), so their service calls do not grow with
 * the rows; they grow with the number of kelurahan (one sheet's calls each, plus the owned-sheet
 * look-ups, which read each sheet's metadata).
 *
 * Each sheet is owned under its kelurahan's key (its Kode Wilayah, else its name as the
 * roll-up matches it), so a rerun writes the same sheet in place, whatever it was renamed to;
 * a kelurahan gone from the data, or the setting turned off, loses its sheet on the next run.
 * No charts here: the total's sheets have them and Ekspor PDF draws one per table per
 * kelurahan; nine more per kelurahan (135 for Kota Cimahi's 15) would cost about ten calls
 * each and slow the spreadsheet, for charts nobody prints from these sheets.
 */
import { kelurahanHeading, normalizeLabel, ROLLUP_TABLE_ID, type KelurahanResult, type RowCounts } from '../core';
import { boxA1 } from './a1';
import { growing, SpreadsheetFull } from './capacity';
import { KELURAHAN_ROLE, SHEET_NAMES, type KelurahanRole, type SheetRole } from './constants';
import { boxRange, writeCells } from './grid-sheet';
import { ownedSheets } from './owned';
import { clearSheet } from './sheet-clear';
import { ensureOwnedSheet, sheetNames } from './sheets';
import { stackLayout, type Box, type StackLayout } from './table-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Google Sheets' longest sheet name. */
export const SHEET_NAME_MAX = 100;
/** Room kept for freeSheetName's " (Pranata 99)" after a long name. */
const SUFFIX_ROOM = 13;

const key = (k: Pick<KelurahanResult, 'kelurahan' | 'kodeWilayah'>): string => k.kodeWilayah ?? normalizeLabel(k.kelurahan);

export function kelurahanRole(k: Pick<KelurahanResult, 'kelurahan' | 'kodeWilayah'>): KelurahanRole {
  return `${KELURAHAN_ROLE}${key(k)}`;
}

const isKelurahanRole = (role: SheetRole): boolean => role.startsWith(KELURAHAN_ROLE);

/**
 * The name a new kelurahan sheet is given (freeSheetName then makes it unique among the
 * spreadsheet's names, case-free): "Kel. Melong"; with its Kode Wilayah when another kelurahan
 * of the data has the same name; no control characters; short enough for Sheets' 100.
 */
export function kelurahanSheetBase(k: KelurahanResult, all: readonly KelurahanResult[]): string {
  const same = all.filter((o) => normalizeLabel(o.kelurahan) === normalizeLabel(k.kelurahan)).length > 1;
  // eslint-disable-next-line no-control-regex
  const name = k.kelurahan.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  const code = same && k.kodeWilayah !== undefined ? ` ${k.kodeWilayah}` : '';
  const room = SHEET_NAME_MAX - SUFFIX_ROOM - SHEET_NAMES.kelurahan.length - 1 - code.length;
  return `${SHEET_NAMES.kelurahan} ${name.slice(0, room).trim()}${code}`;
}

/** Writes one kelurahan's sheet: sized to its tables (grown before it is cleared, so no room leaves it as it was). */
export function writeStackSheet(sheet: Sheet, layout: StackLayout): void {
  const height = layout.values.length;
  const width = layout.values[0]?.length ?? 1;
  const ss = sheet.getParent();
  const before = { maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns() };
  if (height > before.maxRows) growing(ss, () => (height - before.maxRows) * before.maxColumns, () => sheet.insertRowsAfter(before.maxRows, height - before.maxRows));
  if (width > before.maxColumns) growing(ss, () => (width - before.maxColumns) * Math.max(height, before.maxRows), () => sheet.insertColumnsAfter(before.maxColumns, width - before.maxColumns));
  const size = clearSheet(sheet, { maxRows: Math.max(height, before.maxRows), maxColumns: Math.max(width, before.maxColumns) });
  if (height < size.maxRows) sheet.deleteRows(height + 1, size.maxRows - height);
  writeCells(sheet, layout);
  for (const m of layout.merges) if (m.rows > 1 || m.columns > 1) boxRange(sheet, m).merge();
  // Every table's blocks styled by one call each (RangeList), not one per table.
  const a1 = (boxes: Box[]) => boxes.map(boxA1);
  sheet.getRangeList(a1(layout.tables.map((t) => t.header))).setHorizontalAlignment('center').setVerticalAlignment('middle').setWrap(true);
  sheet.getRangeList(a1(layout.tables.map((t) => t.body))).setBorder(true, true, true, true, true, true);
  sheet.getRangeList(a1(layout.tables.map((t) => t.notes))).setFontStyle('italic');
  sheet.getRange(1, 1).setFontSize(14);
  sheet.setColumnWidth(1, 36);
  sheet.setColumnWidth(2, 230);
  if (layout.tableColumns > 2) sheet.setColumnWidths(3, layout.tableColumns - 2, 64);
}

/**
 * The kelurahan sheets for `kelurahan` (none: every kelurahan sheet is removed), old ones
 * removed first (they give their cells back). Each sheet written is pushed on `written`.
 * `rollupTable` false: a Tabel K sheet of an earlier run over several kelurahan goes too (the
 * data now holds one: its old counts, stamp and chart would stand as if current), found in
 * the same lookup.
 */
export function writeKelurahanSheets(
  ss: Spreadsheet,
  kelurahan: readonly KelurahanResult[],
  stamp: (rows: RowCounts) => string,
  written: Sheet[] = [],
  rollupTable = true,
): number[] {
  const owned = ownedSheets(ss);
  const wanted = new Set<SheetRole>(kelurahan.map(kelurahanRole));
  for (const [role, sheet] of owned) {
    const stale = isKelurahanRole(role) ? !wanted.has(role) : role === ROLLUP_TABLE_ID && !rollupTable;
    if (!stale) continue;
    ss.deleteSheet(sheet);
    owned.delete(role);
  }
  if (kelurahan.length === 0) return [];
  const taken = sheetNames(ss);
  return kelurahan.map((k) => {
    const { sheet, created } = ensureOwnedSheet(ss, owned, taken, kelurahanRole(k), kelurahanSheetBase(k, kelurahan));
    try {
      writeStackSheet(sheet, stackLayout(kelurahanHeading(k), k.tables, stamp(k.rows)));
    } catch (e) {
      if (created && e instanceof SpreadsheetFull) ss.deleteSheet(sheet);
      throw e;
    }
    written.push(sheet);
    return sheet.getSheetId();
  });
}
