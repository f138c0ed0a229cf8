/**
 * `pranata tables`: read a CSV/XLSX file, check every row, compute the five tables and write
 * them as JSON, text, XLSX or PDF. Exit codes: 0 it ran (invalid rows are reported, not
 * fatal); 1 with --strict when a row is invalid; 2 for unusable input, with one clear line on
 * stderr and never a stack trace.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import Papa from 'papaparse';
import {
  categoriesFromJson,
  categoriesFromRows,
  cloneCategories,
  columnAlias,
  CORE_WORDS,
  contractOf,
  FIELDS,
  type ColumnAlias,
  defaultSettings,
  rolledUp,
  Rollup,
  DEFAULT_THRESHOLDS,
  DuplicateScope,
  fatalMessage,
  mergeProgress,
  SurveyStream,
  type Categories,
  type Issue,
  type Lang,
  type Settings,
  type SurveyOptions,
  type SurveyResult,
} from '../core';
import { version } from '../../package.json';
import { codebookMarkdown } from './codebook-doc';
import { NoCommand, parseCli, type CodebookArgs, type XlsformArgs, type Command, type Format, type TablesArgs, UsageError, usage } from './args';
import { IssueSpool, jsonPieces } from './json-out';
import { InputError } from './input-error';
import { inputFiles, isFolder, readNote } from './inputs';
import { readCsvInHalves, splitWanted } from './halves';
import { BIG_INPUT_BYTES, readCsv } from './read-csv';
import { usualTierUp } from './code-cache.cjs';
import type { RowSink } from './rows';
import { renderText } from './text';
import { CLI_WORDS } from './words';
import { lazyStderr, lazyStdout } from './stdio';

/** A CSV row of the survey is about 320 bytes (the sample, the bench's files); the estimate only sizes tables. */
const BYTES_PER_ROW = 320;

export { InputError };

export interface Io {
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  now: () => Date;
}

interface Lists {
  categories: Categories;
  columns: ColumnAlias[];
}

export function loadCategories(path: string | undefined, lang: Lang): Lists {
  const base = cloneCategories();
  if (path === undefined) return { categories: base, columns: [] };
  if (!existsSync(path)) throw new InputError(CLI_WORDS[lang].categoriesNotFound(path));
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const ext = extname(path).toLowerCase();
  let out;
  if (ext === '.json') {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new InputError(CLI_WORDS[lang].categoriesNotJson(path));
    }
    out = categoriesFromJson(doc, base);
  } else if (ext === '.csv') {
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    out = categoriesFromRows(rows, base, 'extend');
  } else {
    throw new InputError(CLI_WORDS[lang].categoriesExtension(path));
  }
  if (!out.ok) throw new InputError(out.message[lang]);
  return { categories: out.categories, columns: out.columns };
}

/** `--map "Theirs=Ours"` and `--map-file`: a coordinator's own headers for Pranata's columns. */
function loadColumnMaps(a: TablesArgs): ColumnAlias[] {
  const lang = a.lang;
  const pairs: { theirs: string; ours: string; where: string }[] = [];
  if (a.mapFile !== undefined) pairs.push(...readMapFile(a.mapFile, lang));
  for (const m of a.maps) {
    const eq = m.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(CLI_WORDS[lang].mapShape(m), lang);
    pairs.push({ theirs: m.slice(0, eq), ours: m.slice(eq + 1), where: `--map "${m}"` });
  }
  return pairs.map(({ theirs, ours, where }) => {
    const c = columnAlias(theirs, ours);
    if (c === null) {
      const known = FIELDS.map((f) => f.header).join(', ');
      throw new InputError(CORE_WORDS[lang].notPranataColumn(where, ours.trim(), known));
    }
    return c;
  });
}

/** A map file: JSON `{"Their Header": "Pranata Header"}`, or CSV rows `Their Header,Pranata Header` (a header row is allowed). */
function readMapFile(path: string, lang: Lang): { theirs: string; ours: string; where: string }[] {
  if (!existsSync(path)) throw new InputError(CLI_WORDS[lang].mapFileNotFound(path));
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      doc = undefined;
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !Object.values(doc).every((v) => typeof v === 'string')) {
      throw new InputError(CLI_WORDS[lang].mapFileJson(path));
    }
    return Object.entries(doc as Record<string, string>).map(([theirs, ours]) => ({ theirs, ours, where: path }));
  }
  if (ext === '.csv') {
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
    return rows
      .map((r, i) => ({ theirs: r[0] ?? '', ours: r[1] ?? '', where: `${path}:${i + 1}` }))
      // A header row ("Kolom Anda,Kolom Pranata") names no Pranata column in its second cell.
      .filter((p, i) => !(i === 0 && columnAlias(p.theirs, p.ours) === null));
  }
  throw new InputError(CLI_WORDS[lang].mapFileExtension(path));
}

