/**
 * A row of the Data sheet read back as form input, for editing: categories as their labels,
 * several-of as lists of labels, numbers as numbers, the date as yyyy-mm-dd (no Date crosses
 * google.script.run). A cell the rules reject (a row typed by hand) comes back as its text,
 * so the volunteer sees what is there and fixes it in the form.
 */
import { cellText, FIELDS, fieldSchemas, isBlankCell, parseWhole, type GroupInput, type HeaderMap, type RawCell, type SchemaContext } from '../core';

/**
 * `dateText` turns a date cell into yyyy-mm-dd. A sheet's date is midnight in the
 * spreadsheet's time zone; read with the script's zone (Asia/Jakarta) it can be the day
 * before, so the caller formats it in the spreadsheet's own zone.
 */
export function rowInput(
  cells: readonly RawCell[],
  header: HeaderMap,
  ctx: SchemaContext,
  dateText: (d: Date) => string,
): GroupInput {
  const schemas = fieldSchemas(ctx);
  const input: GroupInput = {};
  for (const f of FIELDS) {
    const column = header.index[f.id];
    if (column === undefined) continue;
    const cell = cells[column];
    const raw = f.kind.type === 'date' && cell instanceof Date && !Number.isNaN(cell.getTime()) ? dateText(cell) : cell;
    if (isBlankCell(raw)) {
      const t = f.kind.type;
      input[f.id] = t === 'multi' ? [] : t === 'integer' || t === 'date' ? null : '';
      continue;
    }
    const parsed = schemas[f.id].safeParse(raw);
    if (parsed.success) input[f.id] = parsed.data;
    else if (f.kind.type === 'integer') {
      // Out of range (a year after the survey year, say) is still a number to show.
      const n = parseWhole(raw);
      input[f.id] = n.ok ? n.value : cellText(raw);
    } else input[f.id] = cellText(raw);
  }
  return input;
}
