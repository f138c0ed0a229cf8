/**
 * Draft safety: what is typed lives in localStorage until it is saved, so closing the sidebar
 * by accident loses nothing. The kept fields (Kelurahan, RW, Petugas, date) are stored apart:
 * they outlive a save and prefill the next entry, also after the sidebar is reopened.
 *
 * Storage may be unavailable (a browser that blocks third-party storage in Apps Script's
 * iframe, a full quota): then the form works without drafts rather than failing.
 */
import { FORM_FIELDS, type FormFieldId, type FormValues } from './values';
// core's configured zod (jitless), as a namespace: esbuild drops what is unused.
import * as z from '../src/core/zod';

const DRAFT_KEY = 'pranata.sidebar.draft.v1';
const STICKY_KEY = 'pranata.sidebar.sticky.v1';

export interface Editing {
  id: string;
  row: number;
  name: string;
}

export interface Draft {
  values: FormValues;
  /** The id made when this entry was begun; a retry after a time-out reuses it. */
  clientId: string | null;
  /** Set while a saved entry is being edited. */
  editing: Editing | null;
}

const valuesSchema = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .transform((rec): FormValues => {
    const out: FormValues = {};
    for (const f of FORM_FIELDS) {
      const v = rec[f.id];
      if (v !== undefined) out[f.id as FormFieldId] = v;
    }
    return out;
  });

const draftSchema = z.object({
  values: valuesSchema,
  clientId: z.string().min(1).nullable(),
  editing: z.object({ id: z.string(), row: z.number().int(), name: z.string() }).nullable(),
});

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read<T>(key: string, schema: z.ZodType<T, unknown>): T | null {
  try {
    const text = storage()?.getItem(key);
    if (text === null || text === undefined) return null;
    const r = schema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    const s = storage();
    if (value === null) s?.removeItem(key);
    else s?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or privacy settings: the entry still works, it just is not kept.
  }
}

export const loadDraft = (): Draft | null => read(DRAFT_KEY, draftSchema);
export const saveDraft = (draft: Draft): void => write(DRAFT_KEY, draft);
export const clearDraft = (): void => write(DRAFT_KEY, null);

export const loadSticky = (): FormValues => read(STICKY_KEY, valuesSchema) ?? {};
export const saveSticky = (values: FormValues): void => write(STICKY_KEY, values);
