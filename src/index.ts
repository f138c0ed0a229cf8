/**
 * The add-on's public surface: the functions Apps Script calls (triggers, menu items,
 * google.script.run) and nothing else. build.mjs emits a top-level forwarding function for
 * each export, because Apps Script can only call top-level functions of the pushed file.
 */

// Triggers and the menu.
export { onInstall, onOpen } from './addon/menu';
// The installable edit trigger Siapkan Lembar Data creates (checks on edit, phones included).
export { onDataEdit } from './addon/on-edit';
// Menu items (each asks for the scopes it needs first: addon/consent.ts).
export { openForm, openSettings, setupDataSheet, checkData, makeTables, makeRekap, compareWithLastRound, exportPdf } from './addon/menu-actions';
export { saveSettingsForm } from './addon/dialogs';
// The sidebar's server calls (google.script.run).
export { getFormConfig, submitGroup, updateGroup, getRecentEntries, getEntry } from './addon/submit';
export { findSimilarGroup } from './addon/similar';
// The export dialog's server call.
export { savePdfToDrive } from './addon/pdf/drive-save';
