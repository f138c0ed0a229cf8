/**
 * The dialog that hands over the report. "Unduh PDF" downloads it straight from the dialog:
 * the bytes arrive as base64, become a Blob URL and an `<a download>` the user clicks (Google
 * documents `allow-downloads` among the HtmlService iframe's sandbox keywords,
 * https://developers.google.com/apps-script/guides/html/restrictions), so no Drive scope is
 * needed. "Simpan ke Drive" sends the same bytes back to savePdfToDrive (drive-save.ts) and
 * shows the new file's link, built with textContent and only when it is https.
 * Every value in the page is escaped; the script (sidebar/export-dialog.ts, typed against the
 * server's exports, bundled by build/dialog-scripts.cjs) reads its data and words from attributes.
 */
import type { Lang } from '../../core';
import { escapeHtml } from '../html';
import { LABELS } from '../../report/labels';
import { say, sayf } from '../messages';
import { EXPORT_SCRIPT } from 'pranata:dialog-scripts';

export const EXPORT_DIALOG = { width: 440, height: 230 } as const;

export interface ReadyReport {
  name: string;
  pages: number;
  /** Characters printed as the replacement. */
  replaced: number;
  /** The PDF, base64. */
  base64: string;
}

export function exportDialogHtml(report: ReadyReport, lang: Lang): string {
  const ready = sayf('pdfReady', lang, { name: escapeHtml(report.name), pages: report.pages });
  const replaced = report.replaced > 0 ? `<p>${escapeHtml(LABELS[lang].replaced(String(report.replaced)))}</p>` : '';
  const words = { saving: say('pdfSaving', lang), saved: say('pdfSavedDrive', lang) };
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><base target="_blank">
<style>body{font-family:Arial,sans-serif;font-size:14px;margin:12px}p{margin:0 0 12px}
.actions a,.actions button{display:inline-block;margin:0 8px 8px 0;padding:7px 14px;font-size:14px;border-radius:4px;border:1px solid #1a73e8;cursor:pointer;text-decoration:none}
.actions a{background:#1a73e8;color:#fff}.actions button{background:#fff;color:#1a73e8}#status a{font-weight:bold}</style>
</head><body>
<p>${ready}</p>
${replaced}<div class="actions">
<a id="download" href="#" download="${escapeHtml(report.name)}" data-pdf="${escapeHtml(report.base64)}">${escapeHtml(say('pdfDownload', lang))}</a>
<button type="button" id="drive">${escapeHtml(say('pdfSaveDrive', lang))}</button>
<button type="button" id="close">${escapeHtml(say('pdfClose', lang))}</button>
</div>
<p id="status" role="status" data-saving="${escapeHtml(words.saving)}" data-saved="${escapeHtml(words.saved)}"></p>
<script>${EXPORT_SCRIPT}</script>
</body></html>`;
}
