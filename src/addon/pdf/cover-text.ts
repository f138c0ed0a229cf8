/**
 * What the cover page says, as plain strings (drawing is cover.ts): title, kelurahan, survey
 * year, how many groups the tables counted, when the report was made, and where each table
 * starts. Numbers and dates are formatted by hand: Apps Script's Intl cannot be relied on for
 * id-ID, and a report for Dinas Sosial should say "30 Juni 2006, 09.15 WIB", "1.234".
 */
import type { Lang } from '../../core';
import { pdfSay } from './text';

/** A wall-clock moment in the spreadsheet's time zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  timeZone: string;
}

export interface CoverInfo {
  kelurahan: string;
  surveyYear: number;
  /** Rows the tables counted and left out, as Buat Tabel recorded them; null when unknown. */
  valid: number | null;
  invalid: number | null;
  generatedAt: LocalTime;
  /** First page of Tabel 1..5 in the merged report. */
  tableStarts: number[];
}

export interface CoverText {
  title: string;
  subtitle: string;
  kelurahan: string;
  surveyYear: string;
  counts: string;
  generatedAt: string;
  contentsTitle: string;
  contents: { label: string; page: string }[];
  footer: string;
}

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Indonesia's three zones by their usual abbreviations; any other zone by its IANA name. */
const ZONE_NAMES: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** 1234 -> "1.234" (id) or "1,234" (en). */
export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  return n < 0 ? `-${grouped}` : grouped;
}

/** "30 Juni 2006, 09.15 WIB" (id) or "30 June 2006, 09:15 WIB" (en). */
export function formatLocalTime(t: LocalTime, lang: Lang): string {
  const month = MONTHS[lang][t.month - 1] ?? String(t.month);
  const clock = `${pad(t.hour)}${lang === 'id' ? '.' : ':'}${pad(t.minute)}`;
  return `${t.day} ${month} ${t.year}, ${clock} ${ZONE_NAMES[t.timeZone] ?? t.timeZone}`;
}

/** Parses Utilities.formatDate(date, tz, LOCAL_TIME_PATTERN). */
export const LOCAL_TIME_PATTERN = 'yyyy-MM-dd-HH-mm';
export function parseLocalTime(text: string, timeZone: string): LocalTime {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = text.split('-').map(Number);
  return { year, month, day, hour, minute, timeZone };
}

/** The report's file name in Drive: "Laporan WKSBM Cibeureum 2006.pdf". */
export function reportFileName(kelurahan: string, surveyYear: number): string {
  return `${['Laporan WKSBM', kelurahan, String(surveyYear)].join(' ').replace(/\s+/g, ' ').trim()}.pdf`;
}

export function coverText(info: CoverInfo, lang: Lang): CoverText {
  const id = lang === 'id';
  const n = (v: number | null) => (v === null ? '–' : formatCount(v, lang));
  const read = info.valid === null || info.invalid === null ? null : info.valid + info.invalid;
  const kelurahan = info.kelurahan.trim();
  return {
    title: id ? 'Profil Pranata Sosial' : 'Profile of Social Institutions',
    subtitle: 'Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM)',
    kelurahan: kelurahan !== '' ? `Kelurahan ${kelurahan}` : id ? 'Kelurahan (belum diisi di Pengaturan)' : 'Kelurahan (not set in Settings)',
    surveyYear: id ? `Tahun pendataan ${info.surveyYear}` : `Survey year ${info.surveyYear}`,
    counts: id
      ? `Kelompok terdata: ${n(read)} · sah: ${n(info.valid)} · tidak sah: ${n(info.invalid)}`
      : `Groups recorded: ${n(read)} · valid: ${n(info.valid)} · invalid: ${n(info.invalid)}`,
    generatedAt: `${id ? 'Dibuat' : 'Generated'} ${formatLocalTime(info.generatedAt, lang)}`,
    contentsTitle: id ? 'Daftar Isi' : 'Contents',
    contents: info.tableStarts.map((page, i) => ({
      label: pdfSay('table', lang, { n: i + 1 }),
      page: id ? `halaman ${page}` : `page ${page}`,
    })),
    footer: id
      ? 'Dibuat dengan Pranata dari tabel di Google Spreadsheet. Kelompok tidak sah tidak dihitung dalam tabel.'
      : 'Made with Pranata from the tables in Google Sheets. Invalid groups are not counted in the tables.',
  };
}
