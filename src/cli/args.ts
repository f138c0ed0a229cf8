/**
 * Command-line arguments of `pranata`, parsed with node:util's parseArgs (strict: an unknown
 * flag is a usage error, not silently ignored). Two tables drive everything: OPTIONS (every
 * flag, once, with its help text) and COMMANDS (each command, the flags it takes, and how its
 * values become a typed Command). The help text is generated from them; a new command or flag
 * is one entry in each.
 */
import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import { SETTING_BOUNDS, type Lang } from '../core';
import { NIP_LENGTH, nipDigits, type ClosingBlock } from '../report/closing-block';
import { CLI_WORDS } from './words';

export type Format = 'json' | 'text' | 'xlsx' | 'pdf';

export interface TablesArgs {
  /** `--input`, in the order given (each a file or a folder); at least one. */
  inputs: string[];
  /** `--by kelurahan`: every table per kelurahan and the roll-up TK (CODEBOOK §9). */
  byKelurahan: boolean;
  surveyYear?: number;
  kelurahan?: string;
  format?: Format;
  out?: string;
  lang: Lang;
  categories?: string;
  sheet?: string;
  strict: boolean;
  ageYears?: number;
  membersSmall?: number;
  membersLarge?: number;
  tenureShort?: number;
  tenureLong?: number;
  /** `--map "Their Header=Canonical Header"`, in order. */
  maps: string[];
  mapFile?: string;
  /** `--target FILE`: groups expected per RW, for the Rekap. */
  target?: string;
  /** `--daftar-kelompok`: Daftar Kelompok as the PDF's appendix. */
  daftar?: boolean;
  /** `--tempat`, `--jabatan`, `--penandatangan`, `--nip`: the PDF's closing block. */
  closing?: ClosingBlock;
}

/** `pranata compare`: the current round is read as `tables` reads it, the base round likewise. */
export interface CompareArgs extends TablesArgs {
  base: string;
  baseSheet?: string;
  baseYear?: number;
}

export interface CodebookArgs {
  lang: Lang;
  format: 'md' | 'json';
  categories?: string;
}

export interface XlsformArgs {
  lang: Lang;
  out: string;
  categories?: string;
  surveyYear?: number;
}

export type Command =
  | { kind: 'help'; lang: Lang }
  | { kind: 'version' }
  | { kind: 'tables'; args: TablesArgs }
  | { kind: 'compare'; args: CompareArgs }
  | { kind: 'rekap'; args: TablesArgs }
  | { kind: 'codebook'; args: CodebookArgs }
  | { kind: 'xlsform'; args: XlsformArgs };

export class UsageError extends Error {
  constructor(message: string, readonly lang: Lang) {
    super(message);
  }
}

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the help text. */
  arg?: Record<Lang, string>;
  help: Record<Lang, string>;
}

const FILE = { id: 'BERKAS', en: 'FILE' };

