/**
 * Time for the export: a clock that can be replaced in tests (Utilities.sleep only records
 * there), and moments as the spreadsheet's own clock shows them, which is what the
 * coordinator reads in the sheet (Apps Script's Date is in the script's time zone instead).
 */
import { LOCAL_TIME_PATTERN, parseLocalTime, type LocalTime } from './cover-text';

export interface Clock {
  now(): number;
  sleep(ms: number): void;
}

export const systemClock: Clock = { now: () => Date.now(), sleep: (ms) => Utilities.sleep(ms) };

/** `date` on the clock of the spreadsheet's time zone. */
export function localTime(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, date: Date): LocalTime {
  const timeZone = ss.getSpreadsheetTimeZone();
  return parseLocalTime(Utilities.formatDate(date, timeZone, LOCAL_TIME_PATTERN), timeZone);
}
