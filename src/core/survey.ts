/**
 * The pipeline: header -> rows -> validation -> the tables (T1–T9). Rows stream through
 * `SurveyBuilder` one at a time (a file of a million rows is never held in memory); a 2-D
 * array of sheet values goes through `computeSurvey`.
 */
import type { Categories, FieldId, Settings } from './codebook';
import { detach, type RawCell } from './cells';
import { DUP_BATCH, DuplicateFinder, type DuplicateScope } from './duplicates';
import { findHeaderRow, HEADER_SCAN_ROWS, mapHeaders, type HeaderMap } from './header';
import { isRejected, type ColumnAlias } from './header-match';
import { cellText, isBlankCell } from './cells';
import type { FatalError } from './i18n';
import type { Issue, IssueCode, RowCounts, SurveyResult } from './model';
import { schemaContext, type GroupRecord } from './schema';
import { ProgressTally } from './progress';
import type { Rollup } from './rollup';
import { StudyTables } from './study-tables';
import { totalsRowTest } from './totals';
import { compareLabels, normalizeLabel } from './normalize';
import { makeIssue, RowValidator } from './validate';

export interface SurveyOptions {
  settings: Settings;
  categories: Categories;
  /** Keep at most this many issues (the counts stay exact); default: all. */
  maxIssues?: number;
  /**
   * Hands each issue over as it is found, in row order, instead of keeping it: a file with
   * millions of issues is then written out as it is read (`SurveyResult.issues` stays empty).
   */
  onIssue?: (issue: Issue) => void;
  /** A coordinator's own headers (`--map`, the `Kolom` list of the categories). */
  columns?: readonly ColumnAlias[];
  /** About how many rows will come (a file's size over a typical row's), to size tables once. */
  expectedRows?: number;
  /** Hands each valid row's record over with its row number (the comparison of two rounds, Daftar Kelompok). */
  onRecord?: (record: GroupRecord, row: number) => void;
  /** Also count the Rekap (progress.ts): rows per RW and per petugas; `SurveyResult.progress`. */
  progress?: boolean;
  /**
   * Counts the rows into this roll-up (CODEBOOK §9) instead of the builder's own tables, so
   * several files add up into one: `finish()` then returns no tables, the roll-up holds them.
   * `kelurahan` names the rows of a file without a Kelurahan column.
   */
  rollup?: { into: Rollup; kelurahan: string };
  /**
   * Looks for duplicates across the files of this scope, not only within this input: a
   * warning about a row of an earlier file names that file (`file`: this input's name).
   */
  duplicates?: { across: DuplicateScope; file: string };
  /**
   * The later part of a file, read on another thread (cli/halves.ts): the rows are checked and
   * counted here, but the issues and the duplicate lookups are handed over in batches, still
   * numbered from this part's first row, for the builder of the first part to take in after its
   * own rows (`takeBatch`, then `takeHalf` with `finishHalf()`'s result), so that every warning
   * and every issue comes out as one builder reading the whole file gives them.
   */
  forward?: Forward;
}

/** Where a builder of a file's later part hands its issues and lookups (SurveyOptions.forward). */
export interface Forward {
  /** The part's first row that is a group came (the first part's held totals-looking rows are groups, then). */
  grouped(): void;
  batch(b: ForwardBatch): void;
}

/** A batch of a later part's issues and duplicate lookups, its rows numbered from the part's start. */
export interface ForwardBatch {
  /** Without their messages, which name the row: they are made again where the row's number is known. */
  issues: Omit<Issue, 'messages'>[];
  /** DuplicateFinder.take()'s (kind, h1, h2, row, tag) entries. */
  lookups: Int32Array;
  /**
   * The raw name and ID cells of the batch's tags, one after the other; `lens` says where. A
   * string, or what slices like one (halves.ts hands it across threads as bytes).
   */
  text: string | TextSlices;
  /** Per tag the length of its name cell then of its ID cell in `text`; -1 when the row has no such cell. */
  lens: Int32Array;
}

/** Text cut where asked, as String.prototype.slice cuts it (ForwardBatch.text). */
export interface TextSlices {
  slice(start: number, end: number): string;
}

