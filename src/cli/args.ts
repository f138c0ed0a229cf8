/**
 * Command-line arguments of `pranata`, parsed with node:util's parseArgs (strict: an unknown
 * flag is a usage error, not silently ignored).
 */
import { parseArgs } from 'node:util';
import { SETTING_BOUNDS, type Lang } from '../core';

export type Format = 'json' | 'text' | 'xlsx' | 'pdf';

export interface TablesArgs {
  input: string;
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
}

export type Command = { kind: 'help'; lang: Lang } | { kind: 'tables'; args: TablesArgs };

export class UsageError extends Error {
  constructor(message: string, readonly lang: Lang) {
    super(message);
  }
}

export function usage(lang: Lang): string {
  const id = `Pranata: lima tabel profil pranata sosial (WKSBM) dari berkas pendataan.

Pemakaian:
  pranata tables --input BERKAS.csv|.xlsx [pilihan]

Pilihan:
  --survey-year TAHUN      tahun pendataan (bawaan: tahun ini)
  --kelurahan NAMA         nama kelurahan untuk baris sumber (bawaan: dari kolom Kelurahan)
  --format json|text|xlsx|pdf
                           bawaan: text di terminal, json bila dialihkan
  --out BERKAS             tulis ke berkas (wajib untuk xlsx dan pdf)
  --lang id|en             bahasa pesan (bawaan: id)
  --categories BERKAS      tambahan daftar kategori (.json atau .csv: Daftar,Label,Alias)
  --sheet NAMA             lembar XLSX yang dibaca (bawaan: lembar pertama)
  --age-threshold N        batas umur kelompok Tabel 1 (bawaan: 10)
  --member-thresholds A,B  batas jumlah anggota Tabel 3 (bawaan: 10,20)
  --strict                 keluar dengan kode 1 bila ada baris tidak sah

Kode keluar: 0 selesai; 1 ada baris tidak sah (dengan --strict); 2 masukan tidak dapat dipakai.
`;
  const en = `Pranata: the five WKSBM social-group tables from a survey file.

Usage:
  pranata tables --input FILE.csv|.xlsx [options]

Options:
  --survey-year YYYY       survey year (default: this year)
  --kelurahan NAME         kelurahan for the source line (default: from the Kelurahan column)
  --format json|text|xlsx|pdf
                           default: text on a terminal, json when redirected
  --out FILE               write to a file (required for xlsx and pdf)
  --lang id|en             message language (default: id)
  --categories FILE        extra category lists (.json, or .csv: Daftar,Label,Alias)
  --sheet NAME             XLSX sheet to read (default: the first)
  --age-threshold N        Table 1 age threshold (default: 10)
  --member-thresholds A,B  Table 3 member thresholds (default: 10,20)
  --strict                 exit 1 when any row is invalid

Exit codes: 0 done; 1 invalid rows (with --strict); 2 unusable input.
`;
  return lang === 'id' ? id : en;
}

const FORMATS: readonly Format[] = ['json', 'text', 'xlsx', 'pdf'];

function wholeArg(name: string, v: string | undefined, lang: Lang, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.trim());
  if (!/^\d+$/.test(v.trim()) || n < min || n > max) {
    throw new UsageError(
      lang === 'id' ? `--${name} harus bilangan bulat ${min}–${max}, bukan "${v}"` : `--${name} must be a whole number ${min}–${max}, not "${v}"`,
      lang,
    );
  }
  return n;
}

/** parseArgs speaks English only; say the common mistakes in the user's language. */
function argsErrorMessage(e: Error & { code?: string }, argv: string[], lang: Lang): string {
  const flag = /--?[A-Za-z][\w-]*(?![^']*,)/.exec(e.message)?.[0] ?? argv.find((a) => a.startsWith('-')) ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return lang === 'id' ? `pilihan tidak dikenal: ${flag}` : `unknown option: ${flag}`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return lang === 'id' ? `pilihan ${flag} perlu nilai` : `option ${flag} needs a value`;
  }
  return e.message.split('\n')[0] ?? 'invalid arguments';
}

export function parseCli(argv: string[]): Command {
  const langIdx = argv.indexOf('--lang');
  const langArg = langIdx >= 0 ? argv[langIdx + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const lang: Lang = langArg === 'en' ? 'en' : 'id';
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        input: { type: 'string', short: 'i' },
        'survey-year': { type: 'string' },
        kelurahan: { type: 'string' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        categories: { type: 'string' },
        sheet: { type: 'string' },
        strict: { type: 'boolean' },
        'age-threshold': { type: 'string' },
        'member-thresholds': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(argsErrorMessage(e as Error & { code?: string }, argv, lang), lang);
  }
  const v = parsed.values;
  const [command, ...extra] = parsed.positionals;
  if (v.help || command === 'help' || command === undefined) return { kind: 'help', lang };
  const id = lang === 'id';
  if (command !== 'tables') throw new UsageError(id ? `perintah tidak dikenal "${command}" (yang ada: tables)` : `unknown command "${command}" (available: tables)`, lang);
  if (extra.length > 0) throw new UsageError(id ? `argumen tidak dikenal: ${extra.join(' ')}` : `unexpected argument: ${extra.join(' ')}`, lang);
  if (v.lang !== undefined && v.lang !== 'id' && v.lang !== 'en') throw new UsageError(id ? '--lang harus id atau en' : '--lang must be id or en', lang);
  if (v.input === undefined) throw new UsageError(id ? '--input BERKAS wajib diisi' : '--input FILE is required', lang);
  if (v.format !== undefined && !FORMATS.includes(v.format as Format)) {
    throw new UsageError(id ? `--format harus salah satu dari ${FORMATS.join(', ')}` : `--format must be one of ${FORMATS.join(', ')}`, lang);
  }
  let membersSmall: number | undefined;
  let membersLarge: number | undefined;
  if (v['member-thresholds'] !== undefined) {
    const [a, b, ...rest] = v['member-thresholds'].split(',');
    const m = SETTING_BOUNDS.membersSmall;
    membersSmall = wholeArg('member-thresholds', a, lang, m.min, m.max);
    membersLarge = wholeArg('member-thresholds', b, lang, m.min, SETTING_BOUNDS.membersLarge.max);
    if (rest.length > 0 || membersSmall === undefined || membersLarge === undefined || membersLarge <= membersSmall) {
      throw new UsageError(id ? '--member-thresholds harus dua angka naik, misalnya 10,20' : '--member-thresholds must be two increasing numbers, e.g. 10,20', lang);
    }
  }
  const args: TablesArgs = { input: v.input, lang, strict: v.strict === true };
  const year = wholeArg('survey-year', v['survey-year'], lang, SETTING_BOUNDS.surveyYear.min, SETTING_BOUNDS.surveyYear.max);
  if (year !== undefined) args.surveyYear = year;
  if (v.kelurahan !== undefined) args.kelurahan = v.kelurahan;
  if (v.format !== undefined) args.format = v.format as Format;
  if (v.out !== undefined) args.out = v.out;
  if (v.categories !== undefined) args.categories = v.categories;
  if (v.sheet !== undefined) args.sheet = v.sheet;
  const age = wholeArg('age-threshold', v['age-threshold'], lang, SETTING_BOUNDS.ageYears.min, SETTING_BOUNDS.ageYears.max);
  if (age !== undefined) args.ageYears = age;
  if (membersSmall !== undefined) args.membersSmall = membersSmall;
  if (membersLarge !== undefined) args.membersLarge = membersLarge;
  return { kind: 'tables', args };
}
