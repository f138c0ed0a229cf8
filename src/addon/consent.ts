/**
 * Granular consent: since 2025 a user can untick single scopes on an editor add-on's consent
 * screen, and a call outside the granted ones is refused half-way through an action. So each
 * menu action first asks for the scopes it needs with ScriptApp.requireScopes, which (by the
 * reference) ends the execution and shows the authorization prompt for the missing ones; the
 * user grants them and runs the item again. Nothing has been read or written by then.
 */
const AUTH = 'https://www.googleapis.com/auth/';

/** The manifest's scopes (appsscript.json; the scope audit checks both agree). */
export const SCOPES = {
  sheet: `${AUTH}spreadsheets.currentonly`,
  ui: `${AUTH}script.container.ui`,
  email: `${AUTH}userinfo.email`,
  driveFile: `${AUTH}drive.file`,
  triggers: `${AUTH}script.scriptapp`,
} as const;

/** What each menu action needs (tested against the fake granted exactly this much). */
export const ACTION_SCOPES = {
  // The form records who entered a row (Dicatat Oleh): without the address it would stay blank.
  openForm: [SCOPES.sheet, SCOPES.ui, SCOPES.email],
  // Set-up installs the edit trigger that checks rows typed in the grid (phones included).
  setupDataSheet: [SCOPES.sheet, SCOPES.ui, SCOPES.triggers],
  checkData: [SCOPES.sheet],
  makeTables: [SCOPES.sheet],
  makeRekap: [SCOPES.sheet],
  // The prompt that asks for the last round's sheet is UI.
  compareWithLastRound: [SCOPES.sheet, SCOPES.ui],
  // Ekspor PDF draws the report itself and offers a download: no Drive scope needed for that.
  // Simpan ke Drive (google.script.run, no menu item) needs drive.file; refused, it says so.
  exportPdf: [SCOPES.sheet, SCOPES.ui],
  openSettings: [SCOPES.sheet, SCOPES.ui],
} as const satisfies Record<string, readonly string[]>;

export type MenuAction = keyof typeof ACTION_SCOPES;

/** `run`, after asking for the scopes `action` needs; called outside any try, so the prompt ends the run. */
export function withConsent<A extends unknown[], R>(action: MenuAction, run: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [...ACTION_SCOPES[action]]);
    return run(...args);
  };
}
