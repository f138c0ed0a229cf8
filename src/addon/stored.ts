/**
 * A row of the Data sheet read back as form input, for editing: categories as their labels,
 * several-of as lists of labels, numbers as numbers, the date as yyyy-mm-dd (no Date crosses
 * google.script.run). A cell the rules reject (a row typed by hand) comes back as its text,
 * so the volunteer sees what is there and fixes it in the form.
 */
import { cellText, FIELDS, fieldSchemas, isBlankCell, parseWhole, type GroupInput, type HeaderMap, type RawCell, type SchemaContext } from '../core';

export function rowInput(cells: readonly RawCell[], header: HeaderMap, ctx: SchemaContext): GroupInput {
  const schemas = fieldSchemas(ctx);
  const input: GroupInput = {};
  for (const f of FIELDS) {
    const column = header.index[f.id];
    if (column === undefined) continue;
    const raw = cells[column];
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
