/**
 * The coordinator's settings (kelurahan, survey year, thresholds), kept as one JSON document
 * property so every volunteer's execution reads the same values with one service call.
 */
import { defaultSettings, DEFAULT_TENURE, DEFAULT_THRESHOLDS, SETTING_BOUNDS, type Settings } from '../core';
import { SETTINGS_KEY } from './constants';
import { nipDigits, type ClosingBlock } from '../report/closing-block';
import { sheetClock } from './sheet-clock';

/**
 * The add-on's own settings beside the core's (which the CLI takes as flags): what Buat Tabel
 * and Ekspor PDF write besides the tables. Both off by default.
 */
export interface AddonSettings extends Settings {
  /** One set of tables per kelurahan (Buat Tabel's sheets, Ekspor PDF's sections) when the Data sheet holds several. */
  perKelurahan: boolean;
  /** Ekspor PDF: Daftar Kelompok as an appendix (the CLI's `--daftar-kelompok`). */
  daftarInPdf: boolean;
  /**
   * Ekspor PDF's closing block (the CLI's `--tempat`, `--jabatan`, `--penandatangan`, `--nip`):
   * where it is signed, the office, who signs and their NIP; the block is drawn when a name and
   * a place are set. Empty: none.
   */
  closingPlace: string;
  closingOffice: string;
  closingName: string;
  closingNip: string;
}

/**
 * The core's settings alone: what the sidebar is sent (every volunteer's browser gets them), so
 * the coordinator's report choices and the signatory's name and NIP stay on the server.
 */
export function coreSettings(s: AddonSettings): Settings {
  const { perKelurahan: _p, daftarInPdf: _d, closingPlace: _cp, closingOffice: _co, closingName: _cn, closingNip: _ci, ...core } = s;
  return core;
}

/** The report's closing block from the settings: none without a name and a place. */
export function closingOf(s: AddonSettings): ClosingBlock | undefined {
  if (s.closingName === '' || s.closingPlace === '') return undefined;
  return {
    place: s.closingPlace,
    name: s.closingName,
    ...(s.closingOffice === '' ? {} : { office: s.closingOffice }),
    ...(s.closingNip === '' ? {} : { nip: s.closingNip }),
  };
}

const text = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, 100) : '');

/**
 * The year a missing survey year defaults to: this year on the spreadsheet's clock, not the
 * script's (around New Year they differ). Asked only when needed, so stored settings cost no
 * extra service calls.
 */
export function thisYear(now: Date, ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  return defaultSettings(sheetClock(ss ?? SpreadsheetApp.getActiveSpreadsheet()).wall(now)).surveyYear;
}

function whole(v: unknown, fallback: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
}

/** Settings from a JSON value of unknown shape; anything missing or wrong takes its default. */
export function settingsFrom(raw: unknown, now: Date, year: (now: Date) => number = (d) => defaultSettings(d).surveyYear): AddonSettings {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const b = SETTING_BOUNDS;
  const membersSmall = whole(o.membersSmall, DEFAULT_THRESHOLDS.membersSmall, b.membersSmall.min, b.membersSmall.max);
  const membersLarge = whole(o.membersLarge, DEFAULT_THRESHOLDS.membersLarge, b.membersLarge.min, b.membersLarge.max);
  const ordered = membersLarge > membersSmall;
  const tenureShort = whole(o.tenureShort, DEFAULT_TENURE.tenureShort, b.tenureShort.min, b.tenureShort.max);
  const tenureLong = whole(o.tenureLong, DEFAULT_TENURE.tenureLong, b.tenureLong.min, b.tenureLong.max);
  const tenureOrdered = tenureLong > tenureShort;
  return {
    surveyYear: whole(o.surveyYear, 0, b.surveyYear.min, b.surveyYear.max) || year(now),
    kelurahan: typeof o.kelurahan === 'string' ? o.kelurahan.trim().slice(0, 100) : '',
    ageYears: whole(o.ageYears, DEFAULT_THRESHOLDS.ageYears, b.ageYears.min, b.ageYears.max),
    membersSmall: ordered ? membersSmall : DEFAULT_THRESHOLDS.membersSmall,
    membersLarge: ordered ? membersLarge : DEFAULT_THRESHOLDS.membersLarge,
    tenureShort: tenureOrdered ? tenureShort : DEFAULT_TENURE.tenureShort,
    tenureLong: tenureOrdered ? tenureLong : DEFAULT_TENURE.tenureLong,
    // Only a stored true turns one on: an older document property has neither.
    perKelurahan: o.perKelurahan === true,
    daftarInPdf: o.daftarInPdf === true,
    closingPlace: text(o.closingPlace),
    closingOffice: text(o.closingOffice),
    closingName: text(o.closingName),
    // A stored NIP is one (the dialog refuses another: dialogs.ts); anything else reads as none.
    closingNip: nipDigits(text(o.closingNip)) === undefined ? '' : text(o.closingNip),
  };
}

export function loadSettings(now: Date = new Date()): AddonSettings {
  const text = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  let raw: unknown = {};
  if (text) {
    try {
      raw = JSON.parse(text);
    } catch {
      raw = {};
    }
  }
  return settingsFrom(raw, now, (d) => thisYear(d));
}

export function saveSettings(input: unknown, now: Date = new Date()): AddonSettings {
  const s = settingsFrom(input, now, (d) => thisYear(d));
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(s));
  return s;
}
