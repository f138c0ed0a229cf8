/**
 * A date in a cell is an instant; the day a person typed is that instant's day in the
 * spreadsheet's time zone (File › Settings). Apps Script's Date getters answer in the
 * script's zone (appsscript.json), which can differ: Google's reference for
 * Session.getScriptTimeZone() calls this "a frequent source of scripting bugs". In a sheet set
 * to Asia/Makassar, midnight of 1 March is still 28 February in Jakarta.
 *
 * So dates read from the sheet are turned into the Date whose getters give the spreadsheet's
 * wall clock (what the core's isoDate and cellText read), and stamps the add-on writes as
 * text are formatted in the spreadsheet's zone.
 *
 * The zone's offset at an instant comes from Intl (ECMAScript; Apps Script's V8 has it, but
 * Google does not document its time-zone data), checked once against Utilities.formatDate;
 * if Intl is missing or disagrees, from Utilities.formatDate, once per hour of time among the
 * dates read (offsets change on the hour or half hour), so calls stay few.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HOUR = 3_600_000;

/** "+0800" / "-0530" as minutes. */
function minutesOf(z: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (m === null) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function viaIntl(zone: string): ((ms: number) => number) | null {
  try {
    const f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    return (ms) => {
      const p: Record<string, number> = {};
      for (const part of f.formatToParts(new Date(ms))) p[part.type] = Number(part.value);
      const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
      return Math.round((wall - (ms - (ms % 60000))) / 60000);
    };
  } catch {
    return null;
  }
}

/** Minutes the spreadsheet's zone is ahead of UTC at an instant. */
function offsetFinder(zone: string): (ms: number) => number {
  const byService = (ms: number): number => minutesOf(Utilities.formatDate(new Date(ms), zone, 'Z'));
  const intl = viaIntl(zone);
  const now = Date.now();
  if (intl !== null && intl(now) === byService(now)) return intl;
  const memo = new Map<number, number>();
  return (ms) => {
    const hour = Math.floor(ms / HOUR);
    let offset = memo.get(hour);
    if (offset === undefined) {
      offset = byService(ms);
      memo.set(hour, offset);
    }
    return offset;
  };
}

export interface SheetClock {
  /** The Date whose getters (getFullYear, getDate, getHours...) give `d` on the spreadsheet's clock. */
  wall(d: Date): Date;
}

export function sheetClock(ss: Spreadsheet): SheetClock {
  const offset = offsetFinder(ss.getSpreadsheetTimeZone());
  return {
    wall(d) {
      const ms = d.getTime();
      if (Number.isNaN(ms)) return d;
      const u = new Date(ms + offset(ms) * 60000);
      return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds(), u.getUTCMilliseconds());
    },
  };
}

/** Every Date cell of `values` replaced, in place, by its spreadsheet wall-clock Date. */
export function onSheetClock(ss: Spreadsheet, values: unknown[][]): void {
  let clock: SheetClock | null = null;
  for (const row of values) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (Object.prototype.toString.call(v) !== '[object Date]') continue;
      clock ??= sheetClock(ss);
      row[c] = clock.wall(v as Date);
    }
  }
}
