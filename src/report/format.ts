/**
 * Number and date formatting for the PDF report. The report is printed, so numbers are
 * strings here (unlike the sheet writer, which writes numbers and lets the spreadsheet's
 * locale format them); they come from the core's one formatter (core/numbers.ts). Dates by
 * hand, not with Intl, for the same reason: Apps Script's V8 cannot be relied on to carry
 * id-ID locale data, and the CLI and the add-on must print the same day.
 */
import type { Lang } from '../core/model';
import { dayInWords } from '../core/i18n';
import { formatCount, formatPercent } from '../core/numbers';

/** A day on the calendar of whoever the report is for (the spreadsheet's zone, or the CLI's). */
export interface CalendarDay {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

/** The day a Date falls on in the running process's own time zone. */
export function calendarDay(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export interface NumberFormats {
  /** Whole numbers with thousands separators: 1.234 (id), 1,234 (en). */
  count(value: number): string;
  /** Percentages with exactly two decimals: 84,62 / 100,00 / 0,00 (id). */
  percent(value: number): string;
  /** A day as words: "27 November 2026" (a Date is read on the process's calendar). */
  date(value: CalendarDay | Date): string;
}

export function formatDay(value: CalendarDay | Date, lang: Lang): string {
  // Duck-typed: a Date from another realm (the add-on's bundle in node:vm) is no `instanceof Date` here.
  const d = 'getFullYear' in value ? calendarDay(value) : value;
  return dayInWords(d.year, d.month, d.day, lang);
}

export function numberFormats(lang: Lang): NumberFormats {
  return {
    count: (value) => formatCount(value, lang),
    percent: (value) => formatPercent(value, lang),
    date: (value) => formatDay(value, lang),
  };
}