/** Every flag of every command, once. */
export const OPTIONS = {
  input: {
    type: 'string',
    short: 'i',
    multiple: true,
    arg: { id: 'BERKAS.csv|.xlsx|FOLDER', en: 'FILE.csv|.xlsx|FOLDER' },
    help: { id: 'berkas pendataan; boleh berulang, atau folder (semua .csv/.xlsx di dalamnya, urut nama)', en: 'survey file; repeatable, or a folder (every .csv/.xlsx in it, by name)' },
  },
  by: { type: 'string', arg: { id: 'kelurahan', en: 'kelurahan' }, help: { id: 'tabel per kelurahan, jumlah seluruhnya, dan Tabel K', en: 'tables per kelurahan, the total, and Table K' } },
  'survey-year': { type: 'string', arg: { id: 'TAHUN', en: 'YYYY' }, help: { id: 'tahun pendataan (bawaan: tahun ini)', en: 'survey year (default: this year)' } },
  kelurahan: { type: 'string', arg: { id: 'NAMA', en: 'NAME' }, help: { id: 'nama kelurahan untuk baris sumber (bawaan: dari kolom Kelurahan)', en: 'kelurahan for the source line (default: from the Kelurahan column)' } },
  format: {
    type: 'string',
    short: 'f',
    arg: { id: 'json|text|xlsx|pdf', en: 'json|text|xlsx|pdf' },
    help: { id: 'bawaan: dari ekstensi --out; tanpa --out: text di terminal, json bila dialihkan', en: 'default: from the --out extension; without --out: text on a terminal, json when redirected' },
  },
  out: { type: 'string', short: 'o', arg: FILE, help: { id: 'tulis ke berkas (.pdf .xlsx .json .txt menentukan formatnya)', en: 'write to a file (.pdf .xlsx .json .txt set the format)' } },
  lang: { type: 'string', arg: { id: 'id|en', en: 'id|en' }, help: { id: 'bahasa pesan (bawaan: id)', en: 'message language (default: id)' } },
  categories: { type: 'string', arg: FILE, help: { id: 'tambahan daftar kategori dan nama kolom (.json atau .csv: Daftar,Label,Alias)', en: 'extra category lists and column names (.json, or .csv: Daftar,Label,Alias)' } },
  sheet: { type: 'string', arg: { id: 'NAMA', en: 'NAME' }, help: { id: 'lembar XLSX yang dibaca (bawaan: lembar pertama)', en: 'XLSX sheet to read (default: the first)' } },
  map: {
    type: 'string',
    multiple: true,
    arg: { id: '"KOLOM ANDA=Kolom Pranata"', en: '"YOUR HEADER=Pranata Header"' },
    help: { id: 'baca kolom dengan judul lain sebagai kolom Pranata (boleh berulang)', en: 'read a column with another header as a Pranata column (repeatable)' },
  },
  'map-file': { type: 'string', arg: FILE, help: { id: 'pemetaan kolom dari berkas .json {"Kolom Anda": "Kolom Pranata"} atau .csv (dua kolom)', en: 'column mapping from a .json {"Your Header": "Pranata Header"} or .csv (two columns) file' } },
  'age-threshold': { type: 'string', arg: { id: 'N', en: 'N' }, help: { id: 'batas umur kelompok Tabel 1 (bawaan: 10)', en: 'Table 1 age threshold (default: 10)' } },
  'member-thresholds': { type: 'string', arg: { id: 'A,B', en: 'A,B' }, help: { id: 'batas jumlah anggota Tabel 3 (bawaan: 10,20)', en: 'Table 3 member thresholds (default: 10,20)' } },
  'tenure-thresholds': { type: 'string', arg: { id: 'A,B', en: 'A,B' }, help: { id: 'batas lama kepengurusan Tabel 7 (bawaan: 5,10)', en: 'Table 7 leadership tenure thresholds (default: 5,10)' } },
  target: { type: 'string', arg: { id: 'BERKAS.csv|.xlsx', en: 'FILE.csv|.xlsx' }, help: { id: 'target kelompok per RW untuk Rekap (kolom RW, Target, boleh Kelurahan)', en: 'groups expected per RW for the Rekap (columns RW, Target, optionally Kelurahan)' } },
  'daftar-kelompok': { type: 'boolean', help: { id: 'lampirkan Daftar Kelompok di PDF', en: 'append Daftar Kelompok (the group directory) to the PDF' } },
  tempat: { type: 'string', arg: { id: 'TEMPAT', en: 'PLACE' }, help: { id: 'PDF: blok penutup, tempat penandatanganan (mis. Cimahi); tanggal: hari pembuatan', en: 'PDF closing block: where it is signed (e.g. Cimahi); the date: the day made' } },
  jabatan: { type: 'string', arg: { id: 'JABATAN', en: 'OFFICE' }, help: { id: 'PDF: jabatan penandatangan (bawaan: Lurah <kelurahan>; tanpa baris ini bila beberapa kelurahan)', en: 'PDF: the signatory\'s office (default: Lurah <kelurahan>; no such line over several kelurahan)' } },
  penandatangan: { type: 'string', arg: { id: 'NAMA', en: 'NAME' }, help: { id: 'PDF: nama penandatangan; menyalakan blok penutup (perlu --tempat)', en: 'PDF: the signatory\'s name; turns the closing block on (needs --tempat)' } },
  nip: { type: 'string', arg: { id: 'NIP', en: 'NIP' }, help: { id: 'PDF: NIP penandatangan, 18 angka (spasi boleh)', en: 'PDF: the signatory\'s NIP, 18 digits (spaces allowed)' } },
  base: { type: 'string', arg: { id: 'BERKAS_LALU.csv|.xlsx', en: 'OLD_FILE.csv|.xlsx' }, help: { id: 'berkas putaran pendataan lalu', en: 'the earlier survey round\'s file' } },
  'base-sheet': { type: 'string', arg: { id: 'NAMA', en: 'NAME' }, help: { id: 'lembar XLSX putaran lalu (bawaan: lembar pertama)', en: 'XLSX sheet of the earlier round (default: the first)' } },
  'base-year': { type: 'string', arg: { id: 'TAHUN', en: 'YYYY' }, help: { id: 'tahun pendataan putaran lalu (bawaan: --survey-year)', en: 'survey year of the earlier round (default: --survey-year)' } },
  strict: { type: 'boolean', help: { id: 'keluar dengan kode 1 bila ada baris tidak sah', en: 'exit 1 when any row is invalid' } },
  help: { type: 'boolean', short: 'h', help: { id: 'bantuan ini', en: 'this help' } },
  version: { type: 'boolean', short: 'V', help: { id: 'versi Pranata', en: 'Pranata version' } },
} satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;
type Values = { [K in OptionName]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K] extends { type: 'boolean' } ? boolean : string };

