/**
 * Apps Script stops an execution after 6 minutes. Two things are tested here:
 *
 * 1. Periksa Data and Buat Tabel on a 500,000-row Data sheet in the fake: the same service
 *    calls as on 1,000 rows (on Apps Script every call is a round trip, so the count is the
 *    figure that matters; what grows is the size of the few block reads and writes). The
 *    local time is printed, not asserted (performance is measured by the benchmark).
 *    A Google spreadsheet cannot hold this sheet (500,001 x 20 = 10,000,020 cells, over
 *    the 10,000,000 limit), so the fake's limit is lifted for it.
 *
 * 2. The behaviour on a sheet that large (size-check.ts): above a threshold the action asks
 *    before reading anything; No stops with nothing changed; Yes goes on; below, no question.
 */
import { checkData, checkDataIn } from '../../src/addon/check';
import { MARKS_KEY, SETTINGS_KEY } from '../../src/addon/constants';
import { formatCount } from '../../src/core';
import { compareWithLastRound } from '../../src/addon/compare-sheets';
import { makeRekap } from '../../src/addon/register-sheets';
import { ASK_ABOVE_CELLS, type LargeAction } from '../../src/addon/size-check';
import { makeTables, makeTablesIn } from '../../src/addon/tables-sheet';
import { budgetRows, sizing } from '../addon/budget';
import { createFakeGas, type FakeGas } from '../fake';
import { NOW } from '../addon/env';
import { cells, FIELD_HEADERS, group, HEADER, threeGroups, world } from './world';

type Counts = Record<string, number>;

/**
 * The Data sheet's values, formulas, backgrounds and notes as one string: a sheet of a few
 * million cells compares in a second this way (jest's toEqual on it takes many).
 */
function digest(fake: FakeGas): string {
  return JSON.stringify({ ...cells(fake), backgrounds: fake.backgrounds('Data'), notes: fake.notes('Data') });
}

/** A fake holding `n` generated groups (the benchmark's rows: 20 columns, every 37th row wrong). */
function generated(n: number): FakeGas {
  const fake = createFakeGas({ cellLimit: Number.POSITIVE_INFINITY });
  Object.assign(globalThis, fake.globals);
  fake.seedSheet('Data', budgetRows(n), { raw: true });
  // The sheet as Sheets would size it for these rows: no empty columns to the right.
  fake.setSheetSize('Data', n + 1, FIELD_HEADERS.length);
  fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify({ surveyYear: 2006, kelurahan: 'Cibeureum' }));
  return fake;
}

function timed(fake: FakeGas, run: () => { ok: boolean }): { ms: number; counts: Counts } {
  fake.calls.reset();
  const start = Date.now();
  const out = run();
  const ms = Date.now() - start;
  expect(out.ok).toBe(true);
  return { ms, counts: { ...fake.calls.byMethod } };
}

describe('500,000 rows in the fake', () => {
  test('Buat Tabel and Periksa Data make the same service calls as on 1,000 rows', () => {
    const small = generated(1000);
    const smallTables = timed(small, () => makeTablesIn(small.spreadsheet, 'id', NOW));
    const smallCheck = timed(small, () => checkDataIn(small.spreadsheet, 'id', NOW));

    const large = generated(500_000);
    const tables = timed(large, () => makeTablesIn(large.spreadsheet, 'id', NOW));
    const check = timed(large, () => checkDataIn(large.spreadsheet, 'id', NOW));

    expect(sizing({ total: 0, byMethod: tables.counts })).toEqual(sizing({ total: 0, byMethod: smallTables.counts }));
    expect(check.counts).toEqual(smallCheck.counts);
    // One read of the Data sheet each; Periksa Data marks with one 2-D write of each kind.
    expect(check.counts['Range.setBackgrounds']).toBe(1);
    expect(check.counts['Range.setNotes']).toBe(1);
    const total = (c: Counts): number => Object.values(c).reduce((a, b) => a + b, 0);
    console.log(
      [
        'Time limit, 500,000 generated rows in the fake (this machine):',
        `  Buat Tabel   ${tables.ms} ms, ${total(tables.counts)} service calls (1,000 rows: ${smallTables.ms} ms, ${total(smallTables.counts)} calls)`,
        `  Periksa Data ${check.ms} ms, ${total(check.counts)} service calls (1,000 rows: ${smallCheck.ms} ms, ${total(smallCheck.counts)} calls)`,
      ].join('\n'),
    );
  }, 600_000);
});

