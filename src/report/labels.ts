/**
 * The report's own words (cover, headers, footer), in Bahasa Indonesia and English.
 * Table titles, row labels and the source line come from the TableModel as they are; the
 * table's header words are the study's (core/layout.ts), the same in every writer.
 */
import { CORE_WORDS } from '../core/i18n';
import type { Lang } from '../core/model';

export interface ReportLabels {
  title: string;
  subtitle: string;
  /** The kelurahan the report covers (CORE_WORDS' place: one named, a few listed, many counted; '' for none). */
  place: (names: readonly string[], count: (n: number) => string) => string;
  surveyYear: (year: number) => string;
  groupsRead: string;
  groupsValid: string;
  groupsInvalid: string;
  generatedAt: (date: string) => string;
  contents: string;
  /** Added to a table's title on the pages it continues on. */
  continued: string;
  /** Title of the chart's count axis. */
  axisGroups: string;
  page: (n: number, of: number) => string;
  /** Under each table's title: which rows the table counts (numbers already formatted). */
  counted: (valid: string, invalid: string) => string;
  /** On the cover when user text held characters the fonts lack (drawn as �). */
  replaced: (n: string) => string;
  /** Narrative under a table (narrative.ts fills in the formatted numbers). */
  largest: (rowHeader: string, labels: string, count: string, share: string, total: string) => string;
  /** Two-way tables: how all groups split over the column buckets, largest first. */
  split: (columnHeader: string, parts: string) => string;
  /** One bucket of `split`: "85,99% ≥ 10 Tahun". */
  splitPart: (share: string, label: string) => string;
  /** One-way tables: how many categories have no group. */
  emptyRows: (n: string, of: string) => string;
  noGroups: string;
  and: string;
  /** The rest of a list cut short: "dan 12 lainnya" (CORE_WORDS'). */
  andMore: (n: number) => string;
  /** The data-quality section. */
  quality: string;
  qualityIntro: (n: string) => string;
  qualityNone: string;
  qualityMore: (n: string) => string;
  qualityRow: string;
  qualityColumn: string;
  qualityMessage: string;
  warning: string;
  /** The closing block: place and date, "Mengetahui,", the office, the name. */
  placeDate: (place: string, date: string) => string;
  acknowledged: string;
  lurah: (kelurahan: string) => string;
  nip: (nip: string) => string;
}

/** A header word at the start of a sentence: "jenis kelompok" -> "Jenis kelompok". */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const LABELS: Record<Lang, ReportLabels> = {
  id: {
    title: 'Profil Pranata Sosial',
    subtitle: 'Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM)',
    place: CORE_WORDS.id.place,
    surveyYear: (year) => `Tahun pendataan ${year}`,
    groupsRead: 'Kelompok terdata',
    groupsValid: 'sah',
    groupsInvalid: 'tidak sah',
    generatedAt: (date) => `Dibuat ${date}`,
    contents: 'Daftar Isi',
    continued: '(lanjutan)',
    axisGroups: 'Jumlah kelompok',
    page: (n, of) => `Halaman ${n} dari ${of}`,
    counted: (valid, invalid) => `Dihitung dari ${valid} kelompok sah (${invalid} baris tidak sah tidak dihitung).`,
    replaced: (n) => `${n} karakter di luar huruf Latin dicetak sebagai \uFFFD.`,
    largest: (rowHeader, labels, count, share, total) =>
      `${cap(rowHeader)} terbanyak adalah ${labels}: ${count} kelompok (${share}% dari ${total}).`,
    split: (columnHeader, parts) => `Menurut ${columnHeader}: ${parts}.`,
    splitPart: (share, label) => `${share}% ${label}`,
    emptyRows: (n, of) => `${n} dari ${of} kategori tidak memiliki kelompok.`,
    noGroups: 'Belum ada kelompok sah yang dihitung dalam tabel ini.',
    and: CORE_WORDS.id.and,
    andMore: CORE_WORDS.id.andMore,
    quality: 'Kualitas Data',
    qualityIntro: (n) => `Pemeriksaan data menemukan ${n} masalah. Baris dengan kesalahan tidak dihitung dalam tabel; peringatan tetap dihitung.`,
    qualityNone: 'Pemeriksaan data tidak menemukan masalah: semua baris sah.',
    qualityMore: (n) => `… dan ${n} masalah lainnya tidak dicantumkan di sini.`,
    qualityRow: 'Baris',
    qualityColumn: 'Kolom',
    qualityMessage: 'Masalah',
    warning: 'Peringatan',
    placeDate: (place, date) => `${place}, ${date}`,
    acknowledged: 'Mengetahui,',
    lurah: (kelurahan) => `Lurah ${kelurahan}`,
    nip: (nip) => `NIP. ${nip}`,
  },
  en: {
    title: 'Profile of Social Institutions',
    subtitle: 'Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM)',
    place: CORE_WORDS.en.place,
    surveyYear: (year) => `Survey year ${year}`,
    groupsRead: 'Groups recorded',
    groupsValid: 'valid',
    groupsInvalid: 'invalid',
    generatedAt: (date) => `Generated ${date}`,
    contents: 'Contents',
    continued: '(continued)',
    axisGroups: 'Number of groups',
    page: (n, of) => `Page ${n} of ${of}`,
    counted: (valid, invalid) => `Counted from ${valid} valid groups (${invalid} invalid rows not counted).`,
    replaced: (n) => `${n} characters outside the Latin alphabet are printed as \uFFFD.`,
    largest: (rowHeader, labels, count, share, total) =>
      `The largest ${rowHeader} is ${labels}: ${count} groups (${share}% of ${total}).`,
    split: (columnHeader, parts) => `By ${columnHeader}: ${parts}.`,
    splitPart: (share, label) => `${share}% ${label}`,
    emptyRows: (n, of) => `${n} of ${of} categories have no group.`,
    noGroups: 'No valid group is counted in this table yet.',
    and: CORE_WORDS.en.and,
    andMore: CORE_WORDS.en.andMore,
    quality: 'Data Quality',
    qualityIntro: (n) => `The data check found ${n} issues. Rows with errors are not counted in the tables; warnings are.`,
    qualityNone: 'The data check found no issue: every row is valid.',
    qualityMore: (n) => `… and ${n} more issues not listed here.`,
    qualityRow: 'Row',
    qualityColumn: 'Column',
    qualityMessage: 'Issue',
    warning: 'Warning',
    placeDate: (place, date) => `${place}, ${date}`,
    acknowledged: 'Acknowledged,',
    lurah: (kelurahan) => `Lurah of ${kelurahan}`,
    nip: (nip) => `NIP ${nip}`,
  },
};
