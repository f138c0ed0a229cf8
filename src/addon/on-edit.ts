/**
 * The edit trigger's entry point (ScriptApp calls it by name, see edit-trigger.ts). Nothing is
 * thrown out of it: Google sends no error e-mail for an add-on's installable trigger, and no
 * one who could act on one is watching. Every read of a check comes before its first write,
 * so a failure leaves the sheet as it was; the row is checked again at its next edit, or by
 * Periksa Data.
 */
import { checkEdit, type EditOutcome } from './edit-check';
import { sheetLang } from './lang';

/** Installable trigger: checks and marks the rows of an edit of the Data sheet. */
export function onDataEdit(e: GoogleAppsScript.Events.SheetsOnEdit): EditOutcome | null {
  try {
    const ss = e.source;
    return checkEdit(ss, e.range, sheetLang(ss));
  } catch {
    return null;
  }
}
