/**
 * What a cell holds after a write, following Google Sheets' rules for typed input.
 *
 * VALUE RULES (tests for formula injection and number handling rely on them):
 *  1. A cell's value is string | number | boolean | Date, or '' when empty. getValues
 *     returns '' for empty cells, never null or undefined.
 *  2. setValue(s)/appendRow with null or undefined empty the cell.
 *  3. Numbers, booleans and Dates are stored as they are (Dates copied).
 *  4. A string written into a cell whose number format is '@' (plain text) is stored
 *     verbatim, whatever it looks like.
 *  5. Otherwise a string is parsed as if a person typed it:
 *     - a leading '=' (and more after it) makes a FORMULA: getFormulas() returns the string,
 *       getValues() returns the marker FORMULA_MARKER ('#FORMULA'). Nothing is evaluated.
 *     - a leading apostrophe stores the rest as text ("'=1+1" -> '=1+1', "'007" -> '007');
 *       the apostrophe itself is not part of the value.
 *     - a plain decimal number becomes a number: '12', '-5', '+3', '12.5', '.5', '1e3',
 *       '007' -> 7 (leading zeros are lost, as in Sheets).
 *     - 'TRUE' / 'FALSE' in any case become booleans.
 *     - an ISO date 'yyyy-mm-dd' becomes a Date at midnight in the spreadsheet's time zone.
 *     - anything else stays text verbatim, including '84,62', '1.234,5', '50%', ' 12 ',
 *       '+62 812...', '-foo' and '@x' (the fake does not model locale-aware number
 *       parsing, percent or currency input: they stay strings here).
 *  6. Any other value (object, array, function) is refused with an error; on Google it
 *     would be written as some string form, which is never what an adapter meant.
 */

export type CellValue = string | number | boolean | Date;

/** getValues() for a formula cell (the fake evaluates nothing). */
export const FORMULA_MARKER = '#FORMULA';

/** The plain-text number format. */
export const TEXT_FORMAT = '@';

export interface StoredCell {
  value: CellValue;
  formula: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Date test that works across realms (a Date made inside node:vm is not `instanceof Date` here). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export interface ParseEnv {
  /** Local midnight of y-m-d in the spreadsheet's time zone, as epoch ms. */
  midnight(year: number, month: number, day: number): number;
  /** The error to throw for a value that cannot be written. */
  fail(message: string): Error;
}

function parseString(text: string, env: ParseEnv): StoredCell {
  const first = text.charAt(0);
  if (first === '=' && text.length > 1) return { value: FORMULA_MARKER, formula: text };
  if (first === "'") return { value: text.slice(1), formula: '' };
  if (NUMBER.test(text)) return { value: Number(text), formula: '' };
  if (text.length === 4 || text.length === 5) {
    const upper = text.toUpperCase();
    if (upper === 'TRUE') return { value: true, formula: '' };
    if (upper === 'FALSE') return { value: false, formula: '' };
  }
  const iso = ISO_DATE.exec(text);
  if (iso !== null) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    // '2006-02-30' is not a date: Sheets keeps it as text.
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return { value: new Date(env.midnight(year, month, day)), formula: '' };
    }
  }
  return { value: text, formula: '' };
}

/** The stored cell for `input` written into a cell with number format `numberFormat`. */
export function parseInput(input: unknown, numberFormat: string, env: ParseEnv): StoredCell {
  switch (typeof input) {
    case 'number':
    case 'boolean':
      return { value: input, formula: '' };
    case 'string':
      if (input === '') return { value: '', formula: '' };
      return numberFormat === TEXT_FORMAT ? { value: input, formula: '' } : parseString(input, env);
    case 'undefined':
      return { value: '', formula: '' };
    default:
      if (input === null) return { value: '', formula: '' };
      if (isDate(input)) return { value: new Date(input.getTime()), formula: '' };
      throw env.fail(
        `FakeGas: cannot write a value of type ${Array.isArray(input) ? 'array' : typeof input} into a cell ` +
          '(Sheets would store some string form of it; write a string, number, boolean or Date).',
      );
  }
}

/** True for a cell that counts as empty (getLastRow ignores it). */
export function isEmptyValue(value: CellValue): boolean {
  return value === '';
}
