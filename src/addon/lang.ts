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
