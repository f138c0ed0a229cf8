/**
 * The data contract (fields, headers, aliases, categories, buckets, tables) as one JSON-like
 * value built from the code's own codebook, so `pranata codebook`, docs/CODEBOOK.md and the
 * XLSForm can never say something the code does not do.
 */
import { CODE_FORMATS, DEFAULT_TENURE, DEFAULT_THRESHOLDS, FIELDS, LIST_IDS, SETTING_BOUNDS, TYPE_MEANINGS, type Bound, type Categories, type FieldKind, type ListId, type Settings } from './codebook';
import { headersOf } from './header';
import type { IssueCode, PercentBase, TableColumn } from './model';
import { tenureThresholds } from './base-tables';
import { NO_KELURAHAN, Rollup } from './rollup';
import { StudyTables } from './study-tables';

export interface ContractField {
  id: string;
  header: string;
  alias: string;
  /** Every other header that names the field (extra spellings, XLSForm names). */
  otherHeaders: string[];
  required: boolean;
  kind: FieldKind['type'];
  min?: Bound;
  max?: Bound;
  list?: ListId;
  /** A code field's shape (`NN.NN.NN.NNNN`) and an example. */
  format?: string;
  example?: string;
}

export interface ContractTable {
  id: string;
  title: string;
  rowHeader: string;
  columnHeader: string;
  percentBase: PercentBase | string;
  rows: string[];
  columns: TableColumn[];
}

export interface Contract {
  fields: ContractField[];
  lists: Record<ListId, { label: string; aliases: string[]; key?: string; meaning?: string }[]>;
  thresholds: Record<keyof typeof DEFAULT_THRESHOLDS | keyof typeof DEFAULT_TENURE, number>;
  settingBounds: typeof SETTING_BOUNDS;
  tables: ContractTable[];
  issueCodes: IssueCode[];
  /** How `--by kelurahan` and the add-on's roll-up group rows (CODEBOOK §9). */
  rollup: { keyedBy: string[]; blankKelurahan: string };
}

/** Every issue code the product reports (kept total by the Record type). */
const ISSUE_CODES: Record<IssueCode, true> = {
  required: true,
  unknown_category: true,
  not_integer: true,
  out_of_range: true,
  invalid_date: true,
  bad_format: true,
  duplicate_group: true,
  duplicate_id: true,
  totals_row: true,
  duplicate_column: true,
  unclosed_quote: true,
  stray_quote: true,
  formula_no_value: true,
};

export function contractOf(categories: Categories, settings: Settings): Contract {
  const fields = FIELDS.map((f): ContractField => {
    const k = f.kind;
    const out: ContractField = { id: f.id, header: f.header, alias: f.alias, otherHeaders: headersOf(f.id).filter((h) => h !== f.header && h !== f.alias), required: f.required, kind: k.type };
    if (k.type === 'integer') Object.assign(out, { min: k.min, max: k.max });
    if (k.type === 'category' || k.type === 'multi') out.list = k.list;
    if (k.type === 'code') Object.assign(out, { format: CODE_FORMATS[k.format].shape, example: CODE_FORMATS[k.format].example });
    return out;
  });
  const lists = {} as Contract['lists'];
  for (const id of LIST_IDS) {
    lists[id] = categories[id].map((c) => {
      const meaning = id === 'jenisKelompok' ? TYPE_MEANINGS[c.label]?.en : undefined;
      return { label: c.label, aliases: [...c.aliases], ...(c.key ? { key: c.key } : {}), ...(meaning ? { meaning } : {}) };
    });
  }
  // The tables' shape only: no records, so every count is 0. TK (CODEBOOK §9) after T9: its rows are the kelurahan of the data, none here.
  const tables = [...new StudyTables(categories, settings).models(), new Rollup(categories, settings).finish().table].map((m) => ({
    id: m.id,
    title: m.title,
    rowHeader: m.rowHeader,
    columnHeader: m.columnHeader,
    percentBase: m.percentBase,
    rows: m.rows.map((r) => r.label),
    columns: m.columns,
  }));
  return {
    fields,
    lists,
    thresholds: {
      ageYears: settings.ageYears,
      membersSmall: settings.membersSmall,
      membersLarge: settings.membersLarge,
      tenureShort: tenureThresholds(settings).short,
      tenureLong: tenureThresholds(settings).long,
    },
    settingBounds: SETTING_BOUNDS,
    tables,
    rollup: { keyedBy: ['kodeWilayah', 'kelurahan'], blankKelurahan: NO_KELURAHAN },
    issueCodes: Object.keys(ISSUE_CODES) as IssueCode[],
  };
}
