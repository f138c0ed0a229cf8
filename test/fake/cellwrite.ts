/**
 * Helpers shared by Range and RangeList for reading and writing blocks of a layer,
 * with the shape check and messages of the real API.
 */
import type { Rect } from './a1';
import type { FakeContext } from './context';
import type { Layer } from './grid';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Object[]';
  return typeof value === 'string' ? 'String' : typeof value === 'number' ? 'number' : typeof value;
}

/**
 * Throws as Sheets does when a 2-D array does not fit the range:
 * "The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3."
 */
export function checkShape(ctx: FakeContext, data: unknown, rect: Rect, method: string): asserts data is unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw ctx.error(`The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (data.length !== rect.numRows) {
    throw ctx.error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== rect.numCols) {
      throw ctx.error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numCols}.`,
      );
    }
  }
}

/** Writes a checked 2-D array into a layer, mapping each element. */
export function writeBlock<T, U>(
  ctx: FakeContext,
  layer: Layer<T>,
  rect: Rect,
  data: readonly (readonly U[])[],
  method: string,
  map: (value: U) => T,
): void {
  checkShape(ctx, data, rect, method);
  for (let i = 0; i < rect.numRows; i += 1) {
    const row = data[i]!;
    for (let j = 0; j < rect.numCols; j += 1) layer.set(rect.row - 1 + i, rect.col - 1 + j, map(row[j] as U));
  }
}

const NAMED: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  gray: '#808080', grey: '#808080', orange: '#ffa500', purple: '#800080',
};

/** Colors read back as lower-case '#rrggbb', as getBackground() returns them. */
export function normalizeColor(color: string | null, fallback: string): string {
  if (color === null || color === '') return fallback;
  const c = color.trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`;
  return NAMED[c] ?? c;
}
