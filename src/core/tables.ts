/**
 * The five tables of the study (CODEBOOK §6) as presets of the generic crosstab. Rows are the
 * category lists in list order (so a coordinator's added type gets its own row); columns are
 * buckets built from the thresholds in the settings.
 */
import type { Categories, Category, Settings } from './codebook';
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
  spec: CrosstabSpec;
  /** The record's position on each axis: the row, and the column (null: the one column). */
  row: Axis;
  column: Axis | null;
}

type Axis = (typeof AXIS)[keyof typeof AXIS];

/**
 * What the five tables need of a record, as list positions and bucket numbers, in one small
 * typed array indexed by AXIS. TableSet looks each category up once per record (three tables
 * share Jenis Kelompok) and hands the same array to the five crosstabs.
 */
const AXIS = { type: 0, purpose: 1, education: 2, network: 3, age: 4, members: 5 } as const;
type Indexed = Int32Array;

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
  return listColumns(c.jaringanKerja);
}

/** A category list as table columns: stable keys (the category's own, else from its label), unique. */
export function listColumns(list: readonly Category[]): TableColumn[] {
  const used = new Set<string>();
  return list.map((cat) => {
    let key = cat.key ?? slugKey(cat.label);
    while (used.has(key)) key = `${key}_`;
    used.add(key);
    return { key, label: cat.label };
  });
}

export const ONE_COLUMN: readonly TableColumn[] = [{ key: 'n', label: TOTAL_LABEL }];

interface Layout {
  id: TableId;
  title: string;
  rowHeader: string;
  columnHeader: string;
  rowLabels: string[];
  columns: TableColumn[];
  percentBase: 'row' | 'column';
  row: Axis;
  column: Axis | null;
}

function presets(c: Categories, s: Settings): Preset[] {
  const types = c.jenisKelompok.map((x) => x.label);
  const layouts: Layout[] = [
    {
      id: 'T1',
      title: 'Tabel 1. Kelompok/Perkumpulan Sosial menurut Tahun Berdiri',
      rowHeader: 'Jenis Kelompok',
      columnHeader: 'Tahun Berdiri',
      rowLabels: types,
      columns: ageColumns(s),
      percentBase: 'row',
      row: AXIS.type,
      column: AXIS.age,
    },
    {
      id: 'T2',
      title: 'Tabel 2. Tujuan Didirikannya Perkumpulan Sosial',
      rowHeader: 'Tujuan Didirikannya Perkumpulan',
      columnHeader: '',
      rowLabels: c.tujuan.map((x) => x.label),
      columns: [...ONE_COLUMN],
      percentBase: 'column',
      row: AXIS.purpose,
      column: null,
    },
    {
      id: 'T3',
      title: 'Tabel 3. Jumlah Anggota Kelompok Sosial',
      rowHeader: 'Jenis Kelompok',
      columnHeader: 'Jumlah Anggota',
      rowLabels: types,
      columns: memberColumns(s),
      percentBase: 'row',
      row: AXIS.type,
      column: AXIS.members,
    },
    {
      id: 'T4',
      title: 'Tabel 4. Jenjang Pendidikan Responden Pengurus Kelompok Sosial',
      rowHeader: 'Jenjang Pendidikan',
      columnHeader: '',
      rowLabels: c.pendidikanPengurus.map((x) => x.label),
      columns: [...ONE_COLUMN],
      percentBase: 'column',
      row: AXIS.education,
      column: null,
    },
    {
      id: 'T5',
      title: 'Tabel 5. Jaringan Kerja Kelompok Sosial',
      rowHeader: 'Jenis Kelompok',
      columnHeader: 'Jaringan Kerja Kelompok Sosial',
      rowLabels: types,
      columns: networkColumns(c),
      percentBase: 'row',
      row: AXIS.type,
      column: AXIS.network,
    },
  ];
  return layouts.map(({ rowLabels, columns, percentBase, row, column, ...rest }) => ({
    ...rest,
    row,
    column,
    spec: {
      totalLabel: TOTAL_LABEL,
      rowLabels,
      columns,
      percentBase,
    },
  }));
}

export function sourceLine(s: Settings): string {
  return s.kelurahan.trim() === ''
    ? `Sumber: Hasil Pendataan Tahun ${s.surveyYear}.`
    : `Sumber: Hasil Pendataan di Wilayah Kelurahan ${s.kelurahan.trim()} Tahun ${s.surveyYear}.`;
}

/** Counts the five tables as records arrive; `models()` renders them at the end. */
export class TableSet {
  private readonly items: { preset: Preset; tab: Crosstab }[];
  /** The hot path's view of items: which positions each table counts. */
  private readonly axes: { tab: Crosstab; row: Axis; column: Axis | null }[];
  private readonly typeOf: (label: string) => number;
  private readonly purposeOf: (label: string) => number;
  private readonly educationOf: (label: string) => number;
  private readonly networkOf: (label: string) => number;
  private readonly scratch: Indexed = new Int32Array(6);

  constructor(categories: Categories, private readonly settings: Settings) {
    this.items = presets(categories, settings).map((preset) => ({ preset, tab: new Crosstab(preset.spec) }));
    this.axes = this.items.map(({ preset, tab }) => ({ tab, row: preset.row, column: preset.column }));
    this.typeOf = indexer(categories.jenisKelompok.map((x) => x.label));
    this.purposeOf = indexer(categories.tujuan.map((x) => x.label));
    this.educationOf = indexer(categories.pendidikanPengurus.map((x) => x.label));
    this.networkOf = indexer(categories.jaringanKerja.map((x) => x.label));
  }

  add(record: GroupRecord): void {
    const s = this.settings;
    const x = this.scratch;
    x[AXIS.type] = this.typeOf(record.jenisKelompok);
    x[AXIS.purpose] = this.purposeOf(record.tujuan);
    x[AXIS.education] = this.educationOf(record.pendidikanPengurus);
    x[AXIS.network] = this.networkOf(record.jaringanKerja);
    x[AXIS.age] = s.surveyYear - record.tahunBerdiri < s.ageYears ? 0 : 1;
    const m = record.jumlahAnggota;
    x[AXIS.members] = m <= s.membersSmall ? 0 : m <= s.membersLarge ? 1 : 2;
    const axes = this.axes;
    for (let i = 0; i < axes.length; i++) {
      const a = axes[i]!;
      a.tab.addAt(x[a.row] ?? -1, a.column === null ? 0 : (x[a.column] ?? -1));
    }
  }

  /** Each table's counts (Crosstab.tally), in table order. */
  tallies(): Int32Array[] {
    return this.items.map((x) => x.tab.tally());
  }

  /** Adds counts laid out as tallies() gives them, of a set built with the same categories and settings. */
  addTallies(t: readonly ArrayLike<number>[]): void {
    this.items.forEach((x, i) => {
      const o = t[i];
      if (o !== undefined) x.tab.addTally(o);
    });
  }

  /** Adds the counts of a set built with the same categories and settings. */
  mergeFrom(other: TableSet): void {
    this.addTallies(other.tallies());
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

