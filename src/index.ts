/**
 * The add-on's public surface: the functions Apps Script calls (triggers, menu items,
 * google.script.run) and nothing else. build.mjs emits a top-level forwarding function for
 * each export, because Apps Script can only call top-level functions of the pushed file.
 */

// Triggers and the menu.
export { onInstall, onOpen } from './addon/menu';
// The installable edit trigger Siapkan Lembar Data creates (checks on edit, phones included).
export { onDataEdit } from './addon/on-edit';
// Menu items.
export { openForm, openSettings, saveSettingsForm } from './addon/dialogs';
export { setupDataSheet } from './addon/setup';
export { checkData } from './addon/check';
export { makeTables } from './addon/tables-sheet';
export { exportPdf } from './addon/pdf-export';
// The sidebar's server calls (google.script.run).
export { getFormConfig, submitGroup, updateGroup, getRecentEntries, getEntry } from './addon/submit';
