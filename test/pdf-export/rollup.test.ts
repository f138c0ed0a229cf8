/**
 * Ekspor PDF over a Data sheet of several kelurahan (CODEBOOK §9), as Buat Tabel counts it:
 * Tabel K after the nine tables always; with Pengaturan's "one set of tables per kelurahan"
 * each kelurahan's section, and with "Daftar Kelompok in Ekspor PDF" the directory appendix.
 * With both on, every page has the text of the CLI's `--by kelurahan --daftar-kelompok` report
 * of the same rows at the same moment.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { main } from '../../src/cli/main';
import { exportPdfIn } from '../../src/addon/pdf-export';
import type { AddonSettings } from '../../src/addon/settings';
import { storeSettings, STUDY_SETTINGS } from '../addon/env';
import { buildThreeKelurahan } from '../cli/three-kelurahan';
import { lines, pageText, readPdfText } from '../report/pdf-inspect';
import { dialogPdf, exportWorld } from './world';

/** 17:30 in Jakarta (the sheet's zone), 03:30 in Los Angeles (jest's, the CLI's): one calendar day. */
const NOW = new Date('2006-06-30T10:30:00Z');

const tmp = mkdtempSync(join(tmpdir(), 'pranata-pdf-rollup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const set = buildThreeKelurahan(tmp);
const ROWS = Papa.parse<string[]>(readFileSync(set.all, 'utf8'), { skipEmptyLines: true }).data;

async function addonReport(settings: Partial<AddonSettings>): Promise<ReturnType<typeof readPdfText>> {
  const w = exportWorld({ rows: ROWS });
  storeSettings(w.fake, { ...STUDY_SETTINGS, kelurahan: '', ...settings });
  const out = await exportPdfIn(w.ss, 'id', { now: NOW });
  if (!out.ok) throw new Error(out.message);
  // Named by the number of kelurahan it covers (the blank one is no kelurahan).
  expect(out.name).toBe('Laporan WKSBM 3 Kelurahan 2006.pdf');
  return readPdfText(dialogPdf(w.fake.records.shown[0]!.content).bytes);
}

async function cliReport(extra: string[]): Promise<ReturnType<typeof readPdfText>> {
  const out = join(tmp, `cli-${extra.join('-').replace(/[^a-z0-9-]/gi, '')}.pdf`);
  const err: string[] = [];
  const code = await main(['tables', '--input', set.all, '--survey-year', '2006', '--out', out, ...extra], {
    stdout: { write: () => true },
    stderr: { write: (s: string) => err.push(s) },
    now: () => NOW,
  });
  expect([code, err.join('')]).toEqual([0, expect.stringContaining('Ditulis:')]);
  return readPdfText(new Uint8Array(readFileSync(out)));
}

const has = (pdf: ReturnType<typeof readPdfText>, text: string): boolean => pdf.pages.some((p) => pageText(p).includes(text));

describe('Ekspor PDF over several kelurahan', () => {
  test('settings off: the nine tables and Tabel K, no kelurahan sections, no Daftar Kelompok', async () => {
    const pdf = await addonReport({});
    expect(has(pdf, 'Tabel 9. ')).toBe(true);
    expect(has(pdf, 'Tabel K. Kelompok Sosial menurut Kelurahan')).toBe(true);
    expect(has(pdf, 'Kelurahan Melong')).toBe(false);
    expect(has(pdf, 'Daftar Kelompok')).toBe(false);
  });

  test('both settings on: the pages of the CLI\'s --by kelurahan --daftar-kelompok report', async () => {
    const addon = await addonReport({ perKelurahan: true, daftarInPdf: true });
    const cli = await cliReport(['--by', 'kelurahan', '--daftar-kelompok']);
    expect(has(addon, 'Kelurahan Melong')).toBe(true);
    expect(has(addon, 'Daftar Kelompok')).toBe(true);
    expect(addon.numPages).toBe(cli.numPages);
    addon.pages.forEach((page, i) => expect([i + 1, lines(page)]).toEqual([i + 1, lines(cli.pages[i]!)]));
    // Two reports of three kelurahan sections and the appendix, each read back: 22 s alone on a
    // slow day of this VM, 30 s and more beside the other suites (a guard against a hang, not a
    // speed test).
  }, 90_000);

  test('Pengaturan\'s closing block ends the report as the CLI\'s --tempat --jabatan --penandatangan --nip does', async () => {
    const addon = await addonReport({ perKelurahan: true, closingPlace: 'Cimahi', closingOffice: 'Kepala Dinas Sosial Kota Cimahi', closingName: 'Drs. Asep Sunandar', closingNip: '19651212 199003 1 005' });
    const cli = await cliReport(['--by', 'kelurahan', '--tempat', 'Cimahi', '--jabatan', 'Kepala Dinas Sosial Kota Cimahi', '--penandatangan', 'Drs. Asep Sunandar', '--nip', '19651212 199003 1 005']);
    expect(has(addon, 'Mengetahui,')).toBe(true);
    expect(has(addon, 'Drs. Asep Sunandar')).toBe(true);
    expect(addon.numPages).toBe(cli.numPages);
    addon.pages.forEach((page, i) => expect([i + 1, lines(page)]).toEqual([i + 1, lines(cli.pages[i]!)]));
  }, 90_000);
});
