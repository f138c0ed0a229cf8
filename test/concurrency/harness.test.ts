/**
 * The harness's mechanics: what a script sees through the proxies, fresh executions,
 * errors both ways, determinism per seed, and clean shutdown.
 */
import * as path from 'node:path';
import { runExecutions, type ExecutionInfo, type RunOptions } from './index';
import { createMiniSpreadsheet, type MiniSpreadsheet } from './mini-fake';

const code = `
  function probe() {
    var ss = SpreadsheetApp.getActive();
    var sheet = ss.getSheetByName('Data');
    var values = sheet.getRange(2, 1, 1, 3).getValues();
    var caught;
    try { sheet.getRange(0, 1); } catch (e) { caught = e; }
    return {
      dateInRealm: values[0][1] instanceof Date,
      dateIso: values[0][1].toISOString(),
      arrayInRealm: values instanceof Array && values[0] instanceof Array,
      sameSheet: ss.getSheetByName('Data') === sheet,
      enumValue: SpreadsheetApp.BorderStyle.SOLID,
      missingSheet: ss.getSheetByName('Nope'),
      errorIsError: caught instanceof Error,
      errorMessage: caught.message,
      nodeGlobals: [typeof require, typeof process, typeof setTimeout, typeof Buffer],
      knowsMethod: 'getValues' in sheet.getRange(1, 1),
    };
  }
  function counter() { globalThis.count = (globalThis.count || 0) + 1; return globalThis.count; }
  function returnSheet() { return SpreadsheetApp.getActive().getSheetByName('Data'); }
  function activate() {
    var ss = SpreadsheetApp.getActive();
    return ss.setActiveSheet(ss.getSheetByName('Data')) === ss.getSheetByName('Data');
  }
  function echo(value) { console.log('echo', value.n); return value; }
  function fail() { throw new TypeError('typed failure'); }
  function callMissing() { return SpreadsheetApp.getActive().noSuchMethod(); }
  function passFunction() { return SpreadsheetApp.getActive().getSheetByName(function () {}); }
  function modify() { SpreadsheetApp.extra = 1; }
  async function later() { var id = await Promise.resolve(SpreadsheetApp.getActive().getId()); return id; }
`;

function withFake(): MiniSpreadsheet {
  const fake = createMiniSpreadsheet('Data', ['ID', 'Tanggal', 'Jumlah']);
  fake.rows.push(['c1', new Date('2024-05-01T00:00:00.000Z'), 3]);
  return fake;
}

function run(calls: RunOptions['calls'], extra: Partial<RunOptions> = {}, fake = withFake()): ReturnType<typeof runExecutions> {
  return runExecutions({ makeServices: () => fake.services, script: { code }, calls, concurrency: 2, seed: 1, ...extra });
}

