/**
 * Numbers as text, for everything printed (the CLI's text tables, the PDF report, the add-on's
 * messages): Indonesian style (84,62; 1.234) by default, English on request. One formatter
 * for every writer, so a table reads the same in the terminal, the PDF and a toast. Done by
 * hand, not with Intl: Apps Script's V8 cannot be relied on to carry id-ID locale data. For
 * the numbers the study prints (finite, below 10^21) the text is what Intl's id-ID / en-US
 * give (test/core/numbers.test.ts checks it).
 */
import type { Lang } from './model';

const SEPARATORS: Record<Lang, { thousands: string; decimal: string }> = {
  id: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

function grouped(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 1234 -> "1.234" (id) or "1,234" (en); rounds to a whole number, a half away from zero. */
export function formatCount(value: number, lang: Lang): string {
  const n = Math.round(Math.abs(value));
  const text = grouped(String(n), SEPARATORS[lang].thousands);
  return value < 0 && n !== 0 ? `-${text}` : text;
}

/** 84.62 -> "84,62" (id) or "84.62" (en), always two decimals. */
export function formatPercent(value: number, lang: Lang): string {
  const { thousands, decimal } = SEPARATORS[lang];
  const fixed = Math.abs(value).toFixed(2);
  const [whole = '0', fraction = '00'] = fixed.split('.');
  const text = `${grouped(whole, thousands)}${decimal}${fraction}`;
  return value < 0 && Number(fixed) !== 0 ? `-${text}` : text;
}
