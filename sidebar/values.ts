/**
 * What the form holds: every field as the text the volunteer typed, or the labels ticked for a
 * "several of" field. This is also what the draft stores and what is sent to the server
 * (GroupInput accepts text and label lists; the server checks it again with the same schema).
 */
import { FIELDS, SECTION_IDS, type FieldDef, type FieldId, type GroupInput, type SectionId } from '../src/core';

/** The ID column is filled by the add-on, never typed. */
export type FormFieldId = Exclude<FieldId, 'id'>;
export type FormValue = string | string[];
export type FormValues = Partial<Record<FormFieldId, FormValue>>;

const isFormField = (f: FieldDef): f is FieldDef & { id: FormFieldId } => f.id !== 'id';

/** The form's fields section by section (the study's order), in codebook order within each. */
export const FORM_SECTIONS: ReadonlyArray<{ id: SectionId; fields: ReadonlyArray<FieldDef & { id: FormFieldId }> }> =
  SECTION_IDS.map((id) => ({ id, fields: FIELDS.filter(isFormField).filter((f) => f.section === id) })).filter(
    (s) => s.fields.length > 0,
  );

export const FORM_FIELDS: ReadonlyArray<FieldDef & { id: FormFieldId }> = FORM_SECTIONS.flatMap((s) => s.fields);

/**
 * Kept from one entry to the next (the rule): a volunteer records one RW on one day.
 * Kelurahan is also kept, and starts from the coordinator's setting; so is its Kode Wilayah.
 */
export const STICKY_FIELDS: readonly FormFieldId[] = ['kelurahan', 'rw', 'petugas', 'tanggalPendataan', 'kodeWilayah'];

export function isEmptyValue(v: FormValue | undefined): boolean {
  return v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === '');
}

/** True when a field other than the kept ones holds something: that is worth a draft. */
export function hasEntry(values: FormValues): boolean {
  return FORM_FIELDS.some((f) => !STICKY_FIELDS.includes(f.id) && !isEmptyValue(values[f.id]));
}

export function pick(values: FormValues, ids: readonly FormFieldId[]): FormValues {
  const out: FormValues = {};
  for (const id of ids) {
    const v = values[id];
    if (v !== undefined) out[id] = Array.isArray(v) ? [...v] : v;
  }
  return out;
}

/** A stored entry (any JSON-like cell values) as form values. */
export function fromInput(input: GroupInput): FormValues {
  const out: FormValues = {};
  for (const f of FORM_FIELDS) {
    const v = input[f.id];
    if (v === undefined || v === null) continue;
    out[f.id] = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v : String(v);
  }
  return out;
}

/** What is sent: every form field, blank ones as '' (the schema treats them as empty cells). */
export function toInput(values: FormValues): GroupInput {
  const out: GroupInput = {};
  for (const f of FORM_FIELDS) {
    const v = values[f.id];
    out[f.id] = v === undefined ? (f.kind.type === 'multi' ? [] : '') : Array.isArray(v) ? [...v] : v.trim();
  }
  return out;
}

/**
 * A stored entry (the server's StoredEntry.input) as form values. The date input only holds
 * yyyy-mm-dd: a stored date it cannot show is returned apart, so the form can say so.
 */
export function entryValues(input: GroupInput, toIso: (text: string) => string | null): { values: FormValues; badDate: string | null } {
  const values = fromInput(input);
  const date = typeof values.tanggalPendataan === 'string' ? values.tanggalPendataan.trim() : '';
  const iso = date === '' ? '' : toIso(date);
  values.tanggalPendataan = iso ?? '';
  return { values, badDate: iso === null ? date : null };
}
