/**
 * Row validation: raw cells of one row -> a checked record, or the issues that keep it out
 * of the tables. Each column's zod field schema runs once per distinct value and the outcome
 * is memoised, so a million rows with a few hundred distinct values cost a few hundred parses.
 */
import { FIELDS, type FieldDef, type FieldId } from './codebook';
import { cellText, detach, isBlankCell, jsonValue, type RawCell } from './cells';
import type { HeaderMap } from './header';
import { issueMessage } from './i18n';
import type { Issue, IssueCode, IssueParams } from './model';
import { fieldSchemas, type FieldOutcome, type FieldSchemas, type GroupRecord, type SchemaContext } from './schema';

/** Stop memoising a column after this many distinct values (free text, ids): memory stays bounded. */
const MEMO_LIMIT = 20_000;

interface Column {
  field: FieldDef;
  id: FieldId;
  index: number;
  name: string;
  /** Free text: trimming a string is the whole rule (see schema.ts checkField), no parse needed. */
  text: boolean;
  required: boolean;
  memo: Map<string | number, FieldOutcome> | null;
}

export interface RowCheck {
  /** The record when the row has no error; null otherwise. */
  record: GroupRecord | null;
  issues: Issue[];
}

export function makeIssue(
  row: number,
  column: { field: FieldId; name: string; index: number },
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

export class RowValidator {
  private readonly columns: Column[];
  private readonly absent: FieldDef[];
  private readonly schemas: FieldSchemas;

  constructor(map: HeaderMap, ctx: SchemaContext) {
    this.schemas = fieldSchemas(ctx);
    this.columns = [];
    this.absent = [];
    for (const field of FIELDS) {
      const index = map.index[field.id];
      if (index === undefined) this.absent.push(field);
      else {
        this.columns.push({
          field,
          id: field.id,
          index,
          name: map.names[field.id] ?? field.header,
          text: field.kind.type === 'text',
          required: field.required,
          memo: new Map(),
        });
      }
    }
  }

  /** A row is blank when every mapped column is empty or white space (unknown columns don't count). */
  isBlank(cells: readonly RawCell[]): boolean {
    for (const c of this.columns) if (!isBlankCell(cells[c.index])) return false;
    return true;
  }

  private outcome(col: Column, raw: RawCell): FieldOutcome {
    const key = typeof raw === 'string' || typeof raw === 'number' ? raw : undefined;
    const memo = col.memo;
    if (key !== undefined && memo !== null) {
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
    }
    const parsed = this.schemas[col.field.id].safeParse(raw);
    let out: FieldOutcome;
    if (parsed.success) out = { ok: true, value: parsed.data };
    else {
      const p = (parsed.error.issues[0] as { params?: IssueParams & { code?: IssueCode } } | undefined)?.params ?? {};
      const { code = 'required', ...params } = p;
      out = { ok: false, code, params };
    }
    if (key !== undefined && memo !== null) {
      if (memo.size < MEMO_LIMIT) memo.set(typeof key === 'string' ? detach(key) : key, out);
      else col.memo = null;
    }
    return out;
  }

  check(cells: readonly RawCell[], row: number): RowCheck {
    const rec: Record<string, unknown> = {};
    const issues: Issue[] = [];
    for (const col of this.columns) {
      const raw = cells[col.index];
      // The hot path (a million rows = twenty million cells): free text is trimmed in place,
      // every other value is looked up in its column's memo; nothing is allocated per cell.
      if (col.text && typeof raw === 'string') {
        const v = raw.trim();
        if (v !== '' || !col.required) {
          rec[col.id] = v;
          continue;
        }
      }
      const r = this.outcome(col, raw);
      if (r.ok) rec[col.id] = r.value;
      else issues.push(makeIssue(row, { field: col.id, name: col.name, index: col.index }, r.code, raw, r.params));
    }
    if (issues.length > 0) return { record: null, issues };
    for (const f of this.absent) {
      const t = f.kind.type;
      rec[f.id] = t === 'multi' ? [] : t === 'text' ? '' : null;
    }
    return { record: rec as unknown as GroupRecord, issues };
  }

  /** Where a field stands in the input, for issues about it. */
  columnOf(field: FieldId): { field: FieldId; name: string; index: number } | undefined {
    const c = this.columns.find((x) => x.field.id === field);
    return c && { field, name: c.name, index: c.index };
  }
}
