/**
 * The machine-readable result of CODEBOOK §7: exactly its fields, nothing more.
 */
import type { Issue, JsonIssue, JsonResult, JsonTable, Lang, RowCounts, SurveyResult, TableModel, TableRow } from './model';

export function toJsonIssue(i: Issue, lang: Lang): JsonIssue {
  return {
    row: i.row,
    ...(i.file === undefined ? {} : { file: i.file }),
    field: i.field,
    column: i.column,
    code: i.code,
    severity: i.severity,
    message: i.messages[lang],
    value: i.value,
  };
}

/** The row counts as CODEBOOK §7 writes them (the optional counts only when non-zero). */
export function jsonRows(r: RowCounts): RowCounts {
  return {
    read: r.read,
    valid: r.valid,
    invalid: r.invalid,
    blank: r.blank,
    ...(r.totals ? { totals: r.totals } : {}),
    ...(r.rejected ? { rejected: r.rejected } : {}),
    ...(r.duplicates ? { duplicates: r.duplicates } : {}),
  };
}

const jsonRow = (x: TableRow): TableRow => ({ label: x.label, ...(x.code === undefined ? {} : { code: x.code }), counts: x.counts, percents: x.percents, total: x.total });

function jsonTable(t: TableModel): JsonTable {
  return {
    id: t.id,
    title: t.title,
    percentBase: t.percentBase,
    columns: t.columns.map((c) => ({ key: c.key, label: c.label })),
    rows: t.rows.map(jsonRow),
    total: jsonRow(t.total),
    ...(t.base === undefined ? {} : { base: t.base }),
    source: t.source,
  };
}

/** One kelurahan's entry of `byKelurahan` (CODEBOOK §9); the CLI's JSON writer streams them one by one. */
export function jsonKelurahan(k: NonNullable<SurveyResult['byKelurahan']>[number]): NonNullable<JsonResult['byKelurahan']>[number] {
  return {
    kelurahan: k.kelurahan,
    ...(k.kodeWilayah === undefined ? {} : { kodeWilayah: k.kodeWilayah }),
    rows: jsonRows(k.rows),
    tables: k.tables.map(jsonTable),
  };
}

export function toJsonResult(r: SurveyResult, lang: Lang): JsonResult {
  return {
    surveyYear: r.surveyYear,
    kelurahan: r.kelurahan,
    rows: jsonRows(r.rows),
    tables: r.tables.map(jsonTable),
    ...(r.byKelurahan === undefined
      ? {}
      : {
          byKelurahan: r.byKelurahan.map(jsonKelurahan),
        }),
    ...(r.inputs === undefined ? {} : { inputs: [...r.inputs] }),
    issues: r.issues.map((i) => toJsonIssue(i, lang)),
  };
}