function settingsOf(a: TablesArgs, now: Date): Settings {
  return {
    surveyYear: a.surveyYear ?? now.getFullYear(),
    kelurahan: a.kelurahan ?? '',
    ageYears: a.ageYears ?? DEFAULT_THRESHOLDS.ageYears,
    membersSmall: a.membersSmall ?? DEFAULT_THRESHOLDS.membersSmall,
    membersLarge: a.membersLarge ?? DEFAULT_THRESHOLDS.membersLarge,
    ...(a.tenureShort === undefined ? {} : { tenureShort: a.tenureShort }),
    ...(a.tenureLong === undefined ? {} : { tenureLong: a.tenureLong }),
  };
}

type More = Pick<SurveyOptions, 'onRecord' | 'progress'> & {
  /** Told which file the next records come from, when several are read (compare's lists name it). */
  onFile?: (file: string | undefined) => void;
};

interface ReadOptions {
  settings: Settings;
  lists: Lists;
  columns: ColumnAlias[];
  more: More;
  onIssue?: (i: Issue) => void;
  rollup?: { into: Rollup; kelurahan: string };
  /** Set when several files are read: messages about one file name it. */
  named?: string;
  /** Several files: one duplicate search over all of them. */
  duplicates?: DuplicateScope;
}

/** One file through the pipeline (its own header, checks and duplicate search). */
async function readOne(input: string, a: TablesArgs, o: ReadOptions, io: Io): Promise<SurveyResult> {
  const lang = a.lang;
  const ext = extname(input).toLowerCase();
  const size = statSync(input).size;
  const stream = new SurveyStream({
    settings: o.settings,
    categories: o.lists.categories,
    columns: o.columns,
    ...(o.more.onRecord ? { onRecord: o.more.onRecord } : {}),
    ...(o.more.progress === undefined ? {} : { progress: o.more.progress }),
    ...(o.onIssue ? { onIssue: o.onIssue } : {}),
    ...(o.rollup ? { rollup: o.rollup } : {}),
    ...(o.duplicates ? { duplicates: { across: o.duplicates, file: o.named ?? input } } : {}),
    expectedRows: Math.round(size / BYTES_PER_ROW),
  });
  const sink: RowSink = (cells, row, problems, ids) => stream.push(cells, row, problems, ids);
  const where = (m: string): string => (o.named === undefined ? m : `${o.named}: ${m}`);
  let note = '';
  if (ext === '.csv' || ext === '.txt') {
    // Two threads on a big file, when nothing asks for every record in order (halves.ts).
    const alone = o.more.onRecord === undefined && o.more.progress !== true && o.rollup === undefined && o.duplicates === undefined;
    const halves = alone && splitWanted(size) ? await readCsvInHalves(input, stream, { settings: o.settings, categories: o.lists.categories }) : undefined;
    // The columns the builder reads only for blankness, passed over by the byte reader (csv-bytes.ts skip).
    const { encoding } = halves ?? (await readCsv(input, sink, undefined, () => stream.started?.unreadColumns()));
    if (encoding === 'windows-1252') note = where(CLI_WORDS[lang].notUtf8);
  } else if (ext === '.xlsx') {
    // exceljs costs ~0.2 s and ~40 MB to load: only when an XLSX file is read or written.
    const { readXlsx, SheetNotFound } = await import('./read-xlsx');
    try {
      await readXlsx(input, sink, a.sheet);
    } catch (e) {
      if (e instanceof SheetNotFound) throw new InputError(where(CLI_WORDS[lang].sheetNotFound(e.wanted, e.available.join(', '))));
      throw new InputError(CLI_WORDS[lang].xlsxUnreadable(input));
    }
  } else {
    throw new InputError(where(CLI_WORDS[lang].unknownFormat(ext)));
  }
  const out = stream.finish();
  // An unusable file gets one line on stderr: the encoding note only when the run goes on.
  if (!out.ok) throw new InputError(where(fatalMessage(out.error, lang)));
  if (note !== '') io.stderr.write(`${note}\n`);
  return out.value;
}

/**
 * Every --input (a file, or a folder's files) through the pipeline. One file without --by is
 * read as it always was; several files, or a roll-up, count into one Rollup (CODEBOOK §9).
 * `more`: what a command needs of the rows besides the tables (the records, for compare).
 */
