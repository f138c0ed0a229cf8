/**
 * Dates in a spreadsheet's time zone: Utilities.formatDate, display values, and the
 * midnight that a typed '2006-05-01' becomes. Uses Intl (Node ships full ICU).
 */

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000, weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (+07:00 -> 25,200,000). */
export function offsetMs(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return asUtc - ms;
}

/** The instant of local midnight of y-m-d in `timeZone`. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day);
  const first = guess - offsetMs(guess, timeZone);
  // Re-check once: the offset can differ between the guess and the answer (DST edges).
  return guess - offsetMs(first, timeZone);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function offsetText(offset: number, colon: boolean): string {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offset / 60000));
  return `${sign}${pad(Math.floor(minutes / 60), 2)}${colon ? ':' : ''}${pad(minutes % 60, 2)}`;
}

/** One SimpleDateFormat field (a run of the same letter) for the zoned parts. */
function field(letter: string, width: number, p: ZonedParts, offset: number): string {
  switch (letter) {
    case 'y': return width === 2 ? pad(p.year % 100, 2) : pad(p.year, width);
    case 'M': return width >= 4 ? MONTHS[p.month - 1]! : width === 3 ? MONTHS[p.month - 1]!.slice(0, 3) : pad(p.month, width);
    case 'd': return pad(p.day, width);
    case 'E': return width >= 4 ? DAYS[p.weekday]! : DAYS[p.weekday]!.slice(0, 3);
    case 'H': return pad(p.hour, width);
    case 'h': return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, width);
    case 'm': return pad(p.minute, width);
    case 's': return pad(p.second, width);
    case 'S': return pad(p.millisecond, 3).slice(0, Math.max(width, 3));
    case 'a': return p.hour < 12 ? 'AM' : 'PM';
    case 'Z': return offsetText(offset, false);
    case 'X': return offset === 0 ? 'Z' : offsetText(offset, width >= 3);
    default: throw new Error(`FakeGas: formatDate does not model the pattern letter '${letter}'`);
  }
}

/**
 * Utilities.formatDate: a SimpleDateFormat subset (y M d E H h m s S a Z X, 'quoted text').
 * Month and day names are English, as on Apps Script.
 */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const p = zonedParts(ms, timeZone);
  const offset = offsetMs(ms, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const stop = end === -1 ? pattern.length : end;
      out += end === i + 1 ? "'" : pattern.slice(i + 1, stop);
      i = stop + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j += 1;
      out += field(ch, j - i, p, offset);
      i = j;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}
