/**
 * Number and date formatting for the PDF report. The report is printed, so numbers are
 * strings here (unlike the sheet writer, which writes numbers and lets the spreadsheet's
 * locale format them). Done by hand, not with Intl: Apps Script's V8 cannot be relied on to
 * carry id-ID locale data, and the CLI and the add-on must print the same 84,62 and 1.234.
 */
import type { Lang } from '../core/model';

/** A day on the calendar of whoever the report is for (the spreadsheet's zone, or the CLI's). */
export interface CalendarDay {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const SEPARATORS: Record<Lang, { thousands: string; decimal: string }> = {
  id: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

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

function grouped(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 1234 -> "1.234" (id) or "1,234" (en); rounds to a whole number. */
export function formatCount(value: number, lang: Lang): string {
  const n = Math.round(value);
  const text = grouped(String(Math.abs(n)), SEPARATORS[lang].thousands);
  return n < 0 ? `-${text}` : text;
}

/** 84.62 -> "84,62" (id) or "84.62" (en), always two decimals. */
export function formatPercent(value: number, lang: Lang): string {
  const { thousands, decimal } = SEPARATORS[lang];
  const fixed = Math.abs(value).toFixed(2);
  const [whole = '0', fraction = '00'] = fixed.split('.');
  const text = `${grouped(whole, thousands)}${decimal}${fraction}`;
  return value < 0 && Number(fixed) !== 0 ? `-${text}` : text;
}

export function formatDay(value: CalendarDay | Date, lang: Lang): string {
  // Duck-typed: a Date from another realm (the add-on's bundle in node:vm) is no `instanceof Date` here.
  const d = 'getFullYear' in value ? calendarDay(value) : value;
  return `${d.day} ${MONTHS[lang][d.month - 1] ?? String(d.month)} ${d.year}`;
}

export function numberFormats(lang: Lang): NumberFormats {
  return {
    count: (value) => formatCount(value, lang),
    percent: (value) => formatPercent(value, lang),
    date: (value) => formatDay(value, lang),
  };
}
