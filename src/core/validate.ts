/**
 * Row validation: raw cells of one row -> a checked record, or the issues that keep it out
 * of the tables. Each column's field rule (schema.ts checkField, what its zod schema applies)
 * runs once per distinct value and the outcome is memoised, so a million rows with a few
 * hundred distinct values cost a few hundred checks. test/fuzz/fast-paths holds the validator
 * to the record's zod schema.
 */
import { FIELDS, type FieldDef, type FieldId } from './codebook';
import { cellText, detach, isBlankCell, jsonValue, type RawCell } from './cells';
import type { HeaderMap } from './header';
import { issueMessage } from './i18n';
import type { Issue, IssueCode, IssueParams } from './model';
import { checkField, type FieldOutcome, type FieldValue, type GroupRecord, type SchemaContext } from './schema';

/** Stop memoising a column after this many distinct values (free text, ids): memory stays bounded. */
const MEMO_LIMIT = 20_000;

interface Column {
  field: FieldDef;
  id: FieldId;
  index: number;
  name: string;
  /** Position of the field in FIELDS (and in the values of a row being checked). */
  slot: number;
  /** Free text: trimming a string is the whole rule (see schema.ts checkField), no parse needed. */
  text: boolean;
  required: boolean;
  /** The value of an empty cell when the field is optional. */
  blank: FieldValue;
  memo: Map<string | number, FieldOutcome> | null;
  /**
   * A direct-mapped cache in front of the memo, indexed by a string's length and a few of its
   * characters (fastSlot): five character reads instead of hashing the whole fresh string the
   * parser made. A slot holds one earlier string and its outcome; a hit is confirmed by ===.
   * Made on the column's first looked-up string (null before): a free-text column never looks
   * one up, and a column the byte reader numbers looks each value up once (byId), so neither
   * needs them; made for every column they were a third of a 307-row run's young allocations.
   */
  fastKeys: (string | undefined)[] | null;
  fastOut: (FieldOutcome | undefined)[] | null;
  /**
   * Outcomes by the byte reader's value number of the cell (csv-bytes.ts: one number per
   * distinct value of its column, the same string each time), for the reader whose numbers
   * they are (RowValidator.numbers): an array read instead of the fast slot and a compare.
   */
  byId: (FieldOutcome | undefined)[];
}

const FAST_SLOT_BITS = 10;
const FAST_SLOTS = 1 << FAST_SLOT_BITS;

/**
 * A string's slot in the direct-mapped cache: its length and five of its characters (the
 * first, the last two, the fourth from last, the middle), mixed by one multiply, so the
 * values of a column that differ only in a few places (years, dates "2006-02-17", counts)
 * spread over the slots. With the length, first and last character alone, 256 slots, three
 * of four years and dates missed (2.3 memo lookups a row, counted at 100,000 rows; now 0.4).
 */
function fastSlot(s: string, n: number): number {
  const h = n | (s.charCodeAt(0) << 8) | (s.charCodeAt(n - 1) << 16) | (s.charCodeAt(n > 1 ? n - 2 : 0) << 24);
  return Math.imul(h ^ (s.charCodeAt(n > 3 ? n - 4 : 0) << 4) ^ (s.charCodeAt(n >> 1) << 12), 0x9e3779b1) >>> (32 - FAST_SLOT_BITS);
}

export interface RowCheck {
  /** The record when the row has no error; null otherwise. */
  record: GroupRecord | null;
  issues: Issue[];
}

export function makeIssue(
  row: number,
  column: { field: FieldId | null; name: string; index: number },
  code: IssueCode,
  raw: RawCell,
  params: IssueParams,
  severity: Issue['severity'] = 'error',
): Issue {
  const text = cellText(raw);
  const value = jsonValue(raw);
  // Issues outlive the chunk of the file their row came from: keep none of it (see detach).
  return {
    row,
    field: column.field,
    column: column.name,
    columnIndex: column.index,
    code,
    severity,
    value: typeof value === 'string' ? detach(value) : value,
    params: params.part === undefined ? params : { ...params, part: detach(params.part) },
    messages: {
      id: detach(issueMessage(row, column.name, code, text, params, 'id')),
      en: detach(issueMessage(row, column.name, code, text, params, 'en')),
    },
  };
}