describe('what a script sees', () => {
  test('values in its own realm, one proxy per object, enums, errors, no Node globals', async () => {
    const [result] = (await run([{ fn: 'probe' }])).results;
    expect(result).toMatchObject({ ok: true });
    expect(result?.ok && result.value).toEqual({
      dateInRealm: true,
      dateIso: '2024-05-01T00:00:00.000Z',
      arrayInRealm: true,
      sameSheet: true,
      enumValue: 'SOLID',
      missingSheet: null,
      errorIsError: true,
      errorMessage: 'The coordinates of the range are outside the dimensions of the sheet.',
      nodeGlobals: ['undefined', 'undefined', 'undefined', 'undefined'],
      knowsMethod: true,
    });
  });

  test('each execution starts from nothing, even on a reused worker', async () => {
    const report = await run([{ fn: 'counter' }, { fn: 'counter' }, { fn: 'counter' }], { concurrency: 1 });
    expect(report.results.map((result) => result.ok && result.value)).toEqual([1, 1, 1]);
    expect(report.results.map((result) => result.worker)).toEqual([0, 0, 0]);
  });

  test('service objects cross as themselves: returned to the caller, passed as arguments', async () => {
    const fake = withFake();
    const report = await run([{ fn: 'returnSheet' }, { fn: 'activate' }], {}, fake);
    expect(report.results[0]?.ok && report.results[0].value).toBe(fake.sheet);
    expect(report.results[1]).toMatchObject({ ok: true, value: true });
  });

  test('arguments and return values are copied, Dates kept; console output is collected', async () => {
    const value = { n: 7, list: [1, 'x', null, true], when: new Date('2006-01-02T03:04:05.000Z') };
    const [result] = (await run([{ fn: 'echo', args: [value] }])).results;
    expect(result).toMatchObject({ ok: true, value, logs: ['echo 7'] });
  });

  test('async functions are awaited', async () => {
    const [result] = (await run([{ fn: 'later' }])).results;
    expect(result).toMatchObject({ ok: true, value: 'mini-spreadsheet' });
  });

  test('failures come back as messages', async () => {
    const report = await run([{ fn: 'fail' }, { fn: 'callMissing' }, { fn: 'passFunction' }, { fn: 'modify' }, { fn: 'nope' }]);
    const errors = report.results.map((result) => (result.ok ? undefined : result.error));
    expect(errors[0]).toBe('typed failure');
    expect(errors[1]).toMatch(/noSuchMethod is not a function/);
    expect(errors[2]).toMatch(/function cannot be passed/);
    expect(errors[3]).toMatch(/cannot be modified/);
    // Apps Script's words when google.script.run names a missing function.
    expect(errors[4]).toBe('Script function not found: nope');
  });
});

describe('the harness', () => {
  test('builds the globals per execution, and its LockService replaces any other', async () => {
    const fake = withFake();
    const seen: Array<Pick<ExecutionInfo, 'execution' | 'call'>> = [];
    const lockCode = `function lockAndCount() { var l = LockService.getDocumentLock(); l.waitLock(10); l.releaseLock(); return 'ok'; }`;
    const report = await runExecutions({
      makeServices: (info) => {
        seen.push({ execution: info.execution, call: info.call });
        return { ...fake.services, LockService: { getDocumentLock: () => { throw new Error('fake lock used'); } } };
      },
      script: { code: lockCode },
      calls: [{ fn: 'lockAndCount' }, { fn: 'lockAndCount' }, { fn: 'lockAndCount' }],
      concurrency: 2,
      seed: 9,
    });
    expect(report.results.map((result) => result.ok)).toEqual([true, true, true]);
    expect(seen.map((info) => info.execution)).toEqual([1, 2, 3]);
    expect(seen.map((info) => info.call).sort()).toEqual([0, 1, 2]);
  });

  test('one seed, one interleaving; another seed, another one', async () => {
    const script = { file: path.join(__dirname, 'scripts', 'submit.js') };
    const calls = Array.from({ length: 30 }, (_, i) => ({ fn: 'submitWithoutLock', args: [{ nama: `g${i}` }, `c${i}`] }));
    const once = async (seed: number): Promise<{ trace: readonly string[]; rows: unknown[][] }> => {
      const fake = createMiniSpreadsheet('Data', ['ID', 'Nama']);
      const report = await runExecutions({ makeServices: () => fake.services, script, calls, concurrency: 6, seed });
      return { trace: report.trace, rows: fake.rows };
    };
    const [a, b, c] = [await once(42), await once(42), await once(43)];
    expect(b).toEqual(a);
    expect(c.trace).not.toEqual(a.trace);
  });

  test('a script that does not compile fails the run, naming the seed', async () => {
    const fake = withFake();
    await expect(
      runExecutions({ makeServices: () => fake.services, script: { code: 'function (', filename: 'broken.js' }, calls: [{ fn: 'x' }], concurrency: 2, seed: 5 }),
    ).rejects.toThrow(/seed 5.*broken\.js/);
  });

  test('leaves no worker or port behind', async () => {
    const before = process.getActiveResourcesInfo().filter((name) => name === 'Worker' || name === 'MessagePort').length;
    await run([{ fn: 'counter' }, { fn: 'counter' }], { concurrency: 4 });
    const after = process.getActiveResourcesInfo().filter((name) => name === 'Worker' || name === 'MessagePort').length;
    expect(after).toBe(before);
  });
});
