/**
 * Shared by the robustness tests: a fresh fake with the study's settings, group rows by
 * header, the menu actions run as a user runs them (their entry points), what the user was
 * told, and the Data sheet's cells for before/after comparisons.
 */
import { AUDIT_HEADERS } from '../../src/addon/constants';
import { checkData } from '../../src/addon/check';
import { setupDataSheet } from '../../src/addon/setup';
import { submitGroup } from '../../src/addon/submit';
import { makeTables } from '../../src/addon/tables-sheet';
import { FIELDS, type GroupInput } from '../../src/core';
import type { CellValue, FakeGas, FakeGasOptions } from '../fake';
import { installFake, storeSettings } from '../addon/env';

/** The Data sheet's header after set-up: the codebook's columns, then the audit pair. */
export const HEADER: readonly string[] = [...FIELDS.map((f) => f.header), ...AUDIT_HEADERS];
/** The codebook's columns only (a sheet typed before set-up). */
export const FIELD_HEADERS: readonly string[] = FIELDS.map((f) => f.header);

/** A valid group as the Data sheet holds it, by header; `over` changes cells by header. */
export function group(n: number, over: Record<string, CellValue> = {}, header: readonly string[] = HEADER): CellValue[] {
  const cells: Record<string, CellValue> = {
    ID: `G-${n}`,
    'Nama Kelompok': `Posyandu Melati ${n}`,
    'Jenis Kelompok': 'Posyandu',
    Kelurahan: 'Cibeureum',
    RW: 3,
    RT: 1 + (n % 9),
    'Tahun Berdiri': 1990 + (n % 15),
    Tujuan: 'Pelayanan Kesehatan',
    'Jumlah Anggota': 12,
    'Pendidikan Pengurus': 'SMA',
    'Jaringan Kerja': 'Pemerintah',
    ...over,
  };
  return header.map((h) => cells[h] ?? '');
}

/** Three groups: two valid, the third with members in words (one error). */
export function threeGroups(header: readonly string[] = HEADER): CellValue[][] {
  return [group(1, {}, header), group(2, {}, header), group(3, { 'Jumlah Anggota': 'dua puluh' }, header)];
}

/** A fresh fake, installed as the globals, with the study's settings stored. */
export function world(options: FakeGasOptions = {}): FakeGas {
  const fake = installFake({ userEmail: 'kader@example.org', ...options });
  storeSettings(fake);
  return fake;
}

/** A complete entry as the sidebar sends it. */
export function entry(over: GroupInput = {}): GroupInput {
  return {
    namaKelompok: 'Dasa Wisma Kenanga',
    jenisKelompok: 'Dasa Wisma',
    rw: 4,
    rt: 2,
    tahunBerdiri: 2001,
    tujuan: 'Peningkatan Penghasilan',
    jumlahAnggota: 11,
    pendidikanPengurus: 'SMA',
    jaringanKerja: 'Organisasi Sosial',
    ...over,
  };
}

export type MenuAction = 'setup' | 'check' | 'tables';

const MENU: Record<MenuAction, () => void> = { setup: setupDataSheet, check: checkData, tables: makeTables };

/** Runs a menu item as Apps Script does (its entry point) and returns its toast ('' if none). */
export function runMenu(fake: FakeGas, action: MenuAction): string {
  const before = fake.records.toasts.length;
  MENU[action]();
  const toasts = fake.records.toasts.slice(before);
  expect(toasts.length).toBeLessThanOrEqual(1);
  return toasts[0]?.message ?? '';
}

/** The sidebar's save of a new entry; the message the sidebar would show, or the row. */
export function runSubmit(clientId = 'robust-1', input: GroupInput = entry()): { ok: true; row: number } | { ok: false; message: string } {
  const out = submitGroup(input, clientId);
  if (out.ok) return { ok: true, row: out.row };
  return { ok: false, message: 'message' in out ? out.message : JSON.stringify(out.errors) };
}

/**
 * Values and formulas of a sheet, up to its last row and column holding anything: what "the
 * Data sheet is unchanged" compares. (A whole snapshot would also span the formats set-up
 * gives empty rows.)
 */
export function cells(fake: FakeGas, sheet = 'Data'): { values: CellValue[][]; formulas: string[][] } {
  return { values: fake.values(sheet), formulas: fake.formulas(sheet) };
}

/** Sets the size of an 'Arsip' sheet (one column) so the whole spreadsheet holds `total` cells. */
export function fillBookTo(fake: FakeGas, total: number): void {
  if (!fake.sheetNames().includes('Arsip')) fake.seedSheet('Arsip', [['arsip lama']]);
  fake.setSheetSize('Arsip', 1, 1);
  const others = fake.sheetModel('Arsip').book.cellCount() - 1;
  const rows = total - others;
  if (rows < 1) throw new Error(`the other sheets already hold ${others} cells`);
  fake.setSheetSize('Arsip', rows, 1);
  expect(fake.sheetModel('Arsip').book.cellCount()).toBe(total);
}
