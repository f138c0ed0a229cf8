/// <reference path="./dialog-scripts.d.ts" />
/**
 * The settings dialog's page, built as a string (one small form; no template file to ship).
 * Every value put into the page is HTML-escaped. The page's script is TypeScript of the
 * sidebar's type environment (sidebar/settings-dialog.ts), bundled by the build: it sends
 * the inputs to saveSettingsForm through the sidebar's typed RPC, with a failure handler.
 */
import { SETTING_BOUNDS, type Lang, type Settings } from '../core';
import { SETTINGS_SCRIPT } from 'pranata:dialog-scripts';
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
<script>${SETTINGS_SCRIPT}</script>
</body></html>`;
}
