/**
 * The five tables as an XLSX workbook: one formatted sheet per table (title, core's study
 * layout with its merged header cells, the source line) and a
 * sheet listing the issues. Every value from the data is written as a string cell, never a
 * formula: exceljs only makes a formula from a { formula } object.
 */
import ExcelJS from 'exceljs';
import { bodyCellText, cellValue, CORE_WORDS, kelurahanHeading, studyLayout, type BodyCell, type GridLayout, type Lang, type Listing, type SurveyResult } from '../core';
import { CLI_WORDS } from './words';

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const NUM_FMT: Partial<Record<BodyCell['kind'], string>> = { count: '#,##0', percent: '0.00' };

const PAGE = { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } } as const;

/** Places a grid of core's layout (a study table, or a list) from row 3 and styles it; it decides no cell of it. */
function gridSheet(wb: ExcelJS.Workbook, grid: GridLayout, name: string): void {
  const ws = wb.addWorksheet(name, PAGE);
  placeGrid(ws, grid, 1);
  columnWidths(ws, grid);
}

/** The grid's title at row `at`, its table two rows below, its notes under it; returns the row after the notes. */
function placeGrid(ws: ExcelJS.Worksheet, grid: GridLayout, at: number): number {
  const lastCol = grid.columns.length;
  ws.getCell(at, 1).value = grid.title;
  ws.getCell(at, 1).font = { bold: true, size: 12 };
  ws.mergeCells(at, 1, at, lastCol);
  const top = at + 2;
  for (let rr = top; rr < top + grid.headerRows; rr++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(rr, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = thin;
    }
  }
  for (const h of grid.header) {
    ws.getCell(top + h.row, 1 + h.col).value = h.text;
    if (h.rowSpan > 1 || h.colSpan > 1) ws.mergeCells(top + h.row, 1 + h.col, top + h.row + h.rowSpan - 1, h.col + h.colSpan);
  }
  let r = top + grid.headerRows;
  for (const row of grid.body) {
    row.cells.forEach((c, j) => {
      const cell = ws.getCell(r, j + 1);
      cell.value = cellValue(c);
      cell.border = thin;
      if (row.role === 'total') cell.font = { bold: true };
      const fmt = NUM_FMT[c.kind];
      if (fmt !== undefined) cell.numFmt = fmt;
    });
    r++;
  }
  grid.notes.forEach((line, i) => {
    ws.getCell(r + 1 + i, 1).value = line;
    ws.getCell(r + 1 + i, 1).font = { italic: true, size: 9 };
  });
  return r + 1 + grid.notes.length;
}

/** Widens the sheet's columns to what the grid needs (never narrows: several grids may share a sheet). */
function columnWidths(ws: ExcelJS.Worksheet, grid: GridLayout): void {
  const widen = (j: number, w: number): void => {
    const col = ws.getColumn(j);
    col.width = Math.max(col.width ?? 0, w);
  };
  widen(1, 5);
  const plain = { count: String, percent: String };
  grid.columns.forEach((kind, j) => {
    if (kind === 'count') widen(j + 1, 9);
    if (kind === 'percent') widen(j + 1, 8);
    if (kind === 'label') {
      const header = grid.header.find((h) => h.col === j && h.colSpan === 1)?.text ?? '';
      const texts = grid.body.filter((r) => r.role === 'category').map((r) => (r.cells[j] ? bodyCellText(r.cells[j], plain) : ''));
      widen(j + 1, Math.min(45, Math.max(16, header.length + 2, ...texts.map((x) => x.length + 2))));
    }
  });
}

function issuesSheet(wb: ExcelJS.Workbook, result: SurveyResult, lang: Lang): void {
  const w = CORE_WORDS[lang];
  const h = w.issueColumns;
  const ws = wb.addWorksheet(CLI_WORDS[lang].issuesSheet);
  // Several inputs: a column naming each issue's file (its row number is that file's).
  const files = result.issues.some((i) => i.file !== undefined);
  ws.columns = [
    ...(files ? [{ header: h.file, key: 'file', width: 24 }] : []),
    { header: h.row, key: 'row', width: 8 },
    { header: h.column, key: 'column', width: 24 },
    { header: h.value, key: 'value', width: 24 },
    { header: h.code, key: 'code', width: 18 },
    { header: h.severity, key: 'severity', width: 12 },
    { header: h.message, key: 'message', width: 90 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const i of result.issues) {
    ws.addRow({
      ...(files ? { file: i.file ?? '' } : {}),
      row: i.row,
      column: i.column,
      // The raw value as text: a cell that held "=1+1" shows those characters, it is not run.
      value: i.value === null ? '' : String(i.value),
      code: i.code,
      severity: w.severity[i.severity],
      message: i.messages[lang],
    });
  }
}

/** The study's tables, the issues, then Pranata's lists (Rekap, Daftar Kelompok) when given. */
export async function renderXlsx(result: SurveyResult, lang: Lang, listings: readonly Listing[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pranata';
  result.tables.forEach((t) => gridSheet(wb, studyLayout(t), tableSheetName(t.id)));
  const used = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  // CODEBOOK §9: one sheet per kelurahan, its nine tables one under the other.
  for (const k of result.byKelurahan ?? []) {
    const ws = wb.addWorksheet(uniqueSheetName(`Kel. ${k.kelurahan}`, used), PAGE);
    ws.getCell(1, 1).value = kelurahanHeading(k);
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    let at = 3;
    const grids = k.tables.map(studyLayout);
    for (const g of grids) at = placeGrid(ws, g, at) + 2;
    // The widest of its tables decides each column.
    for (const g of grids) columnWidths(ws, g);
  }
  issuesSheet(wb, result, lang);
  for (const l of listings) gridSheet(wb, l, l.name);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** `Tabel 1` … `Tabel 9`, and `Tabel K` for the roll-up (the table's own letter). */
function tableSheetName(id: string): string {
  return `Tabel ${id.slice(1)}`;
}

/** A sheet name Excel takes: at most 31 characters, none of []:*?/\, unique in the workbook. */
function uniqueSheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
  let name = base;
  // Excel compares sheet names case-free.
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

/** Lists alone (the comparison of two rounds): one sheet each. */
export async function renderListingsXlsx(listings: readonly Listing[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pranata';
  for (const l of listings) gridSheet(wb, l, l.name);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
