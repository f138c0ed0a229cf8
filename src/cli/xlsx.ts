/**
 * The five tables as an XLSX workbook: one formatted sheet per table (title, core's study
 * layout with its merged header cells, the source line) and a
 * sheet listing the issues. Every value from the data is written as a string cell, never a
 * formula: exceljs only makes a formula from a { formula } object.
 */
import ExcelJS from 'exceljs';
import { bodyCellText, cellValue, CORE_WORDS, studyLayout, type BodyCell, type GridLayout, type Lang, type Listing, type SurveyResult } from '../core';
import { CLI_WORDS } from './words';

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const NUM_FMT: Partial<Record<BodyCell['kind'], string>> = { count: '#,##0', percent: '0.00' };

/** Places a grid of core's layout (a study table, or a list) from row 3 and styles it; it decides no cell of it. */
function gridSheet(wb: ExcelJS.Workbook, grid: GridLayout, name: string): void {
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const lastCol = grid.columns.length;
  ws.getCell(1, 1).value = grid.title;
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  ws.mergeCells(1, 1, 1, lastCol);
  const top = 3;
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
  ws.getColumn(1).width = 5;
  const plain = { count: String, percent: String };
  grid.columns.forEach((kind, j) => {
    if (kind === 'count') ws.getColumn(j + 1).width = 9;
    if (kind === 'percent') ws.getColumn(j + 1).width = 8;
    if (kind === 'label') {
      const header = grid.header.find((h) => h.col === j && h.colSpan === 1)?.text ?? '';
      const texts = grid.body.filter((r) => r.role === 'category').map((r) => (r.cells[j] ? bodyCellText(r.cells[j], plain) : ''));
      ws.getColumn(j + 1).width = Math.min(45, Math.max(16, header.length + 2, ...texts.map((x) => x.length + 2)));
    }
  });
}

function issuesSheet(wb: ExcelJS.Workbook, result: SurveyResult, lang: Lang): void {
  const w = CORE_WORDS[lang];
  const h = w.issueColumns;
  const ws = wb.addWorksheet(CLI_WORDS[lang].issuesSheet);
  ws.columns = [
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
  result.tables.forEach((t, i) => gridSheet(wb, studyLayout(t), `Tabel ${i + 1}`));
  issuesSheet(wb, result, lang);
  for (const l of listings) gridSheet(wb, l, l.name);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Lists alone (the comparison of two rounds): one sheet each. */
export async function renderListingsXlsx(listings: readonly Listing[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pranata';
  for (const l of listings) gridSheet(wb, l, l.name);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
