/**
 * The zod schema of one group record (CODEBOOK §1): one field schema per column, and the
 * record schema built from them. The field schemas are what the row validator applies (once
 * per distinct value of a column, memoised) and what the sidebar and the server apply to a
 * form entry, so a rule lives in exactly one place.
 */
import * as z from './zod';
import {
  CODE_FORMATS,
  FIELDS,
  LIST_IDS,
  type Bound,
  type Categories,
  type FieldDef,
  type FieldId,
  type ListId,
  type Settings,
} from './codebook';
import { cellText, isBlankCell, parseDate, parseWhole, type RawCell } from './cells';
import type { IssueCode, IssueParams } from './model';
import { compileList, looseKey, type CompiledList } from './normalize';

export type Lists = Record<ListId, CompiledList>;

export interface SchemaContext {
  lists: Lists;
  settings: Settings;
}

export function compileLists(categories: Categories): Lists {
  const out = {} as Lists;
  for (const id of LIST_IDS) out[id] = compileList(categories[id]);
  return out;
}

export function schemaContext(categories: Categories, settings: Settings): SchemaContext {
  return { lists: compileLists(categories), settings };
}

/** What a field holds once checked. */
export type FieldValue = string | number | string[] | null;

export type FieldOutcome =
  | { ok: true; value: FieldValue }
  | { ok: false; code: IssueCode; params: IssueParams };

const fail = (code: IssueCode, params: IssueParams = {}): FieldOutcome => ({ ok: false, code, params });

function bound(b: Bound, settings: Settings): number {
  return b === 'surveyYear' ? settings.surveyYear : b;
}

/**
 * One `;`/`,`-separated part of a several-of cell: a label, or (as KoboToolbox and ODK write
 * several-of answers) choices separated by spaces: `iuran_anggota usaha_kelompok`, or labels
 * joined by spaces, read greedily, the longest label first. Returns the list positions, or
 * the text that matches nothing.
 */
export function matchParts(list: CompiledList, part: string): number[] | string {
  const whole = list.match(part);
  if (whole >= 0) return [whole];
  const words = part.split(/\s+/);
  if (words.length < 2) return part;
  // Each word's letters and digits: a run longer than the list's longest key cannot match, so
  // a run is tried only up to that length (a 100,000-character cell of unknown words once took
  // minutes here: every run from every word, each joined anew).
  const size = words.map((w) => looseKey(w).length);
  const out: number[] = [];
  for (let at = 0; at < words.length; ) {
    let end = at;
    // (Words of punctuation alone, like the `/` of "Pemuda / Karang Taruna", have none: the run
    // is also capped in words, at one such word beside each letter of the longest key.)
    const most = Math.min(words.length, at + 2 * list.longestKey + 1);
    for (let chars = 0; end < most && chars + (size[end] ?? 0) <= list.longestKey; end++) chars += size[end] ?? 0;
    end = Math.max(end, at + 1);
    let hit = -1;
    for (; end > at; end--) {
      hit = list.match(words.slice(at, end).join(' '));
      if (hit >= 0) break;
    }
    // Nothing matched: the whole part is the unknown choice (a typo in a label reads as such).
    if (hit < 0) return out.length === 0 ? part : words.slice(at).join(' ');
    out.push(hit);
    at = end;
  }
  return out;
}

/**
 * The rule of one field, applied to one raw cell: what the field's zod schema applies (below),
 * and what the row validator calls directly, without zod's parse machinery around it, once per
 * distinct value of a column.
 */
