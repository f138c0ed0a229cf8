/**
 * A fresh fake per test with its services installed as globals (the adapters read
 * SpreadsheetApp & co. at call time, as on Apps Script), a Data sheet with the canonical
 * headers and the audit pair, and the study's settings. The text columns are NOT given the
 * '@' format here, so a test sees what submit itself does about formula-like text.
 */
import { createFakeGas, type FakeGas, type FakeGasOptions } from '../fake';
import { AUDIT_HEADERS, SETTINGS_KEY } from '../../src/addon/constants';
import { FIELDS, type GroupInput, type Settings } from '../../src/core';

export const HEADERS: string[] = [...FIELDS.map((f) => f.header), ...AUDIT_HEADERS];

export const SETTINGS: Settings = { surveyYear: 2006, kelurahan: 'Cibeureum', ageYears: 10, membersSmall: 10, membersLarge: 20 };

/** The time zone of this process: on Apps Script the script's and the sheet's usually agree. */
export const LOCAL_TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;

export interface WorldOptions extends FakeGasOptions {
  /** Header row of the Data sheet (default HEADERS); null: no Data sheet at all. */
  headers?: string[] | null;
  /** Data rows under the header. */
  rows?: unknown[][];
  settings?: Partial<Settings>;
}

const installed: string[] = [];

export function makeWorld(o: WorldOptions = {}): FakeGas {
  const { headers = HEADERS, rows = [], settings = {}, ...options } = o;
  const fake = createFakeGas({ timeZone: LOCAL_TZ, userEmail: 'kader@example.org', ...options });
  if (headers !== null) fake.seedSheet('Data', [headers, ...rows]);
  fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify({ ...SETTINGS, ...settings }));
  clearWorld();
  Object.assign(globalThis, fake.globals);
  installed.push(...Object.keys(fake.globals));
  return fake;
}

/** Removes the installed globals, so no test leans on another's fake. */
export function clearWorld(): void {
  const g = globalThis as Record<string, unknown>;
  for (const name of installed.splice(0)) delete g[name];
}

/** A complete, valid entry as the sidebar sends it: aliases, text numbers, lists. */
export function validInput(over: GroupInput = {}): GroupInput {
  return {
    namaKelompok: ' Dasa Wisma Mawar ',
    jenisKelompok: 'dasawisma',
    rw: '3',
    rt: 2,
    tahunBerdiri: 1998,
    tujuan: 'Kerukunan Warga',
    jumlahAnggota: '12',
    pendidikanPengurus: 'SMA',
    jaringanKerja: 'Orsos',
    syaratKeanggotaan: ['Domisili', 'keterampilan'],
    sumberDana: 'Iuran Anggota; Lainnya',
    kegiatan: 'arisan, pengajian',
    tanggalPendataan: '15/03/2006',
    catatan: 'catatan',
    ...over,
  };
}

/** Column index (0-based) of a header in HEADERS. */
export function col(header: string): number {
  const i = HEADERS.indexOf(header);
  if (i < 0) throw new Error(`no header ${header}`);
  return i;
}
