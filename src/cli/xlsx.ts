/**
 * The five tables as an XLSX workbook: one formatted sheet per table (title, two header rows
 * with Jml/% under each column, one row per category, the Jumlah row, the source line) and a
 * sheet listing the issues. Every value from the data is written as a string cell, never a
 * formula: exceljs only makes a formula from a { formula } object.
 */
import ExcelJS from 'exceljs';
import type { Lang, SurveyResult, TableModel } from '../core';

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function tableSheet(wb: ExcelJS.Workbook, t: TableModel, name: string): void {
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const twoWay = t.percentBase === 'row';
  const groups = twoWay ? [...t.columns.map((c) => c.label), 'Jumlah'] : ['Jumlah'];
  const lastCol = 2 + groups.length * 2;
  ws.getCell(1, 1).value = t.title;
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  ws.mergeCells(1, 1, 1, lastCol);
  let r = 3;
  if (twoWay && t.columnHeader) {
    ws.getCell(r, 3).value = t.columnHeader;
    ws.mergeCells(r, 3, r, lastCol);
    r++;
  }
  const top = r;
  ws.getCell(top, 1).value = 'No';
  ws.getCell(top, 2).value = t.rowHeader;
  ws.mergeCells(top, 1, top + 1, 1);
  ws.mergeCells(top, 2, top + 1, 2);
  groups.forEach((g, k) => {
    const c = 3 + k * 2;
    ws.getCell(top, c).value = g;
    ws.mergeCells(top, c, top, c + 1);
    ws.getCell(top + 1, c).value = 'Jml';
    ws.getCell(top + 1, c + 1).value = '%';
  });
  for (let rr = 3; rr <= top + 1; rr++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(rr, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = thin;
    }
  }
  r = top + 2;
  const write = (no: number | '', label: string, counts: number[], percents: number[], total: number, bold: boolean) => {
    const values: (string | number)[] = [no, label];
    if (twoWay) {
      counts.forEach((n, j) => values.push(n, percents[j] ?? 0));
      values.push(total, total > 0 ? 100 : 0);
    } else values.push(counts[0] ?? 0, percents[0] ?? 0);
    values.forEach((v, j) => {
      const cell = ws.getCell(r, j + 1);
      cell.value = v;
      cell.border = thin;
      if (bold) cell.font = { bold: true };
      if (j >= 2) cell.numFmt = j % 2 === 0 ? '#,##0' : '0.00';
    });
    r++;
  };
  t.rows.forEach((row, i) => write(i + 1, row.label, row.counts, row.percents, row.total, false));
  write('', t.total.label, t.total.counts, t.total.percents, t.total.total, true);
  ws.getCell(r + 1, 1).value = t.source;
  ws.getCell(r + 1, 1).font = { italic: true, size: 9 };
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = Math.min(45, Math.max(16, t.rowHeader.length + 2, ...t.rows.map((x) => x.label.length + 2)));
  for (let c = 3; c <= lastCol; c++) ws.getColumn(c).width = c % 2 === 1 ? 9 : 8;
}

function issuesSheet(wb: ExcelJS.Workbook, result: SurveyResult, lang: Lang): void {
  const id = lang === 'id';
  const ws = wb.addWorksheet(id ? 'Masalah' : 'Issues');
  ws.columns = [
    { header: id ? 'Baris' : 'Row', key: 'row', width: 8 },
    { header: id ? 'Kolom' : 'Column', key: 'column', width: 24 },
    { header: id ? 'Nilai' : 'Value', key: 'value', width: 24 },
    { header: id ? 'Kode' : 'Code', key: 'code', width: 18 },
    { header: id ? 'Tingkat' : 'Severity', key: 'severity', width: 12 },
    { header: id ? 'Pesan' : 'Message', key: 'message', width: 90 },
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
      severity: i.severity === 'error' ? (id ? 'galat' : 'error') : id ? 'peringatan' : 'warning',
      message: i.messages[lang],
    });
  }
}

export async function renderXlsx(result: SurveyResult, lang: Lang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pranata';
  result.tables.forEach((t, i) => tableSheet(wb, t, `Tabel ${i + 1}`));
  issuesSheet(wb, result, lang);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
