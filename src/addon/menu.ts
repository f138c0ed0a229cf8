/**
 * The add-on menu (Extensions › Pranata). onOpen builds only the menu: in AuthMode.NONE (the
 * add-on installed but not yet used in this document) nothing else is allowed, so the menu is
 * built from constants and the language is not even asked for then (Indonesian).
 */
import type { Lang } from '../core';
import { userLang } from './lang';
import { say, type MessageKey } from './messages';

/** Menu captions and the top-level functions they run (each one an export of src/index.ts). */
export const MENU_ITEMS: readonly (readonly [MessageKey, string] | 'separator')[] = [
  ['menuOpenForm', 'openForm'],
  'separator',
  ['menuSetup', 'setupDataSheet'],
  ['menuCheck', 'checkData'],
  ['menuTables', 'makeTables'],
  ['menuRekap', 'makeRekap'],
  ['menuCompare', 'compareWithLastRound'],
  ['menuExportPdf', 'exportPdf'],
  'separator',
  ['menuSettings', 'openSettings'],
];

type OpenEvent = { authMode?: GoogleAppsScript.Script.AuthMode } | undefined;

function menuLang(e: OpenEvent): Lang {
  return e?.authMode === ScriptApp.AuthMode.NONE ? 'id' : userLang();
}

/** Simple trigger: builds the add-on menu, in Bahasa Indonesia or (by the user's locale) English. */
export function onOpen(e?: OpenEvent): void {
  const lang = menuLang(e);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(say(item[0], lang), item[1]);
  }
  menu.addToUi();
}

/** Runs when the add-on is installed from within a document: shows the menu at once. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}
