/**
 * A user's category list far longer than the study's, with long labels: one two-way
 * table of 60 types (some with labels that cannot fit one line) and one one-way table.
 */
import type { Issue, SurveyResult } from '../../src/core/model';
import { buildTable } from './study';

export const LONG_LABEL =
  'Kelompok Usaha Bersama Peningkatan Pendapatan Keluarga Sejahtera Tingkat Rukun Warga Kecamatan Cimahi Selatan';

export function longLabels(n: number): string[] {
  return Array.from({ length: n }, (_, i) => (i % 10 === 3 ? `${LONG_LABEL} ${i + 1}` : `Jenis Kelompok Tambahan ${i + 1}`));
}

/** More issues than the report lists (200), so the data-quality section says how many more. */
export const LONG_ISSUES = 230;

export function longIssues(n: number): Issue[] {
  return Array.from({ length: n }, (_, i): Issue => ({
    row: i + 2,
    field: 'jumlahAnggota',
    column: 'Jumlah Anggota',
    columnIndex: 5,
    code: 'not_integer',
    severity: 'error',
    value: `dua puluh ${i}`,
    params: {},
    messages: { id: '', en: '' },
  }));
}

export function longResult(): SurveyResult {
  const labels = longLabels(60);
  const table = buildTable({
    id: 'T3',
    title:
      'Tabel 3. Jumlah Anggota Kelompok Sosial menurut Jenis Kelompok di Seluruh Wilayah Kelurahan, dengan Judul yang Sangat Panjang',
    rowHeader: 'Jenis Kelompok',
    columnHeader: 'Jumlah Anggota',
    columns: [
      { key: 'le10', label: '≤ 10 Orang' },
      { key: '11to20', label: '11–20 Orang' },
      { key: 'gt20', label: '> 20 Orang' },
    ],
    labels,
    counts: labels.map((_, i) => [i % 4, (i * 7) % 11, (i * 13) % 17 + 1000 * (i === 0 ? 1 : 0)]),
  }, 'Cibeureum', 2026);
  const oneWay = buildTable({
    id: 'T2',
    title: 'Tabel 2. Tujuan Didirikannya Perkumpulan Sosial',
    rowHeader: 'Tujuan',
    columnHeader: '',
    columns: [{ key: 'n', label: 'Jumlah' }],
    labels: labels.slice(0, 45),
    counts: labels.slice(0, 45).map((_, i) => [i + 1]),
  }, 'Cibeureum', 2026);
  const valid = table.total.total;
  return {
    surveyYear: 2026,
    kelurahan: 'Cibeureum',
    rows: { read: valid + LONG_ISSUES, valid, invalid: LONG_ISSUES, blank: 0 },
    tables: [table, oneWay],
    issues: longIssues(LONG_ISSUES),
  };
}