const EMPTY_LIST: string[] = Object.freeze([]) as unknown as string[];
const NO_ISSUES: Issue[] = Object.freeze([]) as unknown as Issue[];

/** What an empty optional cell holds. Lists share one frozen empty array: records are read-only. */
function blankValue(f: FieldDef): FieldValue {
  const t = f.kind.type;
  return t === 'multi' ? EMPTY_LIST : t === 'text' || t === 'code' ? '' : null;
}

/** Each field's position in FIELDS: where check() puts its value. */
const SLOT = Object.fromEntries(FIELDS.map((f, i) => [f.id, i])) as Record<FieldId, number>;

/**
 * The record of a valid row: one object literal, so every record has one hidden class and the
 * tables' reads stay monomorphic. Written out rather than built by a loop over FIELDS' ids: a
 * store under a different key each turn is a megamorphic keyed store that also walks the map
 * transitions, 60 times the literal's cost (0.6 s at a million rows). `satisfies` makes the
 * compiler hold it to FieldId, every field once and no other; a test holds it to FIELDS.
 */
export function recordOf(v: readonly FieldValue[]): GroupRecord {
  // `v` holds every field (check() fills its blanks), so no `?? null`; `S` read once.
  const S = SLOT;
  const r = {
    id: v[S.id] as FieldValue,
    namaKelompok: v[S.namaKelompok] as FieldValue,
    jenisKelompok: v[S.jenisKelompok] as FieldValue,
    kelurahan: v[S.kelurahan] as FieldValue,
    rw: v[S.rw] as FieldValue,
    rt: v[S.rt] as FieldValue,
    tahunBerdiri: v[S.tahunBerdiri] as FieldValue,
    tujuan: v[S.tujuan] as FieldValue,
    jumlahAnggota: v[S.jumlahAnggota] as FieldValue,
    pendidikanPengurus: v[S.pendidikanPengurus] as FieldValue,
    jaringanKerja: v[S.jaringanKerja] as FieldValue,
    syaratKeanggotaan: v[S.syaratKeanggotaan] as FieldValue,
    lamaKepengurusan: v[S.lamaKepengurusan] as FieldValue,
    sumberDana: v[S.sumberDana] as FieldValue,
    kegiatan: v[S.kegiatan] as FieldValue,
    nilaiSolidaritas: v[S.nilaiSolidaritas] as FieldValue,
    namaResponden: v[S.namaResponden] as FieldValue,
    petugas: v[S.petugas] as FieldValue,
    tanggalPendataan: v[S.tanggalPendataan] as FieldValue,
    catatan: v[S.catatan] as FieldValue,
    kodeWilayah: v[S.kodeWilayah] as FieldValue,
  } satisfies Record<FieldId, FieldValue>;
  return r as unknown as GroupRecord;
}

export class RowValidator {
  private readonly columns: Column[];
  private readonly ctx: SchemaContext;
  /** The checked values of the row being checked, by FIELDS position; absent fields stay blank. */
  private readonly values: FieldValue[] = FIELDS.map(blankValue);
  /** The value numbers byId was filled from: another reader's (or a regrown array) starts them afresh. */
  private numbers: Int32Array | undefined;

  constructor(map: HeaderMap, ctx: SchemaContext) {
    this.ctx = ctx;
    this.columns = [];
    for (const field of FIELDS) {
      const index = map.index[field.id];
      if (index !== undefined) {
        this.columns.push({
          field,
          id: field.id,
          index,
          name: map.names[field.id] ?? field.header,
          slot: FIELDS.indexOf(field),
          text: field.kind.type === 'text',
          required: field.required,
          blank: blankValue(field),
          memo: new Map(),
          fastKeys: null,
          fastOut: null,
          byId: [],
        });
      }
    }
  }

