/**
 * The dialog that hands over the report. "Unduh PDF" downloads it straight from the dialog:
 * the bytes arrive as base64, become a Blob URL and an `<a download>` the user clicks (Google
 * documents `allow-downloads` among the HtmlService iframe's sandbox keywords,
 * https://developers.google.com/apps-script/guides/html/restrictions), so no Drive scope is
 * needed. "Simpan ke Drive" sends the same bytes back to savePdfToDrive (drive-save.ts) and
 * shows the new file's link, built with textContent and only when it is https.
 * Every value in the page is escaped; the script reads its data from attributes, not code.
 */
import type { Lang } from '../../core';
import { escapeHtml } from '../html';
import { LABELS } from '../../report/labels';
import { say, sayf } from '../messages';

export const EXPORT_DIALOG = { width: 440, height: 230 } as const;

export interface ReadyReport {
  name: string;
  pages: number;
  /** Characters printed as the replacement. */
  replaced: number;
  /** The PDF, base64. */
  base64: string;
}

/** A string as a JavaScript literal that cannot end the <script> element. */
function jsString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
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
<p id="status" role="status"></p>
<script>
(function () {
  var WORDS = { saving: ${jsString(words.saving)}, saved: ${jsString(words.saved)} };
  var link = document.getElementById('download');
  var status = document.getElementById('status');
  var drive = document.getElementById('drive');
  var base64 = link.getAttribute('data-pdf');
  var name = link.getAttribute('download');
  var binary = atob(base64);
  var bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  link.href = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  function say(text) { status.textContent = text; }
  drive.addEventListener('click', function () {
    drive.disabled = true;
    say(WORDS.saving);
    google.script.run
      .withSuccessHandler(function (out) {
        if (!out || !out.ok) { say(out ? out.message : ''); drive.disabled = false; return; }
        say(WORDS.saved + ' ');
        var a = document.createElement('a');
        a.textContent = out.name;
        if (/^https:\\/\\//i.test(out.url)) { a.href = out.url; a.rel = 'noopener'; }
        status.appendChild(a);
      })
      .withFailureHandler(function (e) { say(String((e && e.message) || e)); drive.disabled = false; })
      .savePdfToDrive(base64, name);
  });
  document.getElementById('close').addEventListener('click', function () { google.script.host.close(); });
})();
</script>
</body></html>`;
}