export async function compute(a: TablesArgs, io: Io, onIssue?: (i: Issue) => void, more: More = {}): Promise<SurveyResult> {
  const lang = a.lang;
  const files = inputFiles(a.inputs, lang);
  const lists = loadCategories(a.categories, lang);
  // The command line's names win over the categories file's (they come first).
  const columns = [...loadColumnMaps(a), ...lists.columns];
  const settings = settingsOf(a, io.now());
  const [only] = files;
  const several = files.length > 1;
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  if (bytes >= BIG_INPUT_BYTES) usualTierUp();
  if (!several && only !== undefined && !a.byKelurahan) return readOne(only, a, { settings, lists, columns, more, ...(onIssue ? { onIssue } : {}) }, io);
  const stated = several || a.inputs.some(isFolder);
  if (stated) io.stderr.write(`${readNote(files, lang)}\n`);
  const rollup = new Rollup(lists.categories, settings);
  const runs: SurveyResult[] = [];
  // A group in two files (one export read twice, two kader's overlapping files) is warned about.
  const duplicates = several ? new DuplicateScope(Math.round(bytes / BYTES_PER_ROW)) : undefined;
  for (const file of files) {
    const named = several ? file : undefined;
    const tagged = named === undefined || onIssue === undefined ? onIssue : (i: Issue) => onIssue({ ...i, file: named });
    // Rows of a file without a Kelurahan column: --kelurahan, else (several files) the file's name.
    const kelurahan = a.kelurahan ?? (several ? basename(file, extname(file)) : '');
    const o: ReadOptions = { settings, lists, columns, more, ...(tagged ? { onIssue: tagged } : {}), rollup: { into: rollup, kelurahan }, ...(named === undefined ? {} : { named }), ...(duplicates ? { duplicates } : {}) };
    more.onFile?.(named);
    const run = await readOne(file, a, o, io);
    if (named !== undefined) for (const i of run.issues) i.file = named;
    runs.push(run);
  }
  const result = rolledUp(runs, rollup.finish(), a.byKelurahan, settings.surveyYear);
  // Each file's Rekap is counted by its own read (a warning names a row of that file): added up here.
  if (more.progress === true) result.progress = mergeProgress(runs.map((r) => r.progress ?? { rw: [], petugas: [] }));
  if (stated) result.inputs = files;
  return result;
}

export function writeOut(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  if (dir !== '' && !existsSync(dir)) mkdirSync(dir, { recursive: true });
  writeFileSync(path, data);
}

/** Writes the pieces to stdout, waiting whenever its buffer is full (a slow pipe). */
async function writePieces(out: Io['stdout'], pieces: Iterable<string | Uint8Array>): Promise<void> {
  for (const p of pieces) {
    const more = out.write(p);
    const s = out as unknown as { once?: (e: string, f: () => void) => void };
    if (more === false && typeof s.once === 'function') await new Promise<void>((r) => s.once?.('drain', r));
  }
}

function writeFilePieces(path: string, pieces: Iterable<string | Uint8Array>): void {
  const dir = dirname(path);
  if (dir !== '' && !existsSync(dir)) mkdirSync(dir, { recursive: true });
  const fd = openSync(path, 'w');
  try {
    for (const p of pieces) writeSync(fd, typeof p === 'string' ? Buffer.from(p, 'utf8') : p);
  } finally {
    closeSync(fd);
  }
}

/** The format asked for, or text on a terminal and JSON into a pipe; XLSX and PDF need a file. */
export function outputFormatOf(a: TablesArgs, io: Io): Format {
  const format = a.format ?? (io.stdout.isTTY ? 'text' : 'json');
  if ((format === 'xlsx' || format === 'pdf') && a.out === undefined) {
    throw new InputError(CLI_WORDS[a.lang].formatNeedsOut(format));
  }
  return format;
}

export function replacedNote(replaced: number, lang: Lang, io: Io): void {
  if (replaced === 0) return;
  io.stderr.write(
    `${CLI_WORDS[lang].replacedInPdf(replaced)}\n`,
  );
}

async function tables(a: TablesArgs, io: Io): Promise<number> {
  const lang = a.lang;
  const format = outputFormatOf(a, io);
  if (format === 'json') {
    // Issues go to a spool file as they are found (json-out.ts): no giant string, no giant array.
    const spool = new IssueSpool(lang);
    try {
      const result = await compute(a, io, (i) => spool.add(i));
      const pieces = jsonPieces(result, lang, spool);
      if (a.out === undefined) await writePieces(io.stdout, pieces);
      else {
        writeFilePieces(a.out, pieces);
        writtenNote(a.out, result, lang, io);
      }
      return a.strict && result.rows.invalid > 0 ? 1 : 0;
    } finally {
      spool.dispose();
    }
  }
  const register = await (await import('./register')).registerFor(a, format);
  const result = await compute(a, io, undefined, register.hooks);
  const lists = register.listings(result);
  let data: string | Uint8Array;
  if (format === 'text') data = renderText(result, lang, lists);
  else if (format === 'xlsx') data = await (await import('./xlsx')).renderXlsx(result, lang, lists);
  else {
    const { renderReportPdf, reportSections } = await import('../report/report');
    const { readReportFonts } = await import('./report-fonts');
    const pdf = await renderReportPdf(result, { lang, generatedAt: io.now(), fonts: readReportFonts(), sections: reportSections(result, lists), ...(a.closing ? { closing: a.closing } : {}) });
    data = pdf.bytes;
    replacedNote(pdf.replaced, lang, io);
  }
  if (a.out === undefined) io.stdout.write(data);
  else {
    writeOut(a.out, data);
    writtenNote(a.out, result, lang, io);
  }
  return a.strict && result.rows.invalid > 0 ? 1 : 0;
}

