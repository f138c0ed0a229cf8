/**
 * Cell values as a spreadsheet gives them (string, number, boolean, Date, empty) and as a
 * CSV gives them (strings), turned into text, whole numbers and dates.
 */
import type { CellValue } from './model';

export type RawCell = string | number | boolean | Date | null | undefined;

export function isBlankCell(v: RawCell): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  return false;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** yyyy-mm-dd of a Date, read in the runtime's time zone (a sheet's dates are local dates). */
export function isoDate(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return 'Invalid Date';
  const hasTime = d.getHours() !== 0 || d.getMinutes() !== 0 || d.getSeconds() !== 0;
  return hasTime ? `${isoDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}` : isoDate(d);
}

/** The trimmed text of a cell. Numbers print as JavaScript does (12, 12.5); Dates as yyyy-mm-dd. */
export function cellText(v: RawCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(Object.is(v, -0) ? 0 : v);
  return v ? 'TRUE' : 'FALSE';
}

/** A JSON-safe copy of the raw value, for issues[].value. */
export function jsonValue(v: RawCell): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : dateText(v);
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}

export type WholeResult = { ok: true; value: number } | { ok: false };

/** Plain digits, with an optional zero fraction after a dot or a comma: `12`, `12.0`, `12,0`. */
const WHOLE = /^[+-]?(\d+)(?:[.,]0+)?$/;
/**
 * Thousands grouped the Indonesian way (CODEBOOK §1): 1–3 digits, then groups of exactly
 * three digits after a dot, a space, a no-break space or a thin space (`1.000`, `12.500`,
 * `1 000`), optionally with a zero fraction after a comma (`1.000,0`). One separator per
 * number. This test runs before WHOLE, so `12.500` is 12500, never 12.5.
 */
const GROUPED = /^[+-]?\d{1,3}(?:([. \u00a0\u2009\u202f])\d{3})(?:\1\d{3})*(?:,0+)?$/;
/** `1,000` is one thousand to an English file and one to an Indonesian one: neither is guessed. */
const COMMA_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+$/;

/**
 * Whole numbers, the one rule for every reader (CLI, add-on, sidebar): `12`, ` 12 `, `12.0`,
 * `12,0`, `+12`, a spreadsheet number 12, and dot- or space-grouped thousands (`1.000` is
 * 1000); `12.5`, `12a`, `dua belas`, `1,000` (ambiguous), booleans and dates are not.
 */
export function parseWhole(v: RawCell): WholeResult {
  if (typeof v === 'number') {
    return Number.isInteger(v) ? { ok: true, value: v === 0 ? 0 : v } : { ok: false };
  }
  if (typeof v !== 'string') return { ok: false };
  let s = v.trim();
  if (!/^[\x20-\x7e]*$/.test(s)) s = s.normalize('NFKC').trim(); // full-width digits
  let digits: string;
  if (GROUPED.test(s)) digits = s.replace(/,0+$/, '').replace(/[^\d+-]/g, '');
  else if (COMMA_GROUPED.test(s)) return { ok: false };
  else {
    const m = WHOLE.exec(s);
    if (m === null) return { ok: false };
    digits = (s.startsWith('-') ? '-' : '') + (m[1] ?? '');
  }
  const n = Number(digits);
  return Number.isSafeInteger(n) ? { ok: true, value: n === 0 ? 0 : n } : { ok: false };
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, pebruari: 2, february: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, agus: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

function validYmd(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

/**
 * Dates: a spreadsheet Date, or text as volunteers write it: 2006-03-15 or 2006/03/15, and
 * day first, the Indonesian order: 15/03/2006, 15-03-2006, 15.03.2006, "15 Maret 2006". When
 * day-first is impossible but month-first is a real date (3/15/2006, from an English-locale
 * export), it is read month-first. Returns yyyy-mm-dd, or null when the text is no real
 * calendar date.
 */
export function parseDate(v: RawCell): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : isoDate(v);
  if (typeof v !== 'string') return null;
  const s = v.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return validYmd(Number(m[3]), Number(m[2]), Number(m[1])) ?? validYmd(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    return month === undefined ? null : validYmd(Number(m[3]), month, Number(m[1]));
  }
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    return month === undefined ? null : validYmd(Number(m[3]), month, Number(m[2]));
  }
  return null;
}

/**
 * A copy of `s` that shares no memory with the text it was cut from. Parsers hand out cells
 * as slices of a large chunk of the file; keeping one such slice (a memo key, an issue's
 * value) keeps the whole chunk alive, and a million rows' worth of chunks is the whole file.
 * Concatenation then slicing makes V8 copy the characters into a fresh string.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}
