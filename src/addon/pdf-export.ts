/**
 * Menu "Ekspor PDF" / "Export PDF": the five table sheets, each exported by Sheets itself
 * (pdf/export-url.ts, charts included), merged behind a cover (pdf/merge.ts) into one A4 PDF
 * saved in the user's Drive, then a dialog with its link. The file is made only once every
 * sheet came back and the merge worked: a failure leaves nothing in Drive. Stale tables are
 * offered a remake first (pdf/stale-tables.ts).
 */
import { TABLE_IDS, type Lang } from '../core';
import { readTablesRecord } from './freshness';
import { userLang } from './lang';
import { say } from './messages';
import { ownedSheets } from './owned';
import { toGasBytes } from './pdf/bytes';
import { localTime, systemClock, type Clock } from './pdf/clock';
import { coverText, reportFileName, type CoverInfo } from './pdf/cover-text';
import { sheetExportUrl } from './pdf/export-url';
import { fetchFailureText, sentence } from './pdf/failure-text';
import { fetchPdf } from './pdf/fetch-pdf';
import { mergeReport, type MergedReport } from './pdf/merge';
import { SAVED_DIALOG, savedDialogHtml } from './pdf/saved-dialog';
import { tablesToExport } from './pdf/stale-tables';
import { pdfSay } from './pdf/text';
import { loadSettings } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ui = GoogleAppsScript.Base.Ui;

const TABLE_ROLES = TABLE_IDS;

/** No export request starts later than this after the click: merging, saving and the dialog get the rest of the 6 minutes. */
export const EXPORT_DEADLINE_MS = 4 * 60_000;

export type ExportFailure = 'no-tables' | 'cancelled' | 'tables-failed' | 'fetch-failed' | 'merge-failed' | 'save-failed';

export type ExportOutcome =
  | { ok: true; fileId: string; name: string; url: string; pages: number }
  | { ok: false; reason: ExportFailure; message: string };

export interface ExportOptions {
  clock?: Clock;
  /** The moment on the cover and in the PDF's dates. */
  now?: Date;
}

function errorText(e: unknown): string {
  return sentence(typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e));
}

/** Sheet ids of Tabel 1..9 (found by metadata), or null when any of them is missing. */
function tableGids(ss: Spreadsheet): number[] | null {
  const owned = ownedSheets(ss);
  const sheets = TABLE_ROLES.map((role) => owned.get(role));
  return sheets.every((s): s is Sheet => s !== undefined) ? sheets.map((s) => s.getSheetId()) : null;
}

function failed(ui: Ui, lang: Lang, reason: ExportFailure, message: string): ExportOutcome {
  ui.alert(say('menuExportPdf', lang), message, ui.ButtonSet.OK);
  return { ok: false, reason, message };
}

function coverInfo(ss: Spreadsheet, now: Date): Omit<CoverInfo, 'tableStarts'> {
  const settings = loadSettings(now);
  const record = readTablesRecord();
  return {
    kelurahan: settings.kelurahan,
    surveyYear: settings.surveyYear,
    valid: record?.valid ?? null,
    invalid: record?.invalid ?? null,
    generatedAt: localTime(ss, now),
  };
}

/** The export itself, on a given spreadsheet; what it did is returned as well as shown. */
export async function exportPdfIn(ss: Spreadsheet, lang: Lang, options: ExportOptions = {}): Promise<ExportOutcome> {
  const clock = options.clock ?? systemClock;
  const deadline = clock.now() + EXPORT_DEADLINE_MS;
  const now = options.now ?? new Date();
  // Pending writes (a table just made) must reach Sheets before Sheets renders them.
  SpreadsheetApp.flush();
  const ui = SpreadsheetApp.getUi();
  const found = tableGids(ss);
  if (found === null) return failed(ui, lang, 'no-tables', pdfSay('noTables', lang));
  const gids = tablesToExport(ss, ui, lang, found, now);
  if (gids === null) return { ok: false, reason: 'cancelled', message: '' };
  if (typeof gids === 'string') return failed(ui, lang, 'tables-failed', gids);

  ss.toast(pdfSay('preparing', lang), say('toastTitle', lang), 30);
  const spreadsheetId = ss.getId();
  const token = ScriptApp.getOAuthToken();
  const parts: Uint8Array[] = [];
  for (const [i, gid] of gids.entries()) {
    const got = fetchPdf(sheetExportUrl(spreadsheetId, gid), token, clock, deadline);
    if (!got.ok) return failed(ui, lang, 'fetch-failed', fetchFailureText(got, i + 1, lang));
    parts.push(got.bytes);
  }

  const info = coverInfo(ss, now);
  const name = reportFileName(info.kelurahan, info.surveyYear);
  let merged: MergedReport;
  try {
    const cover = (tableStarts: number[]) => coverText({ ...info, tableStarts }, lang);
    merged = await mergeReport(parts, cover, { title: name.replace(/\.pdf$/, ''), lang, createdAt: now });
  } catch (e) {
    return failed(ui, lang, 'merge-failed', pdfSay('mergeFailed', lang, { detail: errorText(e) }));
  }
  let file: GoogleAppsScript.Drive.File;
  try {
    file = DriveApp.createFile(Utilities.newBlob(toGasBytes(merged.bytes), 'application/pdf', name));
  } catch (e) {
    return failed(ui, lang, 'save-failed', pdfSay('saveFailed', lang, { detail: errorText(e) }));
  }
  const report = { name, url: file.getUrl(), pages: merged.pages };
  const page = HtmlService.createHtmlOutput(savedDialogHtml(report, lang)).setWidth(SAVED_DIALOG.width).setHeight(SAVED_DIALOG.height);
  ui.showModalDialog(page, say('menuExportPdf', lang));
  return { ok: true, fileId: file.getId(), ...report };
}

/**
 * Menu "Ekspor PDF" / "Export PDF": the five tables with their charts as one A4 PDF in the
 * user's Drive, behind a cover page; offers to remake the tables first when the data changed.
 * Async because pdf-lib is; an exception is shown, since a rejected promise would go unseen.
 */
export async function exportPdf(): Promise<void> {
  const lang = userLang();
  try {
    await exportPdfIn(SpreadsheetApp.getActiveSpreadsheet(), lang);
  } catch (e) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(say('menuExportPdf', lang), errorText(e), ui.ButtonSet.OK);
  }
}
