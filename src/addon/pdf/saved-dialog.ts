/**
 * The dialog that hands over the report: its name, page count and a link that opens it in
 * Drive in a new tab. Every value is HTML-escaped, and only an https link is made a link: the
 * URL comes from DriveApp, but the page must stay safe whatever a string holds.
 */
import type { Lang } from '../../core';
import { escapeHtml } from '../settings-dialog';
import { pdfSay } from './text';

export const SAVED_DIALOG = { width: 420, height: 170 } as const;

export interface SavedReport {
  name: string;
  url: string;
  pages: number;
}

export function savedDialogHtml(report: SavedReport, lang: Lang): string {
  const said = pdfSay('saved', lang, { name: escapeHtml(report.name), pages: report.pages });
  const link = /^https:\/\//i.test(report.url)
    ? `<a href="${escapeHtml(report.url)}" target="_blank" rel="noopener">${escapeHtml(pdfSay('open', lang))}</a>`
    : escapeHtml(report.url);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><base target="_top">
<style>body{font-family:Arial,sans-serif;font-size:14px;margin:12px}p{margin:0 0 14px}a{font-weight:bold}button{margin-top:4px}</style>
</head><body>
<p>${said}</p>
<p>${link}</p>
<button type="button" onclick="google.script.host.close()">${escapeHtml(pdfSay('close', lang))}</button>
</body></html>`;
}