describe('a very large Data sheet: asked before reading, No changes nothing', () => {
  /**
   * Three groups, and something typed far below them (row `last`, column A): the block the
   * actions read reaches that row, as it would on Google.
   */
  function strayBelow(last: number, header: readonly string[] = HEADER): FakeGas {
    const fake = withLastRound(world());
    fake.seedSheet('Data', [header, ...threeGroups(header)]);
    fake.seedSheet('Data', [['x']], { startRow: last });
    return fake;
  }

  /** A last round's sheet for Bandingkan to pick (the others leave it alone). */
  function withLastRound(fake: FakeGas): FakeGas {
    fake.seedSheet(LAST_ROUND, [HEADER, ...threeGroups(HEADER)]);
    return fake;
  }
  const LAST_ROUND = 'Putaran 2006';
  const compare = (fake: FakeGas): void => {
    fake.answerPrompts({ text: LAST_ROUND });
    compareWithLastRound();
  };

  const ACTIONS: readonly (readonly [string, LargeAction, (fake: FakeGas) => void, RegExp])[] = [
    ['Periksa Data', 'check', checkData, /^2 baris sah, 2 tidak sah, 0 peringatan\.$/],
    ['Buat Tabel', 'tables', makeTables, /^9 tabel dibuat dari 2 baris sah; 2 baris tidak sah tidak dihitung\.$/],
    ['Rekap Pendataan', 'rekap', makeRekap, /^Rekap/],
    ['Bandingkan dengan Putaran Lalu', 'compare', compare, /Putaran 2006/],
  ];

  /** Rows of every column a little over the action's threshold. */
  const overRows = (action: LargeAction): number => Math.floor(ASK_ABOVE_CELLS[action] / HEADER.length) + 1000;

  test.each(ACTIONS)('%s above its threshold: asked first, before any getValues; No stops with nothing changed', (title, action, run) => {
    const rows = overRows(action);
    const fake = strayBelow(rows);
    const before = digest(fake);
    const sheets = fake.sheetNames();
    const properties = fake.properties('document');
    fake.answerAlerts('NO');
    fake.calls.reset();
    run(fake);

    expect(fake.records.alerts).toHaveLength(1);
    const [alert] = fake.records.alerts;
    expect(alert).toMatchObject({ title, buttons: 'YES_NO', answer: 'NO' });
    const size = `${formatCount(rows, 'id')} baris dan ${HEADER.length} kolom (${formatCount(rows * HEADER.length, 'id')} sel)`;
    expect(alert?.prompt).toContain(`Lembar Data berisi ${size}.`);
    expect(alert?.prompt).toContain(`Pada lembar sebesar ini ${title} bisa berjalan beberapa menit dan dihentikan oleh batas 6 menit Google sebelum selesai`);
    expect(alert?.prompt).toContain('Bila ada isian nyasar jauh di bawah data, hapus dulu baris-baris itu.');
    expect(alert?.prompt).toMatch(/Lanjutkan\?$/);
    // Nothing read: the question came before any block of cells was fetched.
    expect(fake.calls.log).not.toContain('Range.getValues');
    expect(fake.calls.count('Range.getValues')).toBe(0);
    // Nothing changed, and nothing more said.
    expect(digest(fake) === before).toBe(true);
    expect(fake.sheetNames()).toEqual(sheets);
    expect(fake.properties('document')).toEqual(properties);
    expect(fake.records.toasts).toEqual([]);
  });

  test.each(ACTIONS)('%s above its threshold, Yes: the question, then the action runs as usual', (_title, action, run, done) => {
    const fake = strayBelow(overRows(action));
    const before = JSON.stringify(cells(fake));
    fake.answerAlerts('YES');
    fake.calls.reset();
    run(fake);
    expect(fake.records.alerts).toHaveLength(1);
    const log = fake.calls.log;
    expect(log.indexOf('Ui.alert')).toBeGreaterThanOrEqual(0);
    expect(log.indexOf('Ui.alert')).toBeLessThan(log.indexOf('Range.getValues'));
    // The stray "x" is a row of its own: an ID and nothing else, so it is counted invalid.
    expect(fake.records.toasts.at(-1)?.message).toMatch(done);
    if (action === 'check') expect(fake.properties('document')[MARKS_KEY]).toBeDefined();
    expect(JSON.stringify(cells(fake)) === before).toBe(true);
  }, 60_000);

  test.each(ACTIONS)('%s at the most rows within its threshold: no question; one row more: asked', (_title, action, run) => {
    // The most whole rows of the codebook's fields whose cells stay within the threshold.
    const rows = Math.floor(ASK_ABOVE_CELLS[action] / FIELD_HEADERS.length);
    expect((rows + 1) * FIELD_HEADERS.length).toBeGreaterThan(ASK_ABOVE_CELLS[action]);
    const at = strayBelow(rows, FIELD_HEADERS);
    at.answerAlerts('NO');
    run(at);
    expect(at.records.alerts).toEqual([]);
    expect(at.records.toasts).toHaveLength(1);

    const over = strayBelow(rows + 1, FIELD_HEADERS);
    over.answerAlerts('NO');
    run(over);
    expect(over.records.alerts).toHaveLength(1);
    expect(over.records.toasts).toEqual([]);
  }, 60_000);

  test.each(ACTIONS)('%s on a sheet of the study\'s size: no question', (_title, _action, run) => {
    const fake = withLastRound(world());
    fake.seedSheet('Data', [HEADER, ...Array.from({ length: 307 }, (_, i) => group(i + 1))]);
    run(fake);
    expect(fake.records.alerts).toEqual([]);
    expect(fake.records.toasts).toHaveLength(1);
  });

  test('in English for an English-speaking user', () => {
    const fake = world({ activeUserLocale: 'en' });
    fake.seedSheet('Data', [HEADER, ...threeGroups()]);
    fake.seedSheet('Data', [['x']], { startRow: 250_000 });
    fake.answerAlerts('NO');
    checkData();
    expect(fake.records.alerts[0]).toMatchObject({ title: 'Check Data' });
    expect(fake.records.alerts[0]?.prompt).toContain(`The Data sheet has 250,000 rows and ${HEADER.length} columns (${(250_000 * HEADER.length).toLocaleString('en-US')} cells).`);
  });
});