interface CommandSpec {
  name: Exclude<Command['kind'], 'help' | 'version'>;
  /** What follows the command name in the usage line. */
  synopsis: Record<Lang, string>;
  summary: Record<Lang, string>;
  options: readonly OptionName[];
  /** Help text of an option where this command's meaning differs from OPTIONS'. */
  help?: Partial<Record<OptionName, Pick<OptionSpec, 'arg' | 'help'>>>;
  build(v: Values, lang: Lang): Command;
}

/** The closing block's flags, for every command that writes a PDF report. */
const CLOSING_FLAGS = ['tempat', 'jabatan', 'penandatangan', 'nip'] as const;

/** The commands, in the order the help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'tables',
    synopsis: { id: '--input BERKAS.csv|.xlsx [pilihan]', en: '--input FILE.csv|.xlsx [options]' },
    summary: { id: 'tabel-tabel studi (Tabel 1–9) dari berkas pendataan (juga ekspor KoboToolbox/ODK)', en: 'the study\'s tables from a survey file (KoboToolbox/ODK exports too)' },
    options: ['input', 'by', 'survey-year', 'kelurahan', 'format', 'out', 'lang', 'categories', 'sheet', 'map', 'map-file', 'age-threshold', 'member-thresholds', 'tenure-thresholds', 'target', 'daftar-kelompok', ...CLOSING_FLAGS, 'strict'],
    build: (v, lang) => ({ kind: 'tables', args: tablesArgs(v, lang) }),
  },
  {
    name: 'compare',
    synopsis: { id: '--base BERKAS_LALU --input BERKAS [pilihan]', en: '--base OLD_FILE --input FILE [options]' },
    summary: { id: 'dua putaran pendataan: per jenis lalu, kini, baru, hilang, berlanjut', en: 'two survey rounds: per type then, now, new, gone, continuing' },
    options: ['base', 'input', 'base-sheet', 'base-year', 'survey-year', 'kelurahan', 'format', 'out', 'lang', 'categories', 'sheet', 'map', 'map-file', ...CLOSING_FLAGS],
    help: {
      input: { arg: { id: 'BERKAS.csv|.xlsx', en: 'FILE.csv|.xlsx' }, help: { id: 'berkas putaran pendataan kini', en: 'the current survey round\'s file' } },
      sheet: { arg: { id: 'NAMA', en: 'NAME' }, help: { id: 'lembar XLSX putaran kini (bawaan: lembar pertama)', en: 'XLSX sheet of the current round (default: the first)' } },
    },
    build: (v, lang) => {
      if (v.base === undefined) throw new UsageError(CLI_WORDS[lang].baseRequired, lang);
      const args: CompareArgs = { ...tablesArgs(v, lang), base: v.base };
      if (v['base-sheet'] !== undefined) args.baseSheet = v['base-sheet'];
      const year = wholeArg('base-year', v['base-year'], lang, SETTING_BOUNDS.surveyYear.min, SETTING_BOUNDS.surveyYear.max);
      if (year !== undefined) args.baseYear = year;
      return { kind: 'compare', args };
    },
  },
  {
    name: 'rekap',
    synopsis: { id: '--input BERKAS.csv|.xlsx [--target BERKAS] [pilihan]', en: '--input FILE.csv|.xlsx [--target FILE] [options]' },
    summary: { id: 'Rekap pendataan per RW dan per petugas (JSON untuk dasbor, teks, XLSX, PDF)', en: 'survey progress per RW and per enumerator (JSON for a dashboard, text, XLSX, PDF)' },
    options: ['input', 'survey-year', 'kelurahan', 'format', 'out', 'lang', 'categories', 'sheet', 'map', 'map-file', 'target'],
    build: (v, lang) => ({ kind: 'rekap', args: tablesArgs(v, lang) }),
  },
  {
    name: 'codebook',
    synopsis: { id: '[--format md|json]', en: '[--format md|json]' },
    summary: { id: 'kontrak data: kolom, nama lain, kategori, batas, tabel', en: 'the data contract: columns, aliases, categories, buckets, tables' },
    options: ['format', 'lang', 'categories'],
    help: {
      format: { arg: { id: 'md|json', en: 'md|json' }, help: { id: 'bawaan: md', en: 'default: md' } },
      categories: { arg: FILE, help: { id: 'termasuk daftar kategori dan nama kolom dari berkas ini', en: 'include the category lists and column names of this file' } },
    },
    build: (v, lang) => {
      const format = v.format ?? 'md';
      if (format !== 'md' && format !== 'json') throw new UsageError(CLI_WORDS[lang].codebookFormat, lang);
      return { kind: 'codebook', args: { lang, format, ...(v.categories !== undefined ? { categories: v.categories } : {}) } };
    },
  },
  {
    name: 'xlsform',
    synopsis: { id: '--out pranata-wksbm.xlsx [--categories BERKAS] [--survey-year TAHUN]', en: '--out pranata-wksbm.xlsx [--categories FILE] [--survey-year YYYY]' },
    summary: { id: 'formulir XLSForm untuk KoboToolbox / ODK Collect', en: 'an XLSForm for KoboToolbox / ODK Collect' },
    options: ['out', 'lang', 'categories', 'survey-year'],
    help: {
      out: { arg: { id: 'BERKAS.xlsx', en: 'FILE.xlsx' }, help: { id: 'berkas formulir yang ditulis', en: 'the form file to write' } },
      categories: { arg: FILE, help: { id: 'pilihan tambahan (jenis kelompok sendiri) dari berkas ini', en: 'extra choices (own group types) from this file' } },
      'survey-year': { arg: { id: 'TAHUN', en: 'YYYY' }, help: { id: 'batas atas Tahun Berdiri (bawaan: tahun ini)', en: 'upper bound of Year Founded (default: this year)' } },
    },
    build: (v, lang) => {
      if (v.out === undefined) throw new UsageError(CLI_WORDS[lang].xlsformNeedsOut, lang);
      if (extname(v.out).toLowerCase() !== '.xlsx') throw new UsageError(CLI_WORDS[lang].xlsformOutXlsx(v.out), lang);
      const args: XlsformArgs = { lang, out: v.out };
      if (v.categories !== undefined) args.categories = v.categories;
      const year = surveyYearOf(v, lang);
      if (year !== undefined) args.surveyYear = year;
      return { kind: 'xlsform', args };
    },
  },
];

function optionLines(c: CommandSpec, lang: Lang): string[] {
  return c.options.map((n) => {
    const o: Pick<OptionSpec, 'arg' | 'help'> = c.help?.[n] ?? OPTIONS[n];
    const left = `  --${n}${o.arg ? ` ${o.arg[lang]}` : ''}`;
    const help = o.help[lang];
    return left.length < 27 ? `${left.padEnd(27)}${help}` : `${left}\n${' '.repeat(27)}${help}`;
  });
}

export function usage(lang: Lang): string {
  const lines = [
    CLI_WORDS[lang].banner,
    '',
    CLI_WORDS[lang].usage,
    ...COMMANDS.map((c) => `  pranata ${c.name} ${c.synopsis[lang]}`),
    '  pranata --version',
    '',
    CLI_WORDS[lang].commands,
    ...COMMANDS.map((c) => `  ${c.name.padEnd(25)}${c.summary[lang]}`),
  ];
  for (const c of COMMANDS) lines.push('', CLI_WORDS[lang].optionsOf(c.name), ...optionLines(c, lang));
  lines.push(
    '',
    CLI_WORDS[lang].exitCodes,
    '',
  );
  return lines.join('\n');
}

const FORMATS: readonly Format[] = ['json', 'text', 'xlsx', 'pdf'];
/** The format an output file's extension names. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, Format>> = { '.json': 'json', '.txt': 'text', '.xlsx': 'xlsx', '.pdf': 'pdf' };

function wholeArg(name: string, v: string | undefined, lang: Lang, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.trim());
  if (!/^\d+$/.test(v.trim()) || n < min || n > max) {
    throw new UsageError(CLI_WORDS[lang].wholeBetween(name, min, max, v), lang);
  }
  return n;
}

type Bounds = { readonly min: number; readonly max: number };

/** Two increasing thresholds `A,B` (T3's members, T7's tenure), or none when the flag is absent. */
function pairArg(name: string, v: string | undefined, lang: Lang, lo: Bounds, hi: Bounds, example: string): [number?, number?] {
  if (v === undefined) return [];
  const [a, b, ...rest] = v.split(',');
  const small = wholeArg(name, a, lang, lo.min, lo.max);
  const large = wholeArg(name, b, lang, lo.min, hi.max);
  if (rest.length > 0 || small === undefined || large === undefined || large <= small) {
    throw new UsageError(CLI_WORDS[lang].twoIncreasing(name, example), lang);
  }
  return [small, large];
}

