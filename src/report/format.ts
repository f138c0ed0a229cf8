/**
 * Number and date formatting for the PDF report. The report is printed, so numbers are
 * strings here (unlike the sheet writer, which writes numbers and lets the spreadsheet's
 * locale format them). Intl with Node's full ICU does the work: id-ID gives 84,62 and 1.234.
 */
import type { Lang } from '../core/model';

/** BCP 47 locale of each report language. English uses en-GB: "27 November 2026", 84.62. */
const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export interface NumberFormats {
  /** Whole numbers with thousands separators: 1.234 (id), 1,234 (en). */
  count(value: number): string;
  /** Percentages with exactly two decimals: 84,62 / 100,00 / 0,00 (id). */
  percent(value: number): string;
  /** A date as words: "27 November 2026". */
  date(value: Date): string;
}

/** Builds the formatters once per report (Intl objects are costly to create per call). */
export function numberFormats(lang: Lang): NumberFormats {
  const locale = LOCALES[lang];
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true });
  const percent = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: true,
  });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  return {
    count: (value) => count.format(value),
    percent: (value) => percent.format(value),
    date: (value) => date.format(value),
  };
}
