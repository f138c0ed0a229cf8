/**
 * Where things are in the Data sheet, read fresh under the lock before every write: the
 * header row (it may sit under a title, and a coordinator may have moved columns), the last
 * row, and the audit columns. A few small reads, none of which grows with the number of rows.
 */
import { cellText, HEADER_SCAN_ROWS, locateHeader, normalizeHeader, type HeaderMap, type Lang, type RawCell } from '../core';
import { AUDIT_HEADERS } from './constants';
import { unreadableMessage } from './data-problems';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Layout {
  header: HeaderMap;
  /** 1-based row of the header row. */
  headerRow: number;
  /** Sheet.getLastRow(): the last row holding anything, in any column. */
  lastRow: number;
  lastColumn: number;
  /** 0-based columns of 'Dicatat Oleh' and 'Waktu Pencatatan', when the sheet has them. */
  recordedBy?: number;
  recordedAt?: number;
}

export type LayoutOutcome = { ok: true; layout: Layout } | { ok: false; message: string };

export function readLayout(sheet: Sheet, lang: Lang): LayoutOutcome {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const top: RawCell[][] =
    lastRow === 0 || lastColumn === 0
      ? []
      : (sheet.getRange(1, 1, Math.min(lastRow, HEADER_SCAN_ROWS), lastColumn).getValues() as RawCell[][]);
  const located = locateHeader(top);
  if (!located.ok) return { ok: false, message: unreadableMessage(sheet, located.error, lang) };
  const header = located.value;
  const layout: Layout = { header, headerRow: header.headerRow, lastRow, lastColumn, ...auditColumns(top[header.headerRow - 1] ?? []) };
  return { ok: true, layout };
}

/** The 0-based columns of 'Dicatat Oleh' and 'Waktu Pencatatan' in a header row (the first of each). */
export function auditColumns(cells: readonly RawCell[]): Pick<Layout, 'recordedBy' | 'recordedAt'> {
  const out: Pick<Layout, 'recordedBy' | 'recordedAt'> = {};
  const [byHeader, atHeader] = AUDIT_HEADERS.map(normalizeHeader);
  cells.forEach((cell, col) => {
    const h = normalizeHeader(cellText(cell));
    if (h === byHeader && out.recordedBy === undefined) out.recordedBy = col;
    if (h === atHeader && out.recordedAt === undefined) out.recordedAt = col;
  });
  return out;
}
