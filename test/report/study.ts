/**
 * The study's five tables (seed/000: Profil Pranata Sosial di Cimahi, 2006) as a
 * SurveyResult built by hand, so the PDF writer is tested without the core's compute.
 * Counts are the study's; percents are rounded by CODEBOOK §6's largest-remainder rule
 * (the study's own misprinted totals, e.g. Table 1's 14,47, are not used).
 */
import type { SurveyResult, TableColumn, TableModel, TableRow, TableId, PercentBase } from '../../src/core/model';

const JENIS = [
  'Dasa Wisma', 'Posyandu', 'BKB', 'KUBE', 'Pemuda/Karang Taruna', 'KWT', 'PHBI', 'Pengajian',
  'Paguyuban Warga Desa', 'BKL', 'BKR', 'LPM/LKMD', 'Peta Keluarga', 'R/1/KS', 'R/1/SUB', 'UP2KS', 'UP2K',
];

/** CODEBOOK §6: shares in hundredths, floored, missing hundredths to the largest remainders. */
export function largestRemainder(counts: number[], base: number): number[] {
  if (base === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 10000) / base);
  const floors = exact.map(Math.floor);
  let missing = 10000 - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing -= 1;
  }
  return floors.map((f) => f / 100);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function rowOf(label: string, counts: number[], percents: number[]): TableRow {
  return { label, counts, percents, total: sum(counts) };
}

const SOURCE = (kelurahan: string, year: number): string =>
  `Sumber: Hasil Pendataan di Wilayah Kelurahan ${kelurahan} Tahun ${year}.`;

interface Spec {
  id: TableId;
  title: string;
  rowHeader: string;
  columnHeader: string;
  columns: TableColumn[];
  labels: string[];
  counts: number[][];
}

/** Two-way tables: row percents. One-way tables: shares of all groups (column base). */
export function buildTable(spec: Spec, kelurahan = 'Cibeureum', year = 2006): TableModel {
  const oneWay = spec.columns.length === 1;
  const percentBase: PercentBase = oneWay ? 'column' : 'row';
  const grand = sum(spec.counts.map(sum));
  const columnTotals = spec.columns.map((_, j) => sum(spec.counts.map((row) => row[j] ?? 0)));
  const oneWayPercents = oneWay ? largestRemainder(spec.counts.map((row) => row[0] ?? 0), grand) : [];
  const rows = spec.labels.map((label, i) => {
    const counts = spec.counts[i] ?? [];
    const percents = oneWay ? [oneWayPercents[i] ?? 0] : largestRemainder(counts, sum(counts));
    return rowOf(label, counts, percents);
  });
  return {
    id: spec.id,
    title: spec.title,
    percentBase,
    rowHeader: spec.rowHeader,
    columnHeader: spec.columnHeader,
    columns: spec.columns,
    rows,
    total: rowOf('Jumlah', columnTotals, oneWay ? [grand > 0 ? 100 : 0] : largestRemainder(columnTotals, grand)),
    source: SOURCE(kelurahan, year),
  };
}

const N: TableColumn[] = [{ key: 'n', label: 'Jumlah' }];

export const STUDY_SPECS: Spec[] = [
  {
    id: 'T1',
    title: 'Tabel 1. Kelompok/Perkumpulan Sosial menurut Tahun Berdiri',
    rowHeader: 'Jenis Kelompok',
    columnHeader: 'Tahun Berdiri',
    columns: [
      { key: 'lt10', label: '< 10 Tahun' },
      { key: 'ge10', label: '≥ 10 Tahun' },
    ],
    labels: JENIS,
    counts: [
      [16, 88], [3, 17], [0, 4], [0, 1], [10, 8], [2, 0], [1, 0], [3, 15], [6, 70],
      [0, 3], [0, 3], [0, 1], [2, 9], [0, 18], [0, 18], [0, 3], [0, 6],
    ],
  },
  {
    id: 'T2',
    title: 'Tabel 2. Tujuan Didirikannya Perkumpulan Sosial',
    rowHeader: 'Tujuan',
    columnHeader: '',
    columns: N,
    labels: [
      'Kesejahteraan Anak', 'Kesejahteraan Ibu dan Anak', 'Kesejahteraan Lanjut Usia',
      'Peningkatan Penghasilan', 'Integrasi Masyarakat/Kerukunan Warga', 'Bantuan Sosial', 'Pengajian',
      'Meningkatkan Iman dan Taqwa', 'Meningkatkan Keterampilan', 'Pelayanan Kesehatan',
    ],
    counts: [[26], [41], [3], [87], [91], [10], [18], [18], [11], [2]],
  },
  {
    id: 'T3',
    title: 'Tabel 3. Jumlah Anggota Kelompok Sosial',
    rowHeader: 'Jenis Kelompok',
    columnHeader: 'Jumlah Anggota',
    columns: [
      { key: 'le10', label: '≤ 10 Orang' },
      { key: '11to20', label: '11–20 Orang' },
      { key: 'gt20', label: '> 20 Orang' },
    ],
    labels: JENIS,
    counts: [
      [15, 78, 11], [0, 4, 16], [0, 1, 3], [1, 0, 0], [0, 5, 13], [1, 1, 0], [0, 0, 1], [0, 1, 17],
      [0, 4, 72], [0, 1, 2], [0, 0, 3], [1, 0, 0], [0, 3, 8], [0, 0, 18], [0, 0, 18], [0, 0, 3], [0, 0, 6],
    ],
  },
  {
    id: 'T4',
    title: 'Tabel 4. Jenjang Pendidikan Responden Pengurus Kelompok Sosial',
    rowHeader: 'Pendidikan Pengurus',
    columnHeader: '',
    columns: N,
    labels: [
      'Tidak Sekolah', 'Sekolah Dasar', 'Sekolah Menengah Tingkat Pertama', 'Sekolah Menengah Tingkat Atas',
      'Akademi/Perguruan Tinggi',
    ],
    counts: [[4], [33], [92], [166], [12]],
  },
  {
    id: 'T5',
    title: 'Tabel 5. Jaringan Kerja Kelompok Sosial',
    rowHeader: 'Jenis Kelompok',
    columnHeader: 'Jaringan Kerja',
    columns: [
      { key: 'orsos', label: 'Organisasi Sosial' },
      { key: 'pemerintah', label: 'Pemerintah' },
    ],
    labels: JENIS,
    counts: [
      [89, 15], [0, 20], [0, 4], [0, 1], [0, 18], [0, 2], [1, 0], [18, 0], [76, 0],
      [0, 3], [0, 3], [0, 1], [0, 11], [0, 18], [0, 18], [0, 3], [0, 6],
    ],
  },
];

/** The study as Pranata would report it: 312 rows read, 307 valid (CODEBOOK §7's example). */
export function studyResult(): SurveyResult {
  return {
    surveyYear: 2006,
    kelurahan: 'Cibeureum',
    rows: { read: 312, valid: 307, invalid: 5, blank: 2 },
    tables: STUDY_SPECS.map((spec) => buildTable(spec)),
    issues: [],
  };
}
