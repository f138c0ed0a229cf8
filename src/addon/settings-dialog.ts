/// <reference path="./dialog-scripts.d.ts" />
/**
 * The settings dialog's page, built as a string (one small form; no template file to ship).
 * Every value put into the page is HTML-escaped. The page's script is TypeScript of the
 * sidebar's type environment (sidebar/settings-dialog.ts), bundled by the build: it sends
 * the inputs to saveSettingsForm through the sidebar's typed RPC, with a failure handler.
 */
import { SETTING_BOUNDS, type Lang } from '../core';
import { SETTINGS_SCRIPT } from 'pranata:dialog-scripts';
import { escapeHtml } from './html';
import { say, type MessageKey } from './messages';
import type { AddonSettings } from './settings';

interface Field {
  name: keyof AddonSettings;
  label: MessageKey;
  min?: number;
  max?: number;
  /** A yes/no setting: a checkbox. */
  check?: true;
}

const FIELDS: readonly Field[] = [
  { name: 'kelurahan', label: 'settingsKelurahan' },
  { name: 'surveyYear', label: 'settingsSurveyYear', ...SETTING_BOUNDS.surveyYear },
  { name: 'ageYears', label: 'settingsAgeYears', ...SETTING_BOUNDS.ageYears },
  { name: 'membersSmall', label: 'settingsMembersSmall', ...SETTING_BOUNDS.membersSmall },
  { name: 'membersLarge', label: 'settingsMembersLarge', ...SETTING_BOUNDS.membersLarge },
  { name: 'tenureShort', label: 'settingsTenureShort', ...SETTING_BOUNDS.tenureShort },
  { name: 'tenureLong', label: 'settingsTenureLong', ...SETTING_BOUNDS.tenureLong },
  { name: 'perKelurahan', label: 'settingsPerKelurahan', check: true },
  { name: 'daftarInPdf', label: 'settingsDaftarInPdf', check: true },
  { name: 'closingPlace', label: 'settingsClosingPlace' },
  { name: 'closingOffice', label: 'settingsClosingOffice' },
  { name: 'closingName', label: 'settingsClosingName' },
  { name: 'closingNip', label: 'settingsClosingNip' },
];


export function settingsDialogHtml(s: AddonSettings, lang: Lang): string {
  const inputs = FIELDS.map((f) => {
    const label = escapeHtml(say(f.label, lang));
    if (f.check) return `<label class="check"><input name="${f.name}" type="checkbox"${s[f.name] === true ? ' checked' : ''}>${label}</label>`;
    const value = escapeHtml(String(s[f.name] ?? ''));
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
label.check input { display: inline; width: auto; margin: 0 6px 0 0; }
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