/** What a later part counted, for the first part's builder (SurveyBuilder.takeHalf). */
export interface HalfResult {
  rows: RowCounts;
  lastRow: number;
  tallies: Int32Array[];
  /** The Kelurahan values counted, in the order first seen, and whether the tally had to refuse any. */
  kelurahan: [string, number][];
  kelurahanRefused: boolean;
  /** Its trailing totals-looking rows, still held. */
  held: HeldRow[];
}

/** A row kept back to be checked later: a totals-looking row, or one read before the header was found. */
export interface HeldRow {
  cells: RawCell[];
  row: number;
  problems?: readonly CellProblem[];
}

/**
 * Free-text fields that no table, check or duplicate search reads: only the records handed
 * on (onRecord: the register's lists), the Rekap (petugas) and a roll-up show them.
 * (Nama Kelompok and ID key the duplicate search, Kelurahan names the tables.)
 */
export const NOTE_FIELDS: readonly FieldId[] = ['kegiatan', 'namaResponden', 'petugas', 'catatan'];

/** A problem a file reader found in one cell: a quote it had to guess about, a formula without its value. */
export interface CellProblem {
  /** 0-based column index. */
  column: number;
  code: Extract<IssueCode, 'unclosed_quote' | 'stray_quote' | 'formula_no_value'>;
  /** The cell as it was read. */
  value: RawCell;
}

/**
 * An unclosed quote or a formula without a value leaves the cell's content uncertain: an
 * error, the row stays out of the tables. A stray quote was read as Excel reads it: a warning.
 */
const PROBLEM_SEVERITY: Record<CellProblem['code'], Issue['severity']> = {
  unclosed_quote: 'error',
  stray_quote: 'warning',
  formula_no_value: 'error',
};

/**
 * At least this share of the rows naming a kelurahan must name one kelurahan (case and spacing
 * aside) for the file's tables to be that kelurahan's: a few stray or misspelt cells do not
 * change the name; a file of several kelurahan is not labelled with whichever came first.
 */
export const ONE_KELURAHAN_SHARE = 0.9;

/** Distinct Kelurahan values counted; a file naming more is no one kelurahan's anyway. */
const TALLY_LIMIT = 1000;

/** Counts Kelurahan values so the tables' source line can name the kelurahan of the data. */
class Tally {
  private readonly counts = new Map<string, number>();
  /** A value was refused: the tally was full. */
  refused = false;
  add(v: string, times = 1): void {
    if (v === '') return;
    if (this.counts.size >= TALLY_LIMIT && !this.counts.has(v)) {
      this.refused = true;
      return;
    }
    const n = this.counts.get(v);
    this.counts.set(n === undefined ? detach(v) : v, (n ?? 0) + times);
  }
  entries(): [string, number][] {
    return [...this.counts];
  }
  /**
   * The kelurahan the rows name: `one`, the most frequent (matched like a name; its most
   * frequent spelling; the first seen wins a tie) when it holds ONE_KELURAHAN_SHARE of them,
   * else '' with `all` the kelurahan named (a spelling each, in the roll-up's order).
   */
  named(): { one: string; all: string[] } {
    const groups = new Map<string, { total: number; spelling: string; best: number }>();
    let total = 0;
    for (const [v, c] of this.counts) {
      total += c;
      const key = normalizeLabel(v);
      const g = groups.get(key);
      if (g === undefined) groups.set(key, { total: c, spelling: v, best: c });
      else {
        g.total += c;
        if (c > g.best) [g.spelling, g.best] = [v, c];
      }
    }
    let top: { total: number; spelling: string } | undefined;
    for (const g of groups.values()) if (top === undefined || g.total > top.total) top = g;
    if (top === undefined) return { one: '', all: [] };
    if (top.total >= ONE_KELURAHAN_SHARE * total) return { one: top.spelling, all: [top.spelling] };
    return { one: '', all: [...groups.values()].map((g) => g.spelling).sort(compareLabels) };
  }
}

/** Issues held before they are sorted and handed on (a few rows' worth of memory). */
const ISSUE_BATCH = 8192;