function surveyYearOf(v: Values, lang: Lang): number | undefined {
  return wholeArg('survey-year', v['survey-year'], lang, SETTING_BOUNDS.surveyYear.min, SETTING_BOUNDS.surveyYear.max);
}

/** `--format` and the `--out` extension: either alone decides; both must agree (exit 2 when not). */
function outputFormat(v: Values, lang: Lang): Format | undefined {
  if (v.format !== undefined && !FORMATS.includes(v.format as Format)) {
    throw new UsageError(CLI_WORDS[lang].formatOneOf(FORMATS.join(', ')), lang);
  }
  const given = v.format as Format | undefined;
  if (v.out === undefined) return given;
  const ext = extname(v.out).toLowerCase();
  const implied = FORMAT_OF_EXTENSION[ext];
  if (given === undefined) {
    if (implied === undefined) {
      throw new UsageError(
        CLI_WORDS[lang].formatUnknownFromOut(v.out),
        lang,
      );
    }
    return implied;
  }
  if (implied !== undefined && implied !== given) {
    throw new UsageError(
      CLI_WORDS[lang].formatContradictsOut(given, v.out, ext, implied),
      lang,
    );
  }
  return given;
}

function tablesArgs(v: Values, lang: Lang): TablesArgs {
  if (v.input === undefined || v.input.length === 0) throw new UsageError(CLI_WORDS[lang].inputRequired, lang);
  if (v.by !== undefined && v.by.trim().toLowerCase() !== 'kelurahan') throw new UsageError(CLI_WORDS[lang].byOnlyKelurahan(v.by), lang);
  const format = outputFormat(v, lang);
  const [membersSmall, membersLarge] = pairArg('member-thresholds', v['member-thresholds'], lang, SETTING_BOUNDS.membersSmall, SETTING_BOUNDS.membersLarge, '10,20');
  const [tenureShort, tenureLong] = pairArg('tenure-thresholds', v['tenure-thresholds'], lang, SETTING_BOUNDS.tenureShort, SETTING_BOUNDS.tenureLong, '5,10');
  const args: TablesArgs = { inputs: v.input, byKelurahan: v.by !== undefined, lang, strict: v.strict === true, maps: v.map ?? [] };
  const year = surveyYearOf(v, lang);
  if (year !== undefined) args.surveyYear = year;
  if (v.kelurahan !== undefined) args.kelurahan = v.kelurahan;
  if (format !== undefined) args.format = format;
  if (v.out !== undefined) args.out = v.out;
  if (v.categories !== undefined) args.categories = v.categories;
  if (v.sheet !== undefined) args.sheet = v.sheet;
  if (v['map-file'] !== undefined) args.mapFile = v['map-file'];
  const age = wholeArg('age-threshold', v['age-threshold'], lang, SETTING_BOUNDS.ageYears.min, SETTING_BOUNDS.ageYears.max);
  if (age !== undefined) args.ageYears = age;
  if (membersSmall !== undefined) args.membersSmall = membersSmall;
  if (membersLarge !== undefined) args.membersLarge = membersLarge;
  if (tenureShort !== undefined) args.tenureShort = tenureShort;
  if (tenureLong !== undefined) args.tenureLong = tenureLong;
  if (v.target !== undefined) args.target = v.target;
  if (v['daftar-kelompok'] === true) args.daftar = true;
  const closing = closingOf(v, lang, format);
  if (closing !== undefined) args.closing = closing;
  return args;
}

