/** Number formatting for reports: Indonesian style (84,62; 1.234) by default, English on request. */
import type { Lang } from '../core';

const locale = (lang: Lang): string => (lang === 'id' ? 'id-ID' : 'en-US');

export function formatPercent(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(n);
}
