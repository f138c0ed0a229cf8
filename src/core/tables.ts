/**
 * The five tables of the study (CODEBOOK §6) as presets of the generic crosstab. Rows are the
 * category lists in list order (so a coordinator's added type gets its own row); columns are
 * buckets built from the thresholds in the settings.
 */
import type { Categories, Settings } from './codebook';
import { Crosstab, type CrosstabSpec } from './crosstab';
import type { TableColumn, TableId, TableModel } from './model';
import { slugKey } from './normalize';
import type { GroupRecord } from './schema';

export const TOTAL_LABEL = 'Jumlah';

interface Preset {
  id: TableId;
  title: string;
  rowHeader: string;
  columnHeader: string;
  spec: CrosstabSpec<GroupRecord>;
}

function indexer(labels: readonly string[]): (label: string) => number {
  const m = new Map(labels.map((l, i) => [l, i] as const));
  return (label) => m.get(label) ?? -1;
}

export function ageColumns(s: Settings): TableColumn[] {
  return [
    { key: `lt${s.ageYears}`, label: `< ${s.ageYears} Tahun` },
    { key: `ge${s.ageYears}`, label: `≥ ${s.ageYears} Tahun` },
  ];
}

export function memberColumns(s: Settings): TableColumn[] {
  return [
    { key: `le${s.membersSmall}`, label: `≤ ${s.membersSmall} Orang` },
    { key: `${s.membersSmall + 1}to${s.membersLarge}`, label: `${s.membersSmall + 1}–${s.membersLarge} Orang` },
    { key: `gt${s.membersLarge}`, label: `> ${s.membersLarge} Orang` },
  ];
}

export function networkColumns(c: Categories): TableColumn[] {
  const used = new Set<string>();
  return c.jaringanKerja.map((cat) => {
    let key = cat.key ?? slugKey(cat.label);
    while (used.has(key)) key = `${key}_`;
    used.add(key);
    return { key, label: cat.label };
  });
}

const ONE_COLUMN: TableColumn[] = [{ key: 'n', label: TOTAL_LABEL }];

function presets(c: Categories, s: Settings): Preset[] {
  const types = c.jenisKelompok.map((x) => x.label);
  const typeOf = indexer(types);
  const purposeOf = indexer(c.tujuan.map((x) => x.label));
  const educationOf = indexer(c.pendidikanPengurus.map((x) => x.label));
  const networks = c.jaringanKerja.map((x) => x.label);
  const networkOf = indexer(networks);
  const base = { totalLabel: TOTAL_LABEL };
  return [
    {
      id: 'T1',
      title: 'Tabel 1. Kelompok/Perkumpulan Sosial menurut Tahun Berdiri',
      rowHeader: 'Jenis Kelompok',
      columnHeader: 'Tahun Berdiri',
      spec: {
        ...base,
        rowLabels: types,
        columns: ageColumns(s),
        percentBase: 'row',
        rowOf: (r) => typeOf(r.jenisKelompok),
        columnOf: (r) => (s.surveyYear - r.tahunBerdiri < s.ageYears ? 0 : 1),
      },
    },
    {
      id: 'T2',
      title: 'Tabel 2. Tujuan Didirikannya Perkumpulan Sosial',
      rowHeader: 'Tujuan Didirikannya Perkumpulan',
      columnHeader: '',
      spec: {
        ...base,
        rowLabels: c.tujuan.map((x) => x.label),
        columns: ONE_COLUMN,
        percentBase: 'column',
        rowOf: (r) => purposeOf(r.tujuan),
        columnOf: () => 0,
      },
    },
    {
      id: 'T3',
      title: 'Tabel 3. Jumlah Anggota Kelompok Sosial',
      rowHeader: 'Jenis Kelompok',
      columnHeader: 'Jumlah Anggota',
      spec: {
        ...base,
        rowLabels: types,
        columns: memberColumns(s),
        percentBase: 'row',
        rowOf: (r) => typeOf(r.jenisKelompok),
        columnOf: (r) => (r.jumlahAnggota <= s.membersSmall ? 0 : r.jumlahAnggota <= s.membersLarge ? 1 : 2),
      },
    },
    {
      id: 'T4',
      title: 'Tabel 4. Jenjang Pendidikan Responden Pengurus Kelompok Sosial',
      rowHeader: 'Jenjang Pendidikan',
      columnHeader: '',
      spec: {
        ...base,
        rowLabels: c.pendidikanPengurus.map((x) => x.label),
        columns: ONE_COLUMN,
        percentBase: 'column',
        rowOf: (r) => educationOf(r.pendidikanPengurus),
        columnOf: () => 0,
      },
    },
    {
      id: 'T5',
      title: 'Tabel 5. Jaringan Kerja Kelompok Sosial',
      rowHeader: 'Jenis Kelompok',
      columnHeader: 'Jaringan Kerja Kelompok Sosial',
      spec: {
        ...base,
        rowLabels: types,
        columns: networkColumns(c),
        percentBase: 'row',
        rowOf: (r) => typeOf(r.jenisKelompok),
        columnOf: (r) => networkOf(r.jaringanKerja),
      },
    },
  ];
}

export function sourceLine(s: Settings): string {
  return s.kelurahan.trim() === ''
    ? `Sumber: Hasil Pendataan Tahun ${s.surveyYear}.`
    : `Sumber: Hasil Pendataan di Wilayah Kelurahan ${s.kelurahan.trim()} Tahun ${s.surveyYear}.`;
}

/** Counts the five tables as records arrive; `models()` renders them at the end. */
export class TableSet {
  private readonly items: { preset: Preset; tab: Crosstab<GroupRecord> }[];

  constructor(categories: Categories, private readonly settings: Settings) {
    this.items = presets(categories, settings).map((preset) => ({ preset, tab: new Crosstab(preset.spec) }));
  }

  add(record: GroupRecord): void {
    for (const it of this.items) it.tab.add(record);
  }

  /** `settings` may differ from the constructor's only in the kelurahan (known at the end). */
  models(kelurahan = this.settings.kelurahan): TableModel[] {
    const source = sourceLine({ ...this.settings, kelurahan });
    return this.items.map(({ preset, tab }) => {
      const { rows, total } = tab.result();
      return {
        id: preset.id,
        title: preset.title,
        percentBase: preset.spec.percentBase,
        rowHeader: preset.rowHeader,
        columnHeader: preset.columnHeader,
        columns: [...preset.spec.columns],
        rows,
        total,
        source,
      };
    });
  }
}

/** The five tables of a set of valid records. */
export function buildTables(records: Iterable<GroupRecord>, categories: Categories, settings: Settings): TableModel[] {
  const set = new TableSet(categories, settings);
  for (const r of records) set.add(r);
  return set.models();
}
