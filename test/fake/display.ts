/**
 * getDisplayValues: how a cell's value shows in the spreadsheet's locale. A small model:
 * enough to see that 84.615 with '0.00' shows as '84,62' in id_ID and '84.62' in en_US.
 *
 * Number formats understood: General (or ''), '@', '0', '0.0...', '#,##0', '#,##0.00...',
 * the same with a trailing '%'; date formats built from yyyy/yy, mm/m (month, or minutes
 * after h or before s), dd/d, hh/h, ss. Anything else shows the General form.
 */
import { isDate, type CellValue } from './cells';
import { formatDate } from './dates';

const numberFormatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(locale: string, decimals: number | null, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${grouping}`;
  let f = numberFormatters.get(key);
  if (f === undefined) {
    const tag = locale.replace('_', '-');
    f = new Intl.NumberFormat(tag, {
      useGrouping: grouping,
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 10,
    });
    numberFormatters.set(key, f);
  }
  return f;
}

const NUMERIC_FORMAT = /^(#,##)?0(\.(0+))?(%)?$/;

function displayNumber(n: number, format: string, locale: string): string {
  const m = NUMERIC_FORMAT.exec(format);
  if (m === null) return numberFormatter(locale, null, false).format(n);
  const decimals = m[3]?.length ?? 0;
  const percent = m[4] === '%';
  const text = numberFormatter(locale, decimals, m[1] !== undefined).format(percent ? n * 100 : n);
  return percent ? `${text}%` : text;
}

/** Sheets' date pattern -> SimpleDateFormat pattern for formatDate. */
function datePattern(format: string): string {
  return format
    .replace(/(h+[^a-z]*)mm/gi, '$1§§')
    .replace(/mm(?=[^a-z]*s)/gi, '§§')
    .replace(/m+/gi, (run) => 'M'.repeat(run.length))
    .replace(/§/g, 'm')
    .replace(/h/g, 'H')
    .replace(/D/g, 'd')
    .replace(/Y/g, 'y');
}

function defaultDatePattern(locale: string): string {
  return locale.startsWith('en_US') || locale === 'en' ? 'M/d/yyyy' : 'dd/MM/yyyy';
}

export function displayValue(value: CellValue, format: string, locale: string, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return format === '@' ? String(value) : displayNumber(value, format, locale);
  if (isDate(value)) {
    const pattern = /[yd]/i.test(format) ? datePattern(format) : defaultDatePattern(locale);
    return formatDate(value.getTime(), timeZone, pattern);
  }
  return String(value);
}
