/**
 * The machine-readable result of CODEBOOK §7: exactly its fields, nothing more.
 */
import type { Issue, JsonIssue, JsonResult, Lang, SurveyResult } from './model';

export function toJsonIssue(i: Issue, lang: Lang): JsonIssue {
  return { row: i.row, field: i.field, column: i.column, code: i.code, severity: i.severity, message: i.messages[lang], value: i.value };
}

export function toJsonResult(r: SurveyResult, lang: Lang): JsonResult {
  return {
    surveyYear: r.surveyYear,
    kelurahan: r.kelurahan,
    rows: {
      read: r.rows.read,
      valid: r.rows.valid,
      invalid: r.rows.invalid,
      blank: r.rows.blank,
      ...(r.rows.totals ? { totals: r.rows.totals } : {}),
      ...(r.rows.rejected ? { rejected: r.rows.rejected } : {}),
      ...(r.rows.duplicates ? { duplicates: r.rows.duplicates } : {}),
    },
    tables: r.tables.map((t) => ({
      id: t.id,
      title: t.title,
      percentBase: t.percentBase,
      columns: t.columns.map((c) => ({ key: c.key, label: c.label })),
      rows: t.rows.map((x) => ({ label: x.label, counts: x.counts, percents: x.percents, total: x.total })),
      total: { label: t.total.label, counts: t.total.counts, percents: t.total.percents, total: t.total.total },
      ...(t.base === undefined ? {} : { base: t.base }),
      source: t.source,
    })),
    issues: r.issues.map((i) => toJsonIssue(i, lang)),
  };
}
