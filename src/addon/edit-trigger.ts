/**
 * The installable edit trigger behind the checks on edit (edit-check.ts). Why installable:
 * Google's "Triggers for Editor add-ons" and "Installable triggers" pages say that a simple
 * onEdit of an add-on runs only for a user who has the add-on installed or enabled in the
 * document (and then in a limited authorization mode, without the lock service, for at most
 * 30 s), while an installable edit trigger fires for an edit by any editor of the spreadsheet,
 * in a browser or the Sheets app, and runs as the account that created it, with that account's
 * authorization (AuthMode.FULL). So the coordinator's Siapkan Lembar Data creates it once, and a
 * volunteer on a phone who never installed anything gets the checks.
 *
 * An add-on may hold one trigger of each type per user per document, so creating is
 * idempotent: an edit trigger this account already has for this add-on in this document is
 * kept when it calls our handler, and replaced when it calls another one (an older version).
 *
 * Two coordinators who both run set-up get one trigger each: triggers are per account, an
 * account cannot see (or delete) another's, and each fires on every edit, running as its
 * creator ("Installable triggers": one trigger per account means one run per account). That
 * is kept on purpose, not detected and refused: a trigger owner recorded in a document
 * property could not tell whether that trigger still works (its creator may have left the
 * spreadsheet or revoked access, and nobody else can see it), and a refused second trigger
 * would leave the checks off with nobody told. Two runs instead cost the second one's reads
 * on its own creator's quota (quotas are per user) and give the same sheet: the check is
 * idempotent (edit-check.ts; test/addon/edit.test.ts "two coordinators").
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The top-level function the trigger calls (an export of src/index.ts; not `onEdit`, the simple trigger's name). */
export const EDIT_HANDLER = 'onDataEdit';

export type TriggerState = 'created' | 'present' | 'failed';

/** Makes sure this account has the add-on's edit trigger in `ss`. */
export function ensureEditTrigger(ss: Spreadsheet): TriggerState {
  try {
    const edits = ScriptApp.getUserTriggers(ss).filter((t) => t.getEventType() === ScriptApp.EventType.ON_EDIT);
    if (edits.some((t) => t.getHandlerFunction() === EDIT_HANDLER)) return 'present';
    for (const t of edits) ScriptApp.deleteTrigger(t);
    ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
    return 'created';
  } catch {
    // The user did not grant the trigger scope (granular consent), or a quota: set-up still
    // did everything else, and says the checks on edit are off.
    return 'failed';
  }
}
