/**
 * Checks before saving, with the schema the server and the sheet validator use (src/core):
 * one field as the volunteer leaves it, the whole entry on submit. Messages are the core's
 * (issueBody), shown next to the field the same way whether the browser or the server found them.
 */
import {
  fieldHeader,
  fieldSchemas,
  groupSchema,
  issueBody,
  problemsOf,
  type FieldId,
  type FieldSchemas,
  type GroupRecord,
  type IssueCode,
  type Lang,
  type SchemaContext,
} from '../src/core';
import type { ZodType } from '../src/core/zod';
import { words } from './text';
import { FORM_FIELDS, toInput, type FormFieldId, type FormValue, type FormValues } from './values';

export interface FieldMessage {
  field: FormFieldId;
  message: string;
}

const ORDER = new Map<FieldId, number>(FORM_FIELDS.map((f, i) => [f.id, i]));

/** Form order, so "the first bad field" is the first one on screen. */
export function inFormOrder(messages: FieldMessage[]): FieldMessage[] {
  return [...messages].sort((a, b) => (ORDER.get(a.field) ?? 99) - (ORDER.get(b.field) ?? 99));
}

export function isFormField(id: FieldId | string): id is FormFieldId {
  return ORDER.has(id as FieldId);
}

/** "Jenis Kelompok wajib diisi." / "\"12a\" bukan angka utuh…": the body, made a sentence. */
export function displayMessage(field: FieldId, code: IssueCode, body: string, lang: Lang): string {
  if (code === 'required') return `${fieldHeader(field, lang)} ${body}`;
  return body.charAt(0).toUpperCase() + body.slice(1);
}

const valueText = (v: FormValue | undefined): string => (v === undefined ? '' : Array.isArray(v) ? v.join('; ') : v.trim());

export class Checker {
  private readonly fields: FieldSchemas;
  private readonly record: ZodType<GroupRecord, unknown>;

  constructor(
    ctx: SchemaContext,
    private readonly lang: Lang,
  ) {
    this.fields = fieldSchemas(ctx);
    this.record = groupSchema(ctx);
  }

  /** The message for one field, or null when it is fine. */
  field(id: FormFieldId, value: FormValue | undefined, badInput = false): string | null {
    if (badInput) return words(this.lang).incompleteDate;
    const input = toInput({ [id]: value })[id];
    const r = this.fields[id].safeParse(input);
    if (r.success) return null;
    const [p] = problemsOf(r.error);
    return p === undefined ? null : this.say(id, p.code, valueText(value), p.params);
  }

  /** Every failing field of a whole entry, in form order. */
  all(values: FormValues, badInput: ReadonlySet<FormFieldId> = new Set()): FieldMessage[] {
    const out: FieldMessage[] = [];
    const r = this.record.safeParse(toInput(values));
    if (!r.success) {
      for (const p of problemsOf(r.error)) {
        if (isFormField(p.field) && !badInput.has(p.field)) {
          out.push({ field: p.field, message: this.say(p.field, p.code, valueText(values[p.field]), p.params) });
        }
      }
    }
    for (const id of badInput) out.push({ field: id, message: words(this.lang).incompleteDate });
    return inFormOrder(out);
  }

  private say(id: FieldId, code: IssueCode, value: string, params: Parameters<typeof issueBody>[2]): string {
    return displayMessage(id, code, issueBody(code, value, params, this.lang), this.lang);
  }
}
