/// <reference types="google-apps-script" />
/**
 * A user's edit of the Data sheet and the event an installable edit trigger receives for it.
 * Source: Google's "Event objects" page (Sheets, Edit): `authMode`, `range` (the edited cell or
 * block; a paste gives the whole pasted block), `source` (the spreadsheet), `triggerUid`,
 * `user`, and `value` / `oldValue` only when a single cell was edited. An installable trigger
 * runs in AuthMode.FULL ("Installable triggers", authorization). The fake never fires a trigger
 * itself (script writes do not fire triggers on Google either): a test types, then calls the
 * handler with the event. Neither the typing nor making the event counts a service call.
 */
import type { FakeGas } from './index';
import { AuthMode } from './enums';
import { newUser } from './protection';
import { newRange } from './range';
import { newSpreadsheet } from './spreadsheet';

export interface EditOptions {
  /** Who typed (the event's user); the trigger still runs as its creator. */
  user?: string;
  triggerUid?: string;
}

/**
 * Types `rows` into sheet `name` from (row, column), 1-based, as a person would (strings parsed
 * like typed input; '' empties a cell), and returns the edit event for the block.
 */
export function typeInto(
  fake: FakeGas,
  name: string,
  row: number,
  column: number,
  rows: readonly (readonly unknown[])[],
  options: EditOptions = {},
): GoogleAppsScript.Events.SheetsOnEdit {
  const before = rows.length === 1 && rows[0]?.length === 1 ? fake.values(name)[row - 1]?.[column - 1] : undefined;
  fake.seedSheet(name, rows, { startRow: row, startColumn: column });
  return editEvent(fake, name, row, column, rows.length, Math.max(...rows.map((r) => r.length)), {
    ...options,
    ...(before === undefined ? {} : { oldValue: String(before) }),
  });
}

/** The event for an edit of the block at (row, column) of numRows x numColumns. */
export function editEvent(
  fake: FakeGas,
  name: string,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  options: EditOptions & { oldValue?: string } = {},
): GoogleAppsScript.Events.SheetsOnEdit {
  const ctx = fake.ctx;
  const model = fake.sheetModel(name);
  const range = newRange(ctx, model, { row, col: column, numRows, numCols: numColumns });
  const single = numRows === 1 && numColumns === 1;
  const event = {
    authMode: AuthMode.FULL,
    range,
    source: newSpreadsheet(ctx, ctx.book),
    triggerUid: options.triggerUid ?? 'trigger-1',
    user: newUser(ctx, options.user ?? ctx.options.userEmail),
  } as Record<string, unknown>;
  if (single) {
    const v = fake.values(name)[row - 1]?.[column - 1];
    event.value = v === undefined || v === '' ? undefined : String(v);
    if (options.oldValue !== undefined && options.oldValue !== '') event.oldValue = options.oldValue;
  }
  return event as unknown as GoogleAppsScript.Events.SheetsOnEdit;
}
