/**
 * The settings dialog's page, built as a string (one small form; no template file to ship).
 * Every value put into the page is HTML-escaped; the page's script reads the inputs and
 * sends them to saveSettingsForm through google.script.run, with a failure handler.
 */
import { SETTING_BOUNDS, type Lang, type Settings } from '../core';
import { escapeHtml } from './html';
import { say, type MessageKey } from './messages';

interface Field {
  name: keyof Settings;
  label: MessageKey;
  min?: number;
  max?: number;
}

const FIELDS: readonly Field[] = [
  { name: 'kelurahan', label: 'settingsKelurahan' },
  { name: 'surveyYear', label: 'settingsSurveyYear', ...SETTING_BOUNDS.surveyYear },
  { name: 'ageYears', label: 'settingsAgeYears', ...SETTING_BOUNDS.ageYears },
  { name: 'membersSmall', label: 'settingsMembersSmall', ...SETTING_BOUNDS.membersSmall },
  { name: 'membersLarge', label: 'settingsMembersLarge', ...SETTING_BOUNDS.membersLarge },
  { name: 'tenureShort', label: 'settingsTenureShort', ...SETTING_BOUNDS.tenureShort },
  { name: 'tenureLong', label: 'settingsTenureLong', ...SETTING_BOUNDS.tenureLong },
];

// The page's script: plain ES5 in a string, run by the browser, never by Apps Script.
const SCRIPT = `
var form = document.getElementById('f');
var status = document.getElementById('status');
form.addEventListener('submit', function (ev) {
  ev.preventDefault();
  var data = {};
  for (var i = 0; i < form.elements.length; i++) {
    var el = form.elements[i];
    if (el.name) data[el.name] = el.type === 'number' ? Number(el.value) : el.value;
  }
  form.querySelector('button[type=submit]').disabled = true;
  google.script.run
    .withSuccessHandler(function () { google.script.host.close(); })
    .withFailureHandler(function (err) {
      status.textContent = String(err && err.message ? err.message : err);
      form.querySelector('button[type=submit]').disabled = false;
    })
    .saveSettingsForm(data);
});
document.getElementById('cancel').addEventListener('click', function () { google.script.host.close(); });
`;

export function settingsDialogHtml(s: Settings, lang: Lang): string {
  const inputs = FIELDS.map((f) => {
    const value = escapeHtml(String(s[f.name] ?? ''));
    const label = escapeHtml(say(f.label, lang));
    const attrs =
      f.min === undefined
        ? `type="text" maxlength="100"`
        : `type="number" step="1" min="${f.min}" max="${f.max ?? ''}" required`;
    return `<label>${label}<input name="${f.name}" ${attrs} value="${value}"></label>`;
  }).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><base target="_top">
<style>
body { font: 13px Arial, sans-serif; margin: 12px; }
label { display: block; margin-bottom: 10px; }
input { display: block; width: 100%; box-sizing: border-box; margin-top: 3px; padding: 4px; }
.buttons { margin-top: 14px; }
#status { color: #b3261e; margin-top: 8px; }
</style></head>
<body>
<form id="f">
${inputs}
<div class="buttons"><button type="submit">${escapeHtml(say('settingsSave', lang))}</button>
<button type="button" id="cancel">${escapeHtml(say('settingsCancel', lang))}</button></div>
<div id="status" role="status"></div>
</form>
<script>${SCRIPT}</script>
</body></html>`;
}
