import type { Lang } from '../core';
import { say } from './messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long a toast stays up: long enough to read a sentence or two. */
const TOAST_SECONDS = 10;

/** A toast in the corner: it never blocks the sheet, unlike an alert. */
export function notify(ss: Spreadsheet, message: string, lang: Lang): void {
  ss.toast(message, say('toastTitle', lang), TOAST_SECONDS);
}