export class SurveyBuilder {
  private readonly validator: RowValidator;
  private readonly tables: StudyTables;
  private readonly dups: DuplicateFinder;
  /** Added to this input's row numbers in the duplicate search (DuplicateScope). */
  private readonly rowOffset: number;
  /** The kelurahan of the rows when the input has no Kelurahan column (the duplicate key's). */
  private readonly placeFallback: string;
  private lastRow = 0;
  private readonly kelurahan = new Tally();
  private readonly progress: ProgressTally | null;
  readonly issues: Issue[] = [];
  readonly rows: RowCounts = { read: 0, valid: 0, invalid: 0, blank: 0 };
  private readonly maxIssues: number;
  private readonly nameColumn: ReturnType<RowValidator['columnOf']>;
  private readonly idColumn: ReturnType<RowValidator['columnOf']>;

  /** Field read from each column index (for issues about a cell the reader found). */
  private readonly fieldAt = new Map<number, FieldId>();
  /** Issues of the rows whose duplicate lookups are still queued: sorted, then handed on. */
  private batch: Issue[] = [];
  private kept = 0;

  constructor(readonly header: HeaderMap, private readonly opts: SurveyOptions) {
    this.validator = new RowValidator(header, schemaContext(opts.categories, opts.settings));
    this.forward = opts.forward ?? null;
    // A later part's lookups are probed by the first part's builder: its own tables stay small.
    this.dups = opts.duplicates ? opts.duplicates.across.finder : new DuplicateFinder(this.forward ? 0 : (opts.expectedRows ?? 0));
    this.rowOffset = opts.duplicates ? opts.duplicates.across.begin(opts.duplicates.file) : 0;
    this.placeFallback = opts.rollup?.kelurahan ?? opts.settings.kelurahan.trim();
    this.nameColumn = this.validator.columnOf('namaKelompok');
    this.idColumn = this.validator.columnOf('id');
    this.tables = new StudyTables(opts.categories, opts.settings);
    // Rows of a file without a Kelurahan column belong where the roll-up puts them.
    this.progress = opts.progress === true ? new ProgressTally(header, opts.rollup?.kelurahan ?? opts.settings.kelurahan.trim()) : null;
    this.maxIssues = opts.maxIssues ?? Number.POSITIVE_INFINITY;
    this.isTotals = totalsRowTest(header);
    for (const [field, index] of Object.entries(header.index)) this.fieldAt.set(index, field as FieldId);
    // The first part's builder reported the header's warnings.
    for (const r of this.forward ? [] : (header.repeated ?? [])) {
      this.report(makeIssue(header.headerRow, { field: r.field, name: r.name, index: r.index }, 'duplicate_column', r.name, { otherColumn: r.first + 1 }, 'warning'));
    }
    // Shared by the files of a DuplicateScope: an export read twice, as two files, counts once.
    this.submissions = header.submissionId ? (opts.duplicates?.across.submissions ?? new Map()) : null;
    this.choices = Object.values(header.choiceColumns).map((cols) => ({ at: cols[0]?.index ?? -1, cols }));
  }

  /** Several-of fields read from their 0/1 columns: the cell their answer goes into, and the columns. */
  private readonly choices: { at: number; cols: { index: number; choice: string }[] }[];

  /** Submission ids seen, with their rows (numbered on, as in the duplicate search): a repeated one is the same submission imported again. */
  private readonly submissions: Map<string, number> | null;

  private readonly isTotals: ReturnType<typeof totalsRowTest>;
  /**
   * Rows that look like a totals row, held until the input ends: only a trailing one is a
   * totals row; when a group follows, the held rows are checked as the groups they claim to be.
   */
  private heldTotals: HeldRow[] = [];

  private readonly forward: Forward | null;
  /** A row that is a group came (held totals-looking rows before it were groups). */
  private grouped = false;

  private report(issue: Issue): void {
    if (this.progress !== null && issue.severity === 'warning') this.progress.warn(issue.row);
    this.batch.push(issue);
  }

