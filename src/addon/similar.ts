/**
 * "Does this entry look like a group already in the sheet?", asked by the sidebar before it
 * saves a new entry, so the volunteer can choose: save anyway, or open that row. The rule is
 * the core's duplicate key (repeatIssues: same normalised name, group type, RW and kelurahan), read from
 * the key columns of the data rows in one read, whatever the size of the sheet.
 */
import { cellText, KEY_FIELDS, keySpan, repeatIssues, schemaContext, type GroupInput, type RawCell } from '../core';
import type { SimilarGroup } from './contract';
import { findDataSheet } from './data';
import { readLayout } from './data-layout';
import { checkForm, isClientId } from './form';
import { loadCategories } from './kategori';
import { userLang } from './lang';
import { loadSettings } from './settings';

/**
 * The first row with the entry's key, or null (also when the entry is not valid yet: saving
 * says what is wrong). A row holding `clientId` is this very entry saved by an earlier try, not
 * another group.
 */
export function findSimilarGroup(input: GroupInput, clientId: string): SimilarGroup | null {
  if (!isClientId(clientId)) return null;
  const lang = userLang();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = schemaContext(loadCategories(ss, lang).categories, loadSettings());
  const form = checkForm(input, clientId, ctx, lang);
  const sheet = findDataSheet(ss);
  if (!form.ok || sheet === null) return null;
  const read = readLayout(sheet, lang);
  if (!read.ok) return null;
  const { header, headerRow, lastRow } = read.layout;
  const span = keySpan(header);
  const count = lastRow - headerRow;
  if (span.width === 0 || count <= 0) return null;
  const rows = sheet.getRange(headerRow + 1, span.first + 1, count, span.width).getValues() as RawCell[][];
  const at = (field: (typeof KEY_FIELDS)[number]): number | undefined => {
    const c = header.index[field];
    return c === undefined ? undefined : c - span.first;
  };
  const idAt = at('id');
  const keyRows = rows.map((r) => (idAt !== undefined && cellText(r[idAt]) === clientId ? [] : r));
  // The entry as one more row below the data, without an ID (only its group key counts).
  const probe: RawCell[] = new Array<RawCell>(span.width).fill('');
  const put = (field: (typeof KEY_FIELDS)[number], value: RawCell): void => {
    const i = at(field);
    if (i !== undefined) probe[i] = value;
  };
  put('namaKelompok', form.record.namaKelompok);
  put('jenisKelompok', form.record.jenisKelompok);
  put('rw', form.record.rw ?? '');
  put('kelurahan', form.record.kelurahan);
  put('kodeWilayah', form.record.kodeWilayah);
  const probeRow = lastRow + 1;
  const issues = repeatIssues(header, ctx, { firstRow: headerRow + 1, firstColumn: span.first, rows: [...keyRows, probe] }, new Map([[probeRow, true]]));
  const hit = issues.find((i) => i.row === probeRow && i.code === 'duplicate_group');
  const other = hit?.params.otherRow;
  if (other === undefined) return null;
  const cells = rows[other - headerRow - 1] ?? [];
  const text = (field: 'id' | 'namaKelompok' | 'jenisKelompok' | 'rw'): string => {
    const i = at(field);
    return i === undefined ? '' : cellText(cells[i]);
  };
  const id = text('id');
  return { row: other, id: isClientId(id) ? id : null, namaKelompok: text('namaKelompok'), jenisKelompok: text('jenisKelompok'), rw: text('rw') };
}
