/**
 * The PDF's closing block from the command line: --tempat, --jabatan, --penandatangan, --nip
 * for `tables` and `compare`, read back from the last page; every wrong use is exit 2 with
 * one line naming the flag, and no file is written.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendarDay, numberFormats } from '../../src/report/format';
import { lines, readPdfText } from '../report/pdf-inspect';
import { pranata } from './run';
import { SAMPLE } from './three-kelurahan';

const tmp = mkdtempSync(join(tmpdir(), 'pranata-closing-'));
const TABLES = ['tables', '--input', SAMPLE, '--survey-year', '2006', '--kelurahan', 'Cibeureum'];

/** The last page's lines from the one starting with the place on. */
function closingLines(file: string, place: string): string[] {
  const pdf = readPdfText(new Uint8Array(readFileSync(file)));
  const text = lines(pdf.pages[pdf.numPages - 1]!).map((line) => line.join(' '));
  const at = text.findIndex((line) => line.startsWith(`${place}, `));
  expect(at).toBeGreaterThan(0);
  return text.slice(at, -1);
}

/** The day the CLI stamps (its clock, in the zone the tests run in). */
const today = (): string => numberFormats('id').date(calendarDay(new Date()));

describe('tables --format pdf with a closing block', () => {
  test('place and date, Mengetahui, the Lurah by default, the name and the NIP', () => {
    const out = join(tmp, 'lurah.pdf');
    const r = pranata([...TABLES, '--out', out, '--tempat', 'Cimahi', '--penandatangan', '  Drs. Asep   Sunandar ', '--nip', '19651212 199003 1 005']);
    expect(r.code).toBe(0);
    expect(closingLines(out, 'Cimahi')).toEqual([`Cimahi, ${today()}`, 'Mengetahui,', 'Lurah Cibeureum', 'Drs. Asep Sunandar', 'NIP. 19651212 199003 1 005']);
  });

  test('--jabatan replaces the Lurah line; no NIP line without --nip', () => {
    const out = join(tmp, 'dinas.pdf');
    const r = pranata([...TABLES, '--out', out, '--tempat', 'Cimahi', '--jabatan', 'Kepala Dinas Sosial Kota Cimahi', '--penandatangan', 'Dra. Euis Rahayu']);
    expect(r.code).toBe(0);
    expect(closingLines(out, 'Cimahi')).toEqual([`Cimahi, ${today()}`, 'Mengetahui,', 'Kepala Dinas Sosial Kota Cimahi', 'Dra. Euis Rahayu']);
  });

  test('none without the flags', () => {
    const out = join(tmp, 'plain.pdf');
    expect(pranata([...TABLES, '--out', out]).code).toBe(0);
    const pdf = readPdfText(new Uint8Array(readFileSync(out)));
    expect(pdf.pages.flatMap((p) => p.items.map((it) => it.str)).join(' ')).not.toContain('Mengetahui');
  });
});

test('compare --format pdf ends with the same block', () => {
  const out = join(tmp, 'compare.pdf');
  const r = pranata(['compare', '--base', SAMPLE, '--input', SAMPLE, '--base-year', '2006', '--survey-year', '2007', '--out', out, '--tempat', 'Cimahi', '--jabatan', 'Kepala Dinas Sosial', '--penandatangan', 'Dra. Euis Rahayu', '--nip', '196512121990032005']);
  expect(r.code).toBe(0);
  expect(closingLines(out, 'Cimahi')).toEqual([`Cimahi, ${today()}`, 'Mengetahui,', 'Kepala Dinas Sosial', 'Dra. Euis Rahayu', 'NIP. 196512121990032005']);
});

describe('wrong uses: exit 2, one line naming the flag, nothing written', () => {
  const out = join(tmp, 'never.pdf');
  test.each([
    [['--out', out, '--tempat', 'Cimahi'], '--tempat memerlukan --penandatangan (nama yang menandatangani laporan)'],
    [['--out', out, '--nip', '19651212 199003 1 005'], '--nip memerlukan --penandatangan (nama yang menandatangani laporan)'],
    [['--out', out, '--penandatangan', 'Asep'], '--penandatangan memerlukan --tempat (tempat penandatanganan, mis. --tempat Cimahi)'],
    [['--out', out, '--penandatangan', 'Asep', '--tempat', '  '], '--tempat tidak boleh kosong'],
    [['--out', out, '--penandatangan', 'Asep', '--tempat', 'Cimahi', '--nip', '1965121219900310'], '--nip "1965121219900310" tidak sah: NIP terdiri atas 18 angka (spasi boleh), mis. --nip "19651212 199003 1 005"'],
    [['--out', out, '--penandatangan', 'Asep', '--tempat', 'Cimahi', '--nip', '19651212-199003-1-005'], '--nip "19651212-199003-1-005" tidak sah: NIP terdiri atas 18 angka (spasi boleh), mis. --nip "19651212 199003 1 005"'],
    [['--out', join(tmp, 'never.xlsx'), '--penandatangan', 'Asep', '--tempat', 'Cimahi'], '--penandatangan dan blok penutupnya hanya untuk keluaran PDF (format kini: xlsx); pakai --out laporan.pdf'],
    [['--format', 'json', '--penandatangan', 'Asep', '--tempat', 'Cimahi'], '--penandatangan dan blok penutupnya hanya untuk keluaran PDF (format kini: json); pakai --out laporan.pdf'],
  ])('%j', (args, message) => {
    const r = pranata([...TABLES, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`pranata: ${message}`);
    expect(r.stdout).toBe('');
    expect(existsSync(out) || existsSync(join(tmp, 'never.xlsx'))).toBe(false);
  });

  test('in English with --lang en', () => {
    const r = pranata([...TABLES, '--out', out, '--penandatangan', 'Asep', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('pranata: --penandatangan needs --tempat (where it is signed, e.g. --tempat Cimahi)');
  });
});

test('--help lists the four flags under tables and compare', () => {
  const help = pranata(['--help']).stdout;
  for (const flag of ['--tempat TEMPAT', '--jabatan JABATAN', '--penandatangan NAMA', '--nip NIP']) {
    // Once in the options of tables, once in those of compare.
    expect(help.split(flag).length - 1).toBe(2);
  }
});