  /** Hands the batch on in row order (the sort is stable: a row keeps its issues in column order). */
  private flush(): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    if (this.unordered) batch.sort((a, b) => a.row - b.row);
    this.unordered = false;
    const sink = this.opts.onIssue;
    for (const i of batch) {
      if (this.kept >= this.maxIssues) break;
      this.kept++;
      if (sink) sink(i);
      else this.issues.push(i);
    }
    this.batch = [];
  }

  private problemIssue(p: CellProblem, row: number): Issue {
    const field = this.fieldAt.get(p.column) ?? null;
    const name = (field !== null ? this.header.names[field] : undefined) ?? this.header.texts[p.column] ?? '';
    return makeIssue(row, { field, name: name === '' ? `#${p.column + 1}` : name, index: p.column }, p.code, p.value, {}, PROBLEM_SEVERITY[p.code]);
  }

  /**
   * The columns of which this builder reads nothing but whether each cell is blank (a blank
   * row is one whose every cell is, CODEBOOK §1): the columns no field, choice or review
   * state is read from, and, when no record, Rekap or roll-up is kept, NOTE_FIELDS' columns.
   * A reader may hand their non-blank cells on undecoded (cli/csv-bytes.ts skip).
   */
  unreadColumns(): number[] {
    const o = this.opts;
    if (o.onRecord !== undefined || o.progress === true || o.rollup !== undefined) return [];
    const h = this.header;
    const read = new Set<number>(Object.values(h.index));
    for (const cols of Object.values(h.choiceColumns)) for (const c of cols ?? []) read.add(c.index);
    if (h.review !== undefined) read.add(h.review);
    for (const f of NOTE_FIELDS) {
      const i = h.index[f];
      if (i !== undefined) read.delete(i);
    }
    const out: number[] = [];
    for (let i = 0; i < h.texts.length; i++) if (!read.has(i)) out.push(i);
    return out;
  }

  /**
   * One data row. `row` is its 1-based row number as a spreadsheet shows it. Returns the
   * checked record of a valid row (null for blank or invalid rows). `ids`: the byte reader's
   * value number of each cell (RowValidator.check), valid during the call only.
   */
  addRow(cells: readonly RawCell[], row: number, problems?: readonly CellProblem[], ids?: Int32Array): GroupRecord | null {
    if (row > this.lastRow) this.lastRow = row;
    if ((problems === undefined || problems.length === 0) && this.validator.isBlank(cells)) {
      this.rows.blank++;
      return null;
    }
    const h = this.header;
    if (h.review !== undefined && isRejected(cellText(cells[h.review]))) {
      this.rows.rejected = (this.rows.rejected ?? 0) + 1;
      return null;
    }
    if (this.submissions !== null && this.idColumn && this.isResubmission(cells, row)) return null;
    if (this.choices.length > 0) {
      // The answers gathered into their cells have no value numbers: the row is checked by its cells alone.
      cells = this.withChoices(cells);
      ids = undefined;
    }
    if (this.isTotals !== null && this.isTotals(cells)) {
      this.heldTotals.push(problems === undefined ? { cells: cells.slice(), row } : { cells: cells.slice(), row, problems });
      return null;
    }
    if (!this.grouped) {
      this.grouped = true;
      this.forward?.grouped();
    }
    this.releaseHeld();
    return this.addGroup(cells, row, problems, ids);
  }

  /** A group followed the held totals-looking rows: they are checked as the groups they claim to be. */
  private releaseHeld(): void {
    if (this.heldTotals.length === 0) return;
    const held = this.heldTotals;
    this.heldTotals = [];
    for (const h of held) this.addGroup(h.cells, h.row, h.problems);
  }

  /**
   * The same submission id as an earlier row: the same export (or an overlapping one) read
   * again. Reported as a duplicate ID and left out of the tables, so nothing counts twice.
   */
  private isResubmission(cells: readonly RawCell[], row: number): boolean {
    const col = this.idColumn!;
    const id = cellText(cells[col.index]);
    if (id === '') return false;
    const first = this.submissions!.get(id);
    if (first === undefined) {
      this.submissions!.set(detach(id), row + this.rowOffset);
      return false;
    }
    this.rows.duplicates = (this.rows.duplicates ?? 0) + 1;
    this.report(makeIssue(row, col, 'duplicate_id', cells[col.index], this.otherRow(first), 'warning'));
    this.unordered = true;
    return true;
  }

  /** A copy of the row with each choice-column field's answer (the choices marked 1) in its cell. */
  private withChoices(cells: readonly RawCell[]): RawCell[] {
    const out = cells.slice();
    for (const { at, cols } of this.choices) {
      const picked: string[] = [];
      for (const c of cols) if (isChosen(cells[c.index])) picked.push(c.choice);
      out[at] = picked.join('; ');
    }
    return out;
  }

  private addGroup(cells: readonly RawCell[], row: number, problems?: readonly CellProblem[], ids?: Int32Array): GroupRecord | null {
    this.rows.read++;
    const checked = this.validator.check(cells, row, ids);
    let { record, issues } = checked;
    if (problems !== undefined && problems.length > 0) {
      // The reader's finding replaces the field's own check on that cell (one error per field).
      const own = problems.map((p) => this.problemIssue(p, row));
      const failed = new Set(own.filter((i) => i.severity === 'error').map((i) => i.columnIndex));
      issues = [...own, ...issues.filter((i) => !failed.has(i.columnIndex))].sort((a, b) => a.columnIndex - b.columnIndex);
      if (failed.size > 0) record = null;
    }
    // Rows of errors alone queue no duplicate lookups: hand their issues on all the same.
    // (Before this row's own: the Rekap keeps this row open for its duplicate warning.)
    if (this.batch.length + issues.length >= ISSUE_BATCH) this.drainDuplicates();
    this.progress?.add(row, cells, record);
    for (const i of issues) this.report(i);
    if (record === null) {
      this.rows.invalid++;
      if (this.opts.rollup) this.toRollup(cells, null);
      return null;
    }
    this.rows.valid++;
    if (this.opts.rollup) this.toRollup(cells, record);
    else this.tables.add(record);
    this.kelurahan.add(record.kelurahan);
    this.warnDuplicates(record, cells, row);
    this.opts.onRecord?.(record, row);
    return record;
  }

  /** The row's kelurahan for the roll-up: its Kelurahan cell, or the file's name when it has no such column. */
  private toRollup(cells: readonly RawCell[], record: GroupRecord | null): void {
    const r = this.opts.rollup!;
    const k = this.header.index.kelurahan;
    const c = this.header.index.kodeWilayah;
    const name = k === undefined ? r.kelurahan : record !== null ? record.kelurahan : cellText(cells[k]);
    r.into.add(name, c === undefined ? '' : cellText(cells[c]), record);
  }

  /** Raw name and id cells of the rows whose duplicate lookups are queued (by tag). */
  private readonly pendingNames: RawCell[] = [];
  private readonly pendingIds: RawCell[] = [];
  /** True once a warning was reported after an issue of a later row (finish sorts then). */
  private unordered = false;

  private warnDuplicates(r: GroupRecord, cells: readonly RawCell[], row: number): void {
    const tag = this.pendingNames.length;
    this.pendingNames.push(this.nameColumn ? cells[this.nameColumn.index] : null);
    this.pendingIds.push(this.idColumn ? cells[this.idColumn.index] : null);
    const at = row + this.rowOffset;
    if (this.nameColumn) this.dups.queueGroup(at, r, tag, this.header.index.kelurahan === undefined ? this.placeFallback : r.kelurahan);
    if (this.idColumn) this.dups.queueId(at, r.id, tag);
    if (this.dups.pending >= DUP_BATCH) this.drainDuplicates();
  }

  /** The message's parameters for an earlier row numbered on: its row, and its file when another input's. */
  private otherRow(n: number): { otherRow: number; otherFile?: string } {
    const scope = this.opts.duplicates;
    if (scope === undefined) return { otherRow: n };
    const there = scope.across.where(n);
    return there.file === scope.file ? { otherRow: there.row } : { otherRow: there.row, otherFile: there.file };
  }

  private drainDuplicates(rawOf?: (kind: 'group' | 'id', tag: number) => RawCell): void {
    if (this.forward) {
      this.forwardBatch();
      return;
    }
    const before = this.batch.length;
    this.dups.drain((kind, row, other, tag) => {
      const col = kind === 'group' ? this.nameColumn : this.idColumn;
      if (!col) return;
      const raw = rawOf ? rawOf(kind, tag) : (kind === 'group' ? this.pendingNames : this.pendingIds)[tag];
      this.report(makeIssue(row - this.rowOffset, col, kind === 'group' ? 'duplicate_group' : 'duplicate_id', raw, this.otherRow(other), 'warning'));
    });
    // A batch's warnings came after the errors of later rows: flush sorts them back.
    if (this.batch.length > before) this.unordered = true;
    // Emptied in place: the arrays keep their capacity for the next batch.
    this.pendingNames.length = 0;
    this.pendingIds.length = 0;
    this.progress?.settle();
    this.flush();
  }

  /** A later part's builder: its queued lookups and the issues so far, handed over unprobed. */
  private forwardBatch(): void {
    const lookups = this.dups.take();
    const names = this.pendingNames;
    const ids = this.pendingIds;
    if (lookups.length === 0 && this.batch.length === 0) return;
    const lens = new Int32Array(2 * names.length);
    const parts: string[] = [];
    for (let t = 0; t < names.length; t++) {
      const n = names[t];
      const i = ids[t];
      // CSV cells are strings or absent (a short row): all a lookup's warning can quote.
      lens[2 * t] = typeof n === 'string' ? n.length : -1;
      lens[2 * t + 1] = typeof i === 'string' ? i.length : -1;
      if (typeof n === 'string') parts.push(n);
      if (typeof i === 'string') parts.push(i);
    }
    const issues = this.batch.map(({ messages: _, ...rest }) => rest);
    this.forward!.batch({ issues, lookups, text: parts.join(''), lens });
    this.batch = [];
    names.length = 0;
    ids.length = 0;
  }

  /** The end of a later part (SurveyOptions.forward): what it counted, its last batch handed over. */
  finishHalf(): HalfResult {
    this.forwardBatch();
    return {
      rows: { ...this.rows },
      lastRow: this.lastRow,
      tallies: this.tables.tallies(),
      kelurahan: this.kelurahan.entries(),
      kelurahanRefused: this.kelurahan.refused,
      held: this.heldTotals,
    };
  }

  /**
   * Before a later part's batches are taken in: this part's lookups probed and its issues
   * handed on, so the later rows' come after them.
   */
  settle(): void {
    this.drainDuplicates();
  }

  /** The later part's first group came: this part's held totals-looking rows are groups. */
  takeGrouped(): void {
    this.grouped = true;
    this.releaseHeld();
  }

  /**
   * A later part's batch (`shift`: the rows of the file before that part): its issues renumbered
   * and reported, its lookups probed against every earlier row's, their warnings reported, all
   * handed on in row order, as if this builder had read those rows itself.
   */
  takeBatch(b: ForwardBatch, shift: number): void {
    if (this.dups.pending > 0) this.drainDuplicates();
    for (const i of b.issues) this.report(makeIssue(i.row + shift, { field: i.field, name: i.column, index: i.columnIndex }, i.code, i.value, i.params, i.severity));
    this.dups.queueTaken(b.lookups, shift + this.rowOffset);
    let starts: Int32Array | null = null;
    this.drainDuplicates((kind, tag) => {
      if (starts === null) {
        starts = new Int32Array(b.lens.length);
        let at = 0;
        for (let k = 0; k < b.lens.length; k++) {
          starts[k] = at;
          at += Math.max(b.lens[k] ?? 0, 0);
        }
      }
      const k = 2 * tag + (kind === 'group' ? 0 : 1);
      const len = b.lens[k] ?? -1;
      const at = starts[k] ?? 0;
      return len < 0 ? undefined : b.text.slice(at, at + len);
    });
  }

  /** A later part's counts, after its batches: the rows, the tables, the Kelurahan values, its held rows. */
  takeHalf(h: HalfResult, shift: number): void {
    const r = this.rows as unknown as Record<string, number>;
    for (const [k, v] of Object.entries(h.rows) as [string, number][]) r[k] = (r[k] ?? 0) + v;
    this.lastRow = Math.max(this.lastRow, h.lastRow + shift);
    this.tables.addTallies(h.tallies);
    // In the order first seen, after this part's: a tie, and the tally's limit, fall as in one read.
    for (const [v, n] of h.kelurahan) this.kelurahan.add(v, n);
    for (const x of h.held) this.heldTotals.push({ ...x, row: x.row + shift });
  }

  finish(): SurveyResult {
    this.drainDuplicates();
    this.opts.duplicates?.across.end(this.lastRow);
    // The held rows are the last non-blank rows: their warnings keep the issues in row order.
    for (const h of this.heldTotals) {
      this.rows.totals = (this.rows.totals ?? 0) + 1;
      if (this.nameColumn) this.report(makeIssue(h.row, this.nameColumn, 'totals_row', h.cells[this.nameColumn.index], {}, 'warning'));
    }
    this.heldTotals = [];
    this.flush();
    const settings = this.opts.settings;
    const named = this.kelurahan.named();
    const kelurahan = settings.kelurahan.trim() !== '' ? settings.kelurahan.trim() : named.one;
    return {
      surveyYear: settings.surveyYear,
      kelurahan,
      rows: { ...this.rows },
      tables: this.opts.rollup ? [] : this.tables.models(kelurahan),
      issues: this.issues,
      ...(this.progress === null ? {} : { progress: this.progress.result() }),
      ...(kelurahan === '' && named.all.length > 1 ? { places: named.all } : {}),
    };
  }
}

