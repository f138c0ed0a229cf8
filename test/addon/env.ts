/**
 * Test set-up shared by the adapter tests: a fresh fake per test with its services installed
 * as globals (the adapters read SpreadsheetApp & co. at call time, as on Apps Script), the
 * study fixture as rows, and helpers to find the add-on's sheets by their metadata.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { createFakeGas, type FakeGas, type FakeGasOptions } from '../fake';
import { OWNER_KEY, SETTINGS_KEY } from '../../src/addon/constants';
import type { Settings } from '../../src/core';

export const ROOT = join(__dirname, '..', '..');

export function installFake(options: FakeGasOptions = {}): FakeGas {
  const fake = createFakeGas(options);
  Object.assign(globalThis, fake.globals);
  return fake;
}

/** The study's 307 groups (and its messy rows) as the CSV holds them: strings. */
export function studyRows(): string[][] {
  const text = readFileSync(join(ROOT, 'src/cli/sample/cibeureum-2006.csv'), 'utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = parsed.data;
  // papaparse yields one empty record for the final newline.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

export const STUDY_SETTINGS: Settings = {
  surveyYear: 2006,
  kelurahan: 'Cibeureum',
  ageYears: 10,
  membersSmall: 10,
  membersLarge: 20,
};

export function storeSettings(fake: FakeGas, s: Settings = STUDY_SETTINGS): void {
  fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify(s));
}

/** Name of the sheet the add-on marked with `role`, or undefined. */
export function ownedName(fake: FakeGas, role: string): string | undefined {
  return fake.metadata().find((m) => m.key === OWNER_KEY && m.value === role)?.sheet ?? undefined;
}

export function ownedRoles(fake: FakeGas): string[] {
  return fake
    .metadata()
    .filter((m) => m.key === OWNER_KEY)
    .map((m) => m.value ?? '');
}

/** A fixed moment for stamps: 09:15 on 30 June 2006 in Asia/Jakarta, the fake spreadsheet's default zone. */
export const NOW = new Date(Date.UTC(2006, 5, 30, 2, 15));
