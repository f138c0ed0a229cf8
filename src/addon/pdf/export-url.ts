/**
 * The spreadsheet's own PDF export, one sheet at a time: the same endpoint as File ›
 * Download › PDF, with the print settings of the report. It renders the sheet as Sheets
 * shows it (formats, merges, the chart), which no PDF library could redraw from here.
 */

/** Print settings of every exported table sheet (query parameters of the endpoint). */
export const EXPORT_PARAMS: Readonly<Record<string, string>> = {
  format: 'pdf',
  size: 'A4',
  portrait: 'true',
  // Fit to page width: a table with many buckets shrinks instead of spilling onto a second page across.
  fitw: 'true',
  gridlines: 'false',
  sheetnames: 'false',
  printtitle: 'false',
  pagenum: 'CENTER',
  // Frozen rows are not repeated on every page: the table has its own header.
  fzr: 'false',
};

/** The export URL of one sheet (gid) of one spreadsheet. */
export function sheetExportUrl(spreadsheetId: string, gid: number): string {
  const query = Object.entries({ ...EXPORT_PARAMS, gid: String(gid) })
    .map(([k, v]) => `${k}=${encodeURIComponent(v ?? '')}`)
    .join('&');
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${query}`;
}
