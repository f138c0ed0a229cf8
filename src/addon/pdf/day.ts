/**
 * The day the report is made, on the spreadsheet's calendar: what the coordinator reads in
 * the sheet (Apps Script's Date methods run in the script's zone, which may be another).
 */
import type { CalendarDay } from '../../report/format';

export function spreadsheetDay(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, date: Date): CalendarDay {
  const [year = 0, month = 1, day = 1] = Utilities.formatDate(date, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd').split('-').map(Number);
  return { year, month, day };
}