/** A choice column's cell: 1 (or true) when the choice was picked, 0 or blank when not. */
function isChosen(v: RawCell): boolean {
  if (v === true || v === 1) return true;
  if (typeof v !== 'string' || isBlankCell(v)) return false;
  const t = v.trim().toLowerCase();
  return t === '1' || t === 'true' || t === '1.0';
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: FatalError };

/** Finds and maps the header row of a 2-D array of cells. */
export function locateHeader(values: readonly (readonly RawCell[])[], columns: readonly ColumnAlias[] = []): Outcome<HeaderMap> {
  const at = findHeaderRow(values, undefined, { columns });
  if (at < 0) return { ok: false, error: { code: 'no_header', columns: [], found: [] } };
  const mapped = mapHeaders(values[at] ?? [], at + 1, { columns });
  return mapped.ok ? { ok: true, value: mapped.map } : mapped;
}

/** The whole pipeline over sheet values (row i of `values` is spreadsheet row i + 1). */
export function computeSurvey(values: readonly (readonly RawCell[])[], opts: SurveyOptions): Outcome<SurveyResult> {
  const header = locateHeader(values, opts.columns);
  if (!header.ok) return header;
  return { ok: true, value: surveyUnder(header.value, values, opts) };
}

/**
 * The pipeline over the rows under a header row already located (by locateHeader with the
 * same columns): a reader that had to find the header to say what is wrong with the sheet
 * does not search for it a second time.
 */
