/**
 * `pranata xlsform`: the codebook as an XLSForm workbook (sheets survey, choices, settings)
 * for KoboToolbox or ODK Collect, with a coordinator's own types from --categories.
 */
import ExcelJS from 'exceljs';
import { buildXlsform, type Categories, type Settings } from '../core';

export async function renderXlsform(c: Categories, s: Settings): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheets = buildXlsform(c, s);
  for (const [name, rows] of Object.entries(sheets) as [string, string[][]][]) {
    const ws = wb.addWorksheet(name);
    // Plain strings: exceljs writes a formula only when given { formula }, so "= …" stays text.
    for (const r of rows) ws.addRow(r);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((col, i) => {
      col.width = Math.min(60, Math.max(10, ...rows.map((r) => (r[i] ?? '').length + 2)));
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
