/**
 * The comparison of two rounds (rounds.ts) as two lists every writer prints: the counts per
 * group type, and the groups behind them (new, gone, changed type, ambiguous).
 */
import { blank, count, makeListing, text, type Listing, type ListingColumn } from './listing';
import { CORE_WORDS } from './i18n';
import type { Lang, RowCounts } from './model';
import { fieldHeader, REGISTER_WORDS } from './register-words';
import { roundGroup, type ChangeRow, type RoundComparison, type RoundGroup } from './rounds';
import type { GroupRecord } from './schema';
import type { SurveyResult } from './model';

/** What the lists say about each round. */
export interface RoundInfo {
  /** The round's year: stated, else (the base round) its latest Tanggal Pendataan's; null when neither is known. */
  surveyYear: number | null;
  kelurahan: string;
  rows: RowCounts;
}

/**
 * One round as it is read: its valid rows' groups (`add` is the survey's `onRecord`) and the
 * latest year its Tanggal Pendataan cells name, so a base round read without a stated year
 * (a sheet pasted from the 2006 file) is headed 2006, not this year.
 */
export class RoundReader {
  readonly groups: RoundGroup[] = [];
  private latest = 0;
  /** `kelurahan`: the kelurahan of the rows that name none (`--kelurahan`), for the duplicate key they are matched by. */
  constructor(kelurahan = '') {
    this.place = kelurahan.trim();
  }
  private readonly place: string;
  /** The file being read, when the round is read from several. */
  private file: string | undefined;
  readonly inFile = (file: string | undefined): void => {
    this.file = file;
  };
  readonly add = (r: GroupRecord, row: number): void => {
    const g = roundGroup(r, row);
    if (this.file !== undefined) g.file = this.file;
    if (this.place !== '' && g.kelurahan === '' && g.kodeWilayah === '') g.kelurahan = this.place;
    this.groups.push(g);
    const y = r.tanggalPendataan === null ? 0 : Number(r.tanggalPendataan.slice(0, 4));
    if (y > this.latest) this.latest = y;
  };
  /** `stated`: the year given for the round (its survey year), when one was. */
  info(result: Pick<SurveyResult, 'kelurahan' | 'rows'>, stated?: number): RoundInfo {
    return { surveyYear: stated ?? (this.latest > 0 ? this.latest : null), kelurahan: result.kelurahan, rows: result.rows };
  }
}

export function comparisonListings(c: RoundComparison, base: RoundInfo, current: RoundInfo, lang: Lang): Listing[] {
  const w = REGISTER_WORDS[lang];
  const figures = (r: ChangeRow) => [r.then, r.now, r.change, r.new, r.gone, r.continuing].map(count);
  const notes = [w.compared(base.rows.valid, base.rows.invalid, current.rows.valid, current.rows.invalid)];
  if (c.typeChanged.length > 0) notes.push(w.typeChangedNote(c.typeChanged.length));
  if (c.ambiguous.length > 0) notes.push(w.ambiguousNote(c.ambiguous.length));
  const counts = makeListing({
    id: 'compare',
    name: w.compareName,
    title: w.compareTitle,
    numberHeader: w.number,
    columns: [
      { header: fieldHeader('jenisKelompok', lang), kind: 'label' },
      ...[w.then(base.surveyYear), w.now(current.surveyYear), w.change, w.new, w.gone, w.continuing].map((header): ListingColumn => ({ header, kind: 'count' })),
    ],
    rows: [
      ...c.rows.map((r) => ({ cells: [text(r.label), ...figures(r)] })),
      { role: 'total' as const, cells: [text(w.total), ...figures(c.total)] },
    ],
    notes,
  });

  const listed = [...c.new, ...c.gone, ...c.typeChanged.map((t) => t.current), ...c.ambiguous.flatMap((m) => [...m.base, ...m.current])];
  // A round read from several files: the row number is said with its file.
  const files = listed.some((g) => g.file !== undefined);
  const line = (status: string, g: RoundGroup, round: string) => ({
    cells: [text(status), text(g.namaKelompok), text(g.jenisKelompok), g.rw === null ? blank : count(g.rw), text(round), ...(files ? [g.file === undefined ? blank : text(g.file)] : []), count(g.row)],
  });
  const rows = [
    ...c.new.map((g) => line(w.new, g, w.currentRound)),
    ...c.gone.map((g) => line(w.gone, g, w.baseRound)),
    ...c.typeChanged.flatMap(({ base: b, current: g }) => [line(w.typeChanged(b.jenisKelompok, g.jenisKelompok), g, w.currentRound)]),
    ...c.ambiguous.flatMap((m, i) => [...m.base.map((g) => line(w.ambiguous(i + 1), g, w.baseRound)), ...m.current.map((g) => line(w.ambiguous(i + 1), g, w.currentRound))]),
  ];
  const groups = makeListing({
    id: 'compareGroups',
    name: w.compareGroupsName,
    title: w.compareGroupsTitle,
    numberHeader: w.number,
    columns: [
      { header: w.status, kind: 'label' },
      { header: fieldHeader('namaKelompok', lang), kind: 'label' },
      { header: fieldHeader('jenisKelompok', lang), kind: 'label' },
      { header: fieldHeader('rw', lang), kind: 'count' },
      { header: w.round, kind: 'label' },
      ...(files ? [{ header: CORE_WORDS[lang].issueColumns.file, kind: 'label' } as const] : []),
      { header: w.row, kind: 'count' },
    ],
    rows,
    notes: rows.length === 0 ? [w.noChanges] : [],
  });
  return [counts, groups];
}

/** What `pranata compare --format json` prints: both rounds' row counts, the counts per type, the groups. */
export interface JsonComparison {
  base: RoundInfo;
  current: RoundInfo;
  rows: ChangeRow[];
  total: ChangeRow;
  groups: Pick<RoundComparison, 'new' | 'gone' | 'typeChanged' | 'ambiguous'>;
}

export function comparisonJson(c: RoundComparison, base: RoundInfo, current: RoundInfo): JsonComparison {
  return { base, current, rows: c.rows, total: c.total, groups: { new: c.new, gone: c.gone, typeChanged: c.typeChanged, ambiguous: c.ambiguous } };
}