export function surveyUnder(header: HeaderMap, values: readonly (readonly RawCell[])[], opts: SurveyOptions): SurveyResult {
  const b = new SurveyBuilder(header, opts);
  for (let i = header.headerRow; i < values.length; i++) b.addRow(values[i] ?? [], i + 1);
  return b.finish();
}

/**
 * A SurveyBuilder for streamed input: the first rows are held until the header row is found
 * among them, then every row flows straight through. After a fatal header error the rest of
 * the input is ignored.
 */
export class SurveyStream {
  private pending: HeldRow[] = [];
  private builder: SurveyBuilder | undefined;
  private error: FatalError | undefined;

  constructor(private readonly opts: SurveyOptions) {}

  /** The builder, once the header row is found. */
  get started(): SurveyBuilder | undefined {
    return this.builder;
  }

  /** True once the input can be abandoned (its header is unusable). */
  get failed(): boolean {
    return this.error !== undefined;
  }

  /** `ids` (the byte reader's value numbers) go to the builder; a row kept while the header is sought is checked by its cells alone. */
  push(cells: RawCell[], row: number, problems?: readonly CellProblem[], ids?: Int32Array): void {
    if (this.builder) {
      this.builder.addRow(cells, row, problems, ids);
      return;
    }
    if (this.error) return;
    this.pending.push(problems === undefined ? { cells, row } : { cells, row, problems });
    if (this.pending.length >= HEADER_SCAN_ROWS) this.start();
  }

  private start(): void {
    const rows = this.pending;
    this.pending = [];
    const columns = this.opts.columns ?? [];
    const at = findHeaderRow(rows.map((r) => r.cells), HEADER_SCAN_ROWS, { columns });
    const head = rows[at];
    if (at < 0 || head === undefined) {
      this.error = { code: 'no_header', columns: [], found: [] };
      return;
    }
    const mapped = mapHeaders(head.cells, head.row, { columns });
    if (!mapped.ok) {
      this.error = mapped.error;
      return;
    }
    this.builder = new SurveyBuilder(mapped.map, this.opts);
    for (const r of rows.slice(at + 1)) this.builder.addRow(r.cells, r.row, r.problems);
  }

  finish(): Outcome<SurveyResult> {
    if (!this.builder && !this.error) this.start();
    if (this.error) return { ok: false, error: this.error };
    return { ok: true, value: (this.builder as SurveyBuilder).finish() };
  }
}