async function codebook(a: CodebookArgs, io: Io): Promise<number> {
  // The thresholds are the defaults; the survey year does not appear in the contract.
  const contract = contractOf(loadCategories(a.categories, a.lang).categories, defaultSettings(io.now()));
  io.stdout.write(a.format === 'json' ? `${JSON.stringify(contract, null, 2)}\n` : codebookMarkdown(contract));
  return 0;
}

async function xlsform(a: XlsformArgs, io: Io): Promise<number> {
  const { categories } = loadCategories(a.categories, a.lang);
  const settings = { ...defaultSettings(io.now()), ...(a.surveyYear !== undefined ? { surveyYear: a.surveyYear } : {}) };
  // exceljs is loaded only for XLSX work (see compute).
  const { renderXlsform } = await import('./xlsform');
  writeOut(a.out, await renderXlsform(categories, settings));
  io.stderr.write(`${CLI_WORDS[a.lang].writtenXlsform(a.out)}\n`);
  return 0;
}

/** What each command does: one entry per command of args.ts COMMANDS. */
const RUN: { [K in Command['kind']]: (cmd: Extract<Command, { kind: K }>, io: Io) => Promise<number> } = {
  help: async (cmd, io) => {
    io.stdout.write(usage(cmd.lang));
    return 0;
  },
  version: async (_cmd, io) => {
    io.stdout.write(`pranata ${version}\n`);
    return 0;
  },
  tables: (cmd, io) => tables(cmd.args, io),
  compare: async (cmd, io) => (await import('./compare')).compare(cmd.args, io),
  rekap: async (cmd, io) => (await import('./rekap')).rekap(cmd.args, io),
  codebook: (cmd, io) => codebook(cmd.args, io),
  xlsform: (cmd, io) => xlsform(cmd.args, io),
};

export function writtenNote(out: string, result: SurveyResult, lang: Lang, io: Io): void {
  const { read, valid, invalid } = result.rows;
  io.stderr.write(`${CLI_WORDS[lang].written(out, read, valid, invalid)}\n`);
}

/** The language of the command running, for a failure met outside it (stdout's, in run()). */
let runningLang: Lang = 'id';

export async function main(argv: string[], io: Io): Promise<number> {
  let lang: Lang = 'id';
  try {
    const cmd = parseCli(argv);
    if ('args' in cmd) lang = cmd.args.lang;
    runningLang = lang;
    return await (RUN[cmd.kind] as (c: Command, io: Io) => Promise<number>)(cmd, io);
  } catch (e) {
    if (e instanceof NoCommand) {
      // `pranata` alone is a mistake, not a request for help: the help goes to stderr, exit 2.
      io.stderr.write(usage(e.lang));
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`pranata: ${e.message}\n${CLI_WORDS[e.lang].seeHelp}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr.write(`pranata: ${e.message}\n`);
      return 2;
    }
    // Anything else is a bug or an I/O failure: still one line, no stack (PRANATA_DEBUG=1 shows it).
    const m = e instanceof Error ? e.message : String(e);
    io.stderr.write(`pranata: ${CLI_WORDS[lang].failed}: ${m.split('\n')[0]}\n`);
    if (process.env.PRANATA_DEBUG) io.stderr.write(`${(e as Error).stack ?? ''}\n`);
    return 2;
  }
}

/**
 * stdout failed under the command. Its reader gone (`pranata … | head`): nothing more can be
 * said there, so the run stops quietly, as a pipe's writer does. Anything else (a full disk
 * under `> result.json`): one line, exit 2, as every failure; never Node's stack trace.
 */
function stdoutFailed(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`pranata: ${CLI_WORDS[runningLang].failed}: ${e.message.split('\n')[0]}\n`);
  process.exit(2);
}

/** Entry point of the bundled CLI. */
export function run(): void {
  main(process.argv.slice(2), { stdout: lazyStdout(stdoutFailed), stderr: lazyStderr(), now: () => new Date() }).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
