import type { Lang } from '../core';

/** Bahasa Indonesia by default; English when the user's locale is English. */
export function userLang(): Lang {
  let locale = '';
  try {
    locale = Session.getActiveUserLocale() ?? '';
  } catch {
    // In AuthMode.NONE (onOpen before authorisation) the locale may be unavailable.
  }
  return locale.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/**
 * The spreadsheet's language, for what the edit trigger writes: it runs as the coordinator who
 * set it up, for whoever typed, so the shared sheet's locale decides (id_ID, en_US…).
 */
export function sheetLang(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  return ss.getSpreadsheetLocale().toLowerCase().startsWith('en') ? 'en' : 'id';
}
