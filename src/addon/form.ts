/**
 * A form entry from the sidebar, checked on the server with the same zod schema the sidebar
 * and the sheet checks use. Anything may arrive over google.script.run (an old sidebar, a
 * hand-made call), so the input is narrowed first and problems come back as field messages,
 * never as a thrown error.
 */
import {
  cellText,
  FIELD_IDS,
  groupSchema,
  issueBody,
  problemsOf,
  type FieldId,
  type GroupRecord,
  type Lang,
  type RawCell,
  type SchemaContext,
} from '../core';
import type { FieldError } from './contract';

/** Client-made ids: short, and safe in a cell, a URL and a property (no spaces, no quotes, no '='). */
const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isClientId(value: unknown): value is string {
  return typeof value === 'string' && CLIENT_ID.test(value);
}

export type FormOutcome = { ok: true; record: GroupRecord } | { ok: false; errors: FieldError[] };

/** The codebook's fields of `input`, whatever it is; other keys are dropped. */
function fieldsOf(input: unknown): Partial<Record<FieldId, unknown>> {
  const out: Partial<Record<FieldId, unknown>> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return out;
  const source = input as Record<string, unknown>;
  for (const id of FIELD_IDS) if (Object.prototype.hasOwnProperty.call(source, id)) out[id] = source[id];
  return out;
}

/** The value a message quotes: what the volunteer typed, as text. */
function valueText(v: unknown): string {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x.trim() : String(x))).join('; ');
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    return cellText(v as RawCell);
  }
  return String(v);
}

/**
 * Checks one entry. The ID is the entry's id (never what the form sent); the Kelurahan is the
 * settings' one when the coordinator set it, so every row of a kelurahan's sheet agrees.
 */
export function checkForm(input: unknown, id: string, ctx: SchemaContext, lang: Lang): FormOutcome {
  const fields = fieldsOf(input);
  fields.id = id;
  if (ctx.settings.kelurahan !== '') fields.kelurahan = ctx.settings.kelurahan;
  const parsed = groupSchema(ctx).safeParse(fields);
  if (parsed.success) return { ok: true, record: parsed.data };
  const errors = problemsOf(parsed.error).map(({ field, code, params }) => ({
    field,
    code,
    message: issueBody(code, valueText(fields[field]), params, lang),
  }));
  return { ok: false, errors };
}
