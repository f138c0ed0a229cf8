/**
 * Three time zones at once: the spreadsheet's (Asia/Makassar, UTC+8), the script's
 * (appsscript.json: Asia/Jakarta) and jest's own (America/Los_Angeles, test/time-zone.cjs).
 * Dates the add-on quotes from the sheet, and the dates it writes, are the spreadsheet's days:
 * a date typed in Makassar must not read one day early.
 */
import { checkDataIn } from '../../src/addon/check';
import { makeTablesIn } from '../../src/addon/tables-sheet';
import { loadSettings } from '../../src/addon/settings';
import { installFake, ownedName, storeSettings, studyRows } from './env';

function world(): ReturnType<typeof installFake> {
  const fake = installFake({ timeZone: 'Asia/Makassar', sheetNames: ['Data'] });
  const rows = studyRows();
  fake.seedSheet('Data', rows);
  storeSettings(fake);
  expect(fake.globals.Session.getScriptTimeZone()).toBe('Asia/Jakarta');
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
  return fake;
}

afterEach(() => jest.restoreAllMocks());

// With Intl, and without it (Google does not document Intl's zone data in Apps Script): then
// the add-on asks Utilities.formatDate.
test.each(['with Intl', 'without Intl'])('a date typed into Tahun Berdiri in a Makassar sheet is quoted as that day by Periksa Data (%s)', (mode) => {
  const fake = world();
  if (mode === 'without Intl') {
    // The fake's own Makassar formatter is made already (by the seeding); the add-on's fails.
    jest.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => { throw new RangeError('no time zone data'); });
  }
  fake.calls.reset();
  const column = studyRows()[0]!.indexOf('Tahun Berdiri') + 1;
  // Typed as a person would: Sheets makes it midnight of 1 March 1998 in Makassar.
  fake.seedSheet('Data', [['1998-03-01']], { startRow: 2, startColumn: column });
  expect(checkDataIn(fake.spreadsheet, 'id')).toMatchObject({ ok: true });
  const note = fake.notes('Data', 'A2:Z2')[0]![column - 1]!;
  expect(note).toContain('1998-03-01');
  expect(note).not.toContain('1998-02-28');
  // One check of Intl; without Intl one call per distinct hour among the sheet's dates, not per row.
  const hours = new Set(fake.values('Data').flat().filter((v): v is Date => v instanceof Date).map((d) => Math.floor(d.getTime() / 3_600_000)));
  expect(fake.calls.count('Utilities.formatDate')).toBe(mode === 'with Intl' ? 1 : hours.size);
});

test('the tables\' "Dibuat" stamp is the spreadsheet\'s clock, not the script\'s or the process\'s', () => {
  const fake = world();
  // 01:15 UTC on 30 June 2006: 09:15 that day in Makassar, 08:15 in Jakarta, 18:15 on the 29th in Los Angeles.
  expect(makeTablesIn(fake.spreadsheet, 'id', new Date(Date.UTC(2006, 5, 30, 1, 15)))).toMatchObject({ ok: true });
  const text = fake.values(ownedName(fake, 'T1')!).flat().map(String).find((c) => c.startsWith('Dibuat '));
  expect(text).toContain('Dibuat 2006-06-30 09:15');
});

// 20:00 UTC on 31 December 2025: already 2026 in Makassar and Jakarta (the script's zone),
// still 2025 in New York and Los Angeles (jest's). The default survey year is the spreadsheet's.
test.each([['Asia/Makassar', 2026], ['America/New_York', 2025]])('with no stored year, the survey year is the spreadsheet\'s year (%s: %i)', (timeZone, year) => {
  installFake({ timeZone, sheetNames: ['Data'] });
  expect(loadSettings(new Date(Date.UTC(2025, 11, 31, 20))).surveyYear).toBe(year);
});