export function checkField(field: FieldDef, raw: RawCell, ctx: SchemaContext): FieldOutcome {
  const kind = field.kind;
  if (isBlankCell(raw)) {
    if (field.required) return fail('required');
    return { ok: true, value: kind.type === 'multi' ? [] : kind.type === 'text' || kind.type === 'code' ? '' : null };
  }
  switch (kind.type) {
    case 'text':
      return { ok: true, value: cellText(raw) };
    case 'code': {
      const f = CODE_FORMATS[kind.format];
      const v = cellText(raw);
      return f.pattern.test(v) ? { ok: true, value: v } : fail('bad_format', { format: f.shape, example: f.example });
    }
    case 'integer': {
      const n = parseWhole(raw);
      if (!n.ok) return fail('not_integer');
      const min = bound(kind.min, ctx.settings);
      const max = bound(kind.max, ctx.settings);
      if (n.value < min || n.value > max) return fail('out_of_range', { min, max, parsed: n.value });
      return { ok: true, value: n.value };
    }
    case 'category': {
      const list = ctx.lists[kind.list];
      const i = list.match(cellText(raw));
      if (i < 0) return fail('unknown_category', { allowed: [...list.labels] });
      return { ok: true, value: list.labels[i] ?? '' };
    }
    case 'multi': {
      const list = ctx.lists[kind.list];
      const out: string[] = [];
      for (const part of cellText(raw).split(/[;,]/)) {
        const p = part.trim();
        if (p === '') continue;
        const found = matchParts(list, p);
        if (typeof found === 'string') return fail('unknown_category', { allowed: [...list.labels], part: found });
        for (const i of found) {
          const label = list.labels[i] ?? '';
          if (!out.includes(label)) out.push(label);
        }
      }
      return { ok: true, value: out };
    }
    case 'date': {
      const d = parseDate(raw);
      return d === null ? fail('invalid_date') : { ok: true, value: d };
    }
  }
}

/** zod schema of one field: any raw cell in, the checked value out, our issue code in `params`. */
export function fieldSchema(field: FieldDef, ctx: SchemaContext): z.ZodType<FieldValue, unknown> {
  return z
    .unknown()
    .optional()
    .transform((raw, zctx) => {
      const r = checkField(field, toRawCell(raw), ctx);
      if (r.ok) return r.value;
      zctx.addIssue({ code: 'custom', message: r.code, params: { code: r.code, ...r.params } });
      return z.NEVER;
    });
}

/** Anything JSON-like (a form post) narrowed to what a cell can hold. */
function toRawCell(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : String(x))).join('; ');
  return String(v);
}

export type FieldSchemas = Record<FieldId, z.ZodType<FieldValue, unknown>>;

export function fieldSchemas(ctx: SchemaContext): FieldSchemas {
  const out = {} as FieldSchemas;
  for (const f of FIELDS) out[f.id] = fieldSchema(f, ctx);
  return out;
}

/** A checked group record: what one valid row (or one form entry) holds. */
export interface GroupRecord {
  id: string;
  namaKelompok: string;
  jenisKelompok: string;
  kelurahan: string;
  rw: number | null;
  rt: number | null;
  tahunBerdiri: number;
  tujuan: string;
  jumlahAnggota: number;
  pendidikanPengurus: string;
  jaringanKerja: string;
  syaratKeanggotaan: string[];
  lamaKepengurusan: number | null;
  sumberDana: string[];
  kegiatan: string;
  nilaiSolidaritas: string[];
  namaResponden: string;
  petugas: string;
  /** yyyy-mm-dd */
  tanggalPendataan: string | null;
  catatan: string;
  /** Kemendagri area code `NN.NN.NN.NNNN`; '' when not given. */
  kodeWilayah: string;
}

/** What a form sends: any field as text, number, or a list of labels for "several of". */
export type GroupInput = Partial<Record<FieldId, string | number | boolean | string[] | null>>;

/** The record schema: a whole form entry at once, every failing field reported. */
export function groupSchema(ctx: SchemaContext): z.ZodType<GroupRecord, unknown> {
  const shape = fieldSchemas(ctx);
  return z.object(shape) as unknown as z.ZodType<GroupRecord, unknown>;
}

export interface FieldProblem {
  field: FieldId;
  code: IssueCode;
  params: IssueParams;
}

/** Our issue code and parameters back out of a zod error. */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = (issue.path[0] ?? '') as FieldId;
    const params = (issue as { params?: IssueParams & { code?: IssueCode } }).params ?? {};
    const { code = 'required', ...rest } = params;
    out.push({ field, code, params: rest });
  }
  return out;
}