  /**
   * A row is blank when all its cells are empty or white space (CODEBOOK §1) — every cell,
   * in known and unknown columns alike: a row holding only a "No" or a note is not blank, it
   * is a row whose required cells are missing.
   */
  isBlank(cells: readonly RawCell[]): boolean {
    for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) return false;
    return true;
  }

  private outcome(col: Column, raw: RawCell): FieldOutcome {
    if (typeof raw !== 'string' || raw.length === 0) return this.lookup(col, raw);
    const n = raw.length;
    const slot = fastSlot(raw, n);
    let keys = col.fastKeys;
    let outs = col.fastOut;
    if (keys === null || outs === null) {
      keys = col.fastKeys = new Array<string | undefined>(FAST_SLOTS).fill(undefined);
      outs = col.fastOut = new Array<FieldOutcome | undefined>(FAST_SLOTS).fill(undefined);
    } else if (keys[slot] === raw) return outs[slot] as FieldOutcome;
    const out = this.lookup(col, raw);
    if (col.memo !== null) {
      keys[slot] = detach(raw);
      outs[slot] = out;
    }
    return out;
  }

  private lookup(col: Column, raw: RawCell): FieldOutcome {
    const key = typeof raw === 'string' || typeof raw === 'number' ? raw : undefined;
    const memo = col.memo;
    if (key !== undefined && memo !== null) {
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
    }
    // The field's rule itself, as its zod schema applies it (a short row's missing cell is blank).
    const out = checkField(col.field, raw === undefined ? null : raw, this.ctx);
    if (key !== undefined && memo !== null) {
      if (memo.size < MEMO_LIMIT) memo.set(typeof key === 'string' ? detach(key) : key, out);
      else col.memo = null;
    }
    return out;
  }

  /**
   * `ids`, from the byte reader: each cell's value number in its column (0 for none), which
   * stands for the cell's string (the reader hands the same string for the same number), so
   * the outcome of a numbered cell is kept by its number.
   */
  check(cells: readonly RawCell[], row: number, ids?: Int32Array): RowCheck {
    // The hot path (a million rows = twenty million cells): free text is trimmed in place,
    // an empty optional cell takes its blank value, every other value is looked up in its
    // column's memo; values go into a reused array by slot, the record is built at the end
    // with one fixed shape.
    const vals = this.values;
    if (ids !== this.numbers && ids !== undefined) {
      for (const col of this.columns) col.byId = [];
      this.numbers = ids;
    }
    let issues: Issue[] | null = null;
    for (const col of this.columns) {
      const raw = cells[col.index];
      let id = 0;
      if (typeof raw === 'string') {
        if (col.text) {
          const v = raw.trim();
          if (v !== '' || !col.required) {
            vals[col.slot] = v;
            continue;
          }
        } else if (raw === '' && !col.required) {
          vals[col.slot] = col.blank;
          continue;
        }
        // A cell past the record's end is undefined: only a string has a number.
        if (ids !== undefined) id = ids[col.index] as number;
      }
      // A numbered value is looked up once (then kept by its number): the fast slot would not pay.
      const r = id === 0 ? this.outcome(col, raw) : (col.byId[id] ??= this.lookup(col, raw));
      if (r.ok) vals[col.slot] = r.value;
      else (issues ??= []).push(makeIssue(row, { field: col.id, name: col.name, index: col.index }, r.code, raw, r.params));
    }
    if (issues !== null) return { record: null, issues };
    return { record: recordOf(vals), issues: NO_ISSUES };
  }

  /** Where a field stands in the input, for issues about it. */
  columnOf(field: FieldId): { field: FieldId; name: string; index: number } | undefined {
    const c = this.columns.find((x) => x.field.id === field);
    return c && { field, name: c.name, index: c.index };
  }
}