/**
 * The closing block from its flags: none when none is given; else a name and a place, each
 * not blank, a NIP of 18 digits, and PDF output (the other formats have no signature).
 */
function closingOf(v: Values, lang: Lang, format: Format | undefined): ClosingBlock | undefined {
  const given = CLOSING_FLAGS.filter((flag) => v[flag] !== undefined);
  if (given.length === 0) return undefined;
  const words = CLI_WORDS[lang];
  if (format !== 'pdf') throw new UsageError(words.closingOnlyPdf(format ?? 'text/json'), lang);
  for (const flag of given) if ((v[flag] ?? '').trim() === '') throw new UsageError(words.closingBlank(flag), lang);
  const text = (flag: (typeof CLOSING_FLAGS)[number]): string | undefined => v[flag]?.replace(/\s+/g, ' ').trim();
  const name = text('penandatangan');
  if (name === undefined) throw new UsageError(words.closingNeedsName(given[0] ?? 'tempat'), lang);
  const place = text('tempat');
  if (place === undefined) throw new UsageError(words.closingNeedsPlace, lang);
  const block: ClosingBlock = { place, name };
  const office = text('jabatan');
  if (office !== undefined) block.office = office;
  const nip = text('nip');
  if (nip !== undefined) {
    if (nipDigits(nip) === undefined) throw new UsageError(words.nipDigits(nip, NIP_LENGTH), lang);
    block.nip = nip;
  }
  return block;
}

