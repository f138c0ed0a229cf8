/// <reference path="./report-fonts.d.ts" />
/**
 * Menu "Ekspor PDF" / "Export PDF": the report drawn inside Apps Script by src/report, the
 * same writer as the CLI's `--format pdf`, from one read of the Data sheet (as Buat Tabel
 * reads it): cover, the tables with their counted line, narrative and chart, the data-quality
 * section. No Google export endpoint, no extra scope: the PDF goes to a dialog that offers
 * "Unduh PDF" and "Simpan ke Drive" (pdf/export-dialog.ts, pdf/drive-save.ts). The table
 * sheets and their charts are not read or changed.
 */
import { BOLD, REGULAR } from 'pranata:report-fonts';
import { rolledSurvey, Rollup, surveyUnder, type Lang } from '../core';
import { renderReportPdf, reportSections } from '../report/report';
import { readDataSheet, type ReadOptions } from './data';
import { loadCategories } from './kategori';
import { userLang } from './lang';
import { say, sayf } from './messages';
import { toGasBytes } from './pdf/bytes';
import { spreadsheetDay } from './pdf/day';
import { EXPORT_DIALOG, exportDialogHtml } from './pdf/export-dialog';
import { reportFileName } from './pdf/file-name';
import { registerCollector } from './register-sheets';
import { closingOf, loadSettings } from './settings';
import { confirmLargeSheet } from './size-check';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type ExportOutcome =
  | { ok: true; name: string; pages: number; replaced: number; bytes: Uint8Array }
  /** `cancelled`: the user said No to reading a very large sheet; nothing was read. */
  | { ok: false; message: string; cancelled?: boolean };

export interface ExportOptions extends ReadOptions {
  /** The moment on the cover and in the PDF's dates. */
  now?: Date;
}

function errorText(e: unknown): string {
  const text = (typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e)).trim();
  return text === '' || /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The report of the Data sheet as it is now, shown in the dialog; what happened is returned too. */
export async function exportPdfIn(ss: Spreadsheet, lang: Lang, options: ExportOptions = {}): Promise<ExportOutcome> {
  const now = options.now ?? new Date();
  // The Kategori sheet first: its Kolom rows say where the Data sheet's columns are.
  const { categories, columns = [] } = loadCategories(ss, lang);
  const read = readDataSheet(ss, lang, { ...options, columns });
  if (!read.ok) return read;
  const settings = loadSettings(now);
  // As Buat Tabel counts them: Tabel K over several kelurahan, and (Pengaturan) each
  // kelurahan's section and the Daftar Kelompok appendix, from the same read.
  const register = registerCollector({ rekap: false, daftar: settings.daftarInPdf }, categories, lang);
  const rollup = new Rollup(categories, settings);
  const counted = surveyUnder(read.data.header, read.data.values, { settings, categories, columns, ...register.hooks, rollup: { into: rollup, kelurahan: settings.kelurahan } });
  const result = rolledSurvey(counted, rollup.finish(), settings.perKelurahan).survey;
  const closing = closingOf(settings);
  ss.toast(say('pdfPreparing', lang), say('toastTitle', lang), 30);
  let pdf: Awaited<ReturnType<typeof renderReportPdf>>;
  try {
    pdf = await renderReportPdf(result, {
      lang,
      generatedAt: now,
      generatedOn: spreadsheetDay(ss, now),
      fonts: { regular: REGULAR, bold: BOLD },
      sections: reportSections(result, register.listings(result)),
      ...(closing === undefined ? {} : { closing }),
    });
  } catch (e) {
    return { ok: false, message: sayf('pdfRenderFailed', lang, { detail: errorText(e) }) };
  }
  const name = reportFileName(result);
  const base64 = Utilities.base64Encode(toGasBytes(pdf.bytes));
  const html = exportDialogHtml({ name, pages: pdf.pages, replaced: pdf.replaced, base64 }, lang);
  const page = HtmlService.createHtmlOutput(html).setWidth(EXPORT_DIALOG.width).setHeight(EXPORT_DIALOG.height);
  SpreadsheetApp.getUi().showModalDialog(page, say('menuExportPdf', lang));
  return { ok: true, name, pages: pdf.pages, replaced: pdf.replaced, bytes: pdf.bytes };
}

/** A failure in a dialog: the coordinator is waiting for the report and must see why it did not come. */
function tell(message: string, lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(say('menuExportPdf', lang), message, ui.ButtonSet.OK);
}

/**
 * Menu "Ekspor PDF" / "Export PDF": the report as one A4 PDF, to download or save to Drive.
 * On a very large Data sheet it first asks whether to go on (size-check.ts). Async because
 * pdf-lib is; an exception is shown, since a rejected promise would go unseen.
 */
export async function exportPdf(): Promise<void> {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang();
  try {
    const out = await exportPdfIn(ss, lang, { confirmSize: confirmLargeSheet('tables', lang) });
    if (!out.ok && out.cancelled !== true) tell(out.message, lang);
  } catch (e) {
    tell(errorText(e), lang);
  }
}
