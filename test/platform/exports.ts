/**
 * Survey-platform exports of canonical rows, built the way the platforms document them, from
 * Pranata's XLSForm names (core/xlsform-names.ts):
 * - KoboToolbox CSV: `;`-separated, every field quoted; group names joined with `/`; a
 *   several-of question as one column of space-separated choices plus one 0/1 column per
 *   choice; metadata start, end, today, _id, _uuid, _submission_time, _validation_status,
 *   _notes, _status, _submitted_by, __version__, _tags, _index. "XML values and headers" gives
 *   names; "labels" gives the labels (group label/question label, choice labels).
 * - ODK Central CSV: SubmissionDate first, groups joined with `-`, several-of as space-separated
 *   names, then meta-instanceID, KEY, SubmitterID, SubmitterName, AttachmentsPresent,
 *   AttachmentsExpected, Status, ReviewState, DeviceID, Edits, FormVersion.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
  choiceNames,
  cloneCategories,
  FORM_FIELDS,
  GROUP_NAMES,
  questionName,
  type Categories,
  type FieldDef,
} from '../../src/core';

export const ROOT = join(__dirname, '..', '..');
export const SAMPLE = join(ROOT, 'src/cli/sample/cibeureum-2006.csv');

export type Row = Record<string, string>;

export function sampleRows(): Row[] {
  return Papa.parse<Row>(readFileSync(SAMPLE, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

const GROUP_LABELS: Record<string, string> = {
  identitas: 'Identitas Kelompok',
  keanggotaan: 'Keanggotaan',
  sumberDaya: 'Sumber Daya',
  kegiatan: 'Kegiatan Kelompok',
  jaringan: 'Jaringan',
  pendataan: 'Pendataan',
};

function listOf(f: FieldDef, c: Categories) {
  const k = f.kind;
  return k.type === 'category' || k.type === 'multi' ? c[k.list] : null;
}

/** The labels of a canonical cell: one for a category, several (split at `;`) for a several-of. */
function labelsOf(v: string): string[] {
  return v.split(';').map((s) => s.trim()).filter(Boolean);
}

function nameOf(f: FieldDef, label: string, c: Categories): string {
  const list = listOf(f, c)!;
  const i = list.findIndex((x) => x.label === label);
  if (i < 0) throw new Error(`no choice ${label} in ${f.id}`);
  return choiceNames(list)[i]!;
}

export interface ExportOptions {
  /** Row indexes (0-based into rows) the reviewer rejected. */
  rejected?: number[];
  /** Row indexes whose submission appears a second time at the end (an overlapping export). */
  repeated?: number[];
  categories?: Categories;
}

function quoteAll(cells: string[], sep: string): string {
  return cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(sep);
}

const uuid = (i: number): string => `7c0d3e2a-${String(i).padStart(4, '0')}-4a1b-9f00-${String(1000000 + i).padStart(12, '0')}`;

export function koboCsv(rows: Row[], mode: 'xml' | 'labels', o: ExportOptions = {}): string {
  const c = o.categories ?? cloneCategories();
  const header: string[] = ['start', 'end', 'today'];
  for (const f of FORM_FIELDS) {
    const group = mode === 'xml' ? GROUP_NAMES[f.section] : GROUP_LABELS[f.section];
    const q = `${group}/${mode === 'xml' ? questionName(f) : f.header}`;
    header.push(q);
    if (f.kind.type === 'multi') {
      const list = listOf(f, c)!;
      const names = choiceNames(list);
      list.forEach((x, i) => header.push(`${q}/${mode === 'xml' ? names[i] : x.label}`));
    }
  }
  header.push('_id', '_uuid', '_submission_time', '_validation_status', '_notes', '_status', '_submitted_by', '__version__', '_tags', '_index');
  const order = [...rows.keys(), ...(o.repeated ?? [])];
  const lines = [quoteAll(header, ';')];
  order.forEach((i, n) => {
    const r = rows[i]!;
    const cells = ['2006-02-01T08:00:00.000+07:00', '2006-02-01T08:20:00.000+07:00', '2006-02-01'];
    for (const f of FORM_FIELDS) {
      const v = r[f.header] ?? '';
      const list = listOf(f, c);
      if (list === null) cells.push(v);
      else if (f.kind.type === 'category') cells.push(v === '' ? '' : mode === 'xml' ? nameOf(f, v, c) : v);
      else {
        const picked = labelsOf(v);
        cells.push(picked.map((l) => (mode === 'xml' ? nameOf(f, l, c) : l)).join(' '));
        for (const x of list) cells.push(picked.length === 0 ? '' : picked.includes(x.label) ? '1' : '0');
      }
    }
    const status = (o.rejected ?? []).includes(i) ? (mode === 'xml' ? 'validation_status_not_approved' : 'Not Approved') : n % 3 === 0 ? 'Approved' : '';
    cells.push(String(10000 + i), uuid(i), '2006-02-01T01:20:00', status, '[]', 'submitted_via_web', 'kader01', 'vQx8Lm2', '[]', String(n + 1));
    lines.push(quoteAll(cells, ';'));
  });
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function odkCsv(rows: Row[], o: ExportOptions = {}): string {
  const c = o.categories ?? cloneCategories();
  const header = ['SubmissionDate', ...FORM_FIELDS.map((f) => `${GROUP_NAMES[f.section]}-${questionName(f)}`), 'meta-instanceID', 'KEY', 'SubmitterID', 'SubmitterName', 'AttachmentsPresent', 'AttachmentsExpected', 'Status', 'ReviewState', 'DeviceID', 'Edits', 'FormVersion'];
  const order = [...rows.keys(), ...(o.repeated ?? [])];
  const lines = [header.join(',')];
  order.forEach((i, n) => {
    const r = rows[i]!;
    const cells = ['2006-02-01T01:20:00.000Z'];
    for (const f of FORM_FIELDS) {
      const v = r[f.header] ?? '';
      if (listOf(f, c) === null) cells.push(v);
      else cells.push(labelsOf(v).map((l) => nameOf(f, l, c)).join(' '));
    }
    const id = `uuid:${uuid(i)}`;
    const review = (o.rejected ?? []).includes(i) ? 'rejected' : n % 4 === 0 ? 'approved' : n % 4 === 1 ? 'hasIssues' : '';
    cells.push(id, id, '5', 'kader01', '0', '0', '', review, 'collect:AbC123', '0', '2006020101');
    lines.push(cells.map(csvCell).join(','));
  });
  return `${lines.join('\n')}\n`;
}