/** parseArgs speaks English only; say the common mistakes in the user's language. */
function argsErrorMessage(e: Error & { code?: string }, argv: string[], lang: Lang): string {
  const flag = /--?[A-Za-z][\w-]*(?![^']*,)/.exec(e.message)?.[0] ?? argv.find((a) => a.startsWith('-')) ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return CLI_WORDS[lang].unknownOption(flag);
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return CLI_WORDS[lang].optionNeedsValue(flag);
  return e.message.split('\n')[0] ?? 'invalid arguments';
}

/** Thrown for `pranata` with no command: the help goes to stderr and the exit code is 2. */
export class NoCommand extends UsageError {}

export function parseCli(argv: string[]): Command {
  const langIdx = argv.indexOf('--lang');
  const langArg = langIdx >= 0 ? argv[langIdx + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const lang: Lang = langArg === 'en' ? 'en' : 'id';
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(argsErrorMessage(e as Error & { code?: string }, argv, lang), lang);
  }
  const v = parsed.values as Values;
  const [command, ...extra] = parsed.positionals;
  if (v.version) return { kind: 'version' };
  if (v.help || command === 'help') return { kind: 'help', lang };
  if (command === undefined) throw new NoCommand(CLI_WORDS[lang].noCommand, lang);
  if (v.lang !== undefined && v.lang !== 'id' && v.lang !== 'en') throw new UsageError(CLI_WORDS[lang].langIdOrEn, lang);
  const spec = COMMANDS.find((c) => c.name === command);
  const names = COMMANDS.map((c) => c.name).join(', ');
  if (spec === undefined) throw new UsageError(CLI_WORDS[lang].unknownCommand(command, names), lang);
  if (extra.length > 0) throw new UsageError(CLI_WORDS[lang].unexpectedArgument(extra.join(' ')), lang);
  const foreign = (Object.keys(v) as OptionName[]).filter((k) => v[k] !== undefined && k !== 'help' && k !== 'version' && !spec.options.includes(k));
  if (foreign.length > 0) {
    throw new UsageError(CLI_WORDS[lang].optionNotFor(foreign[0] as string, command), lang);
  }
  return spec.build(v, lang);
}
