/**
 * The add-on's windows: the sidebar form (built into dist/sidebar.html) and the settings dialog.
 */
import { userLang } from './lang';
import { say, sayf } from './messages';
import { nipDigits, NIP_LENGTH } from '../report/closing-block';
import { loadSettings, saveSettings, type AddonSettings } from './settings';
import { settingsDialogHtml } from './settings-dialog';

/** Apps Script's sidebar is 300 px wide whatever is asked; saying so keeps the page honest. */
const SIDEBAR_WIDTH = 300;
const DIALOG = { width: 380, height: 760 } as const;

/** Menu "Buka Formulir" / "Open Form": the group form in the sidebar (dist/sidebar.html). */
export function openForm(): void {
  const lang = userLang();
  const page = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(say('sidebarTitle', lang)).setWidth(SIDEBAR_WIDTH);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** Menu "Pengaturan" / "Settings": kelurahan, survey year, the table thresholds, and what Buat Tabel and Ekspor PDF add. */
export function openSettings(): void {
  const lang = userLang();
  const page = HtmlService.createHtmlOutput(settingsDialogHtml(loadSettings(), lang))
    .setWidth(DIALOG.width)
    .setHeight(DIALOG.height);
  SpreadsheetApp.getUi().showModalDialog(page, say('settingsTitle', lang));
}

/** A number typed in a form arrives as a number or as digits; anything else is left as it is. */
function asNumber(v: unknown): unknown {
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v);
  return v;
}

/** What the settings dialog sends: its inputs by name, a checkbox as true or false (sidebar/settings-dialog.ts). */
export type SettingsForm = { [K in keyof AddonSettings]?: string | number | boolean };

/**
 * Called by the settings dialog (google.script.run). The type is what the dialog's script
 * must send; what arrives is still read as untrusted (any shape), and values out of range
 * fall back to their defaults (settingsFrom). Returns the settings as stored.
 */
export function saveSettingsForm(input: SettingsForm): AddonSettings {
  const o = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  // The closing block's fields are refused, not dropped, when they cannot be used: the
  // coordinator typed them for the report and is told why (the dialog shows the message).
  const typed = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
  const nip = typed(o.closingNip);
  if (nip !== '' && nipDigits(nip) === undefined) throw new Error(sayf('settingsNipInvalid', userLang(), { nip, digits: NIP_LENGTH }));
  const named = typed(o.closingName) !== '';
  const placed = typed(o.closingPlace) !== '';
  if (named !== placed || (!named && (typed(o.closingOffice) !== '' || nip !== ''))) throw new Error(say('settingsClosingIncomplete', userLang()));
  return saveSettings({
    kelurahan: o.kelurahan,
    surveyYear: asNumber(o.surveyYear),
    ageYears: asNumber(o.ageYears),
    membersSmall: asNumber(o.membersSmall),
    membersLarge: asNumber(o.membersLarge),
    tenureShort: asNumber(o.tenureShort),
    tenureLong: asNumber(o.tenureLong),
    perKelurahan: o.perKelurahan,
    daftarInPdf: o.daftarInPdf,
    closingPlace: o.closingPlace,
    closingOffice: o.closingOffice,
    closingName: o.closingName,
    closingNip: o.closingNip,
  });
}
