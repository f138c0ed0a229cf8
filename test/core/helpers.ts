import { cloneCategories, computeSurvey, FIELDS, type RawCell, type Settings, type SurveyResult } from '../../src/core';

export const SETTINGS_2006: Settings = { surveyYear: 2006, kelurahan: 'Cibeureum', ageYears: 10, membersSmall: 10, membersLarge: 20 };

/** A valid row as a record of canonical header -> cell. */
export function validRow(over: Record<string, RawCell> = {}): Record<string, RawCell> {
  return {
    'Nama Kelompok': 'Dasa Wisma Melati',
    'Jenis Kelompok': 'Dasa Wisma',
    'Tahun Berdiri': 1990,
    Tujuan: 'Peningkatan Penghasilan',
    'Jumlah Anggota': 15,
    'Pendidikan Pengurus': 'SLTA',
    'Jaringan Kerja': 'Organisasi Sosial',
    ...over,
  };
}

/** Sheet values: the header row of every codebook field, then the rows. */
export function sheet(rows: Record<string, RawCell>[]): RawCell[][] {
  const headers = FIELDS.map((f) => f.header);
  return [headers, ...rows.map((r) => headers.map((h) => (h in r ? r[h] : '')))];
}

export function run(rows: Record<string, RawCell>[], settings: Settings = SETTINGS_2006): SurveyResult {
  const out = computeSurvey(sheet(rows), { settings, categories: cloneCategories() });
  if (!out.ok) throw new Error(`unexpected fatal: ${out.error.code}`);
  return out.value;
}

export function table(r: SurveyResult, id: string) {
  const t = r.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}
