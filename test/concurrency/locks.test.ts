/**
 * The harness's LockService: released when an execution ends however it ends, and timed out
 * on virtual time with Apps Script's message.
 */
import { EXCEEDED_TIME_MESSAGE, LOCK_TIMEOUT_MESSAGE, runExecutions, type ExecutionResult, type RunOptions } from './index';
import { createMiniSpreadsheet } from './mini-fake';

const code = `
  function holdAndThrow() {
    LockService.getDocumentLock().waitLock(1000);
    SpreadsheetApp.getActive().getSheetByName('Data').getRange(2, 1, 1, 2).setValues([['x', 'y']]);
    Utilities.sleep(200); // the waiters are parked on the lock by now
    throw new Error('boom while holding the lock');
  }
  function holdAndForget() {
    LockService.getDocumentLock().waitLock(1000);
    Utilities.sleep(200);
    return 'returned without releaseLock';
  }
  function holdAndLoop() {
    LockService.getDocumentLock().waitLock(1000);
    for (;;) {}
  }
  function holdFor(ms) {
    var lock = LockService.getDocumentLock();
    lock.waitLock(100);
    Utilities.sleep(ms);
    lock.releaseLock();
    return 'held ' + ms;
  }
  function takeLock(ms) {
    Utilities.sleep(50); // lets a holder started in the same run take the lock first
    var lock = LockService.getDocumentLock();
    lock.waitLock(ms);
    var had = lock.hasLock();
    lock.releaseLock();
    return { had: had, hasAfterRelease: lock.hasLock() };
  }
  function tryFor(ms) {
    Utilities.sleep(50);
    return LockService.getDocumentLock().tryLock(ms);
  }
`;

function run(calls: RunOptions['calls'], seed: number, extra: Partial<RunOptions> = {}): ReturnType<typeof runExecutions> {
  const fake = createMiniSpreadsheet('Data', ['ID', 'Nama']);
  return runExecutions({ makeServices: () => fake.services, script: { code }, calls, concurrency: calls.length, seed, ...extra });
}

function errorOf(result: ExecutionResult | undefined): string | undefined {
  return result !== undefined && !result.ok ? result.error : undefined;
}

describe('a lock holder that does not release', () => {
  const waiters = [{ fn: 'takeLock', args: [5000] }, { fn: 'takeLock', args: [5000] }, { fn: 'takeLock', args: [5000] }];

  test.each([1, 2, 3, 4, 5])('throws: its execution end releases the lock for the waiters (seed %i)', async (seed) => {
    const report = await run([{ fn: 'holdAndThrow' }, ...waiters], seed);
    expect(errorOf(report.results[0])).toBe('boom while holding the lock');
    for (const result of report.results.slice(1)) {
      expect(result).toMatchObject({ ok: true, value: { had: true, hasAfterRelease: false } });
    }
    // The waiters were parked on the lock and the holder's end handed it to one of them.
    const holder = report.results[0]?.execution;
    const end = report.trace.findIndex((line) => line.includes(`#${holder} end error`));
    expect(report.trace[end + 1]).toMatch(/granted document lock$/);
    expect(report.trace.slice(0, end).filter((line) => line.includes('parked on waitLock')).length).toBe(3);
  });

  test('throws, then the next execution on the same worker takes the lock at once', async () => {
    const report = await run([{ fn: 'holdAndThrow' }, { fn: 'takeLock', args: [0] }], 1, { concurrency: 1 });
    expect(report.results.map((result) => result.worker)).toEqual([0, 0]);
    expect(report.results[1]).toMatchObject({ ok: true, value: { had: true } });
  });

  test('returns without releaseLock: released at the end of its execution too', async () => {
    const report = await run([{ fn: 'holdAndForget' }, ...waiters], 2);
    expect(report.results.map((result) => result.ok)).toEqual([true, true, true, true]);
  });

  test('loops forever: the watchdog kills its worker, the lock is released, a new worker takes over', async () => {
    const report = await run([{ fn: 'holdAndLoop' }, ...waiters, { fn: 'takeLock', args: [5000] }], 3, {
      concurrency: 2,
      stepTimeoutMs: 1000,
    });
    expect(errorOf(report.results[0])).toMatch(/no service call for 1000 ms/);
    for (const result of report.results.slice(1)) expect(result).toMatchObject({ ok: true, value: { had: true } });
  });
});

describe('waitLock on virtual time', () => {
  test.each([1, 2, 3])('times out with the Apps Script message while a holder sleeps a virtual minute (seed %i)', async (seed) => {
    const started = Date.now();
    const report = await run(
      [
        { fn: 'holdFor', args: [60_000] },
        { fn: 'takeLock', args: [1000] },
        { fn: 'tryFor', args: [500] },
        { fn: 'tryFor', args: [0] },
        { fn: 'takeLock', args: [120_000] },
      ],
      seed,
    );
    const [holder, shortWait, shortTry, noWait, longWait] = report.results;
    expect(holder).toMatchObject({ ok: true, value: 'held 60000' });
    expect(errorOf(shortWait)).toBe(LOCK_TIMEOUT_MESSAGE);
    expect(shortTry).toMatchObject({ ok: true, value: false });
    expect(noWait).toMatchObject({ ok: true, value: false });
    expect(longWait).toMatchObject({ ok: true, value: { had: true } });
    // Timed out after its 1000 ms (plus its 50 ms sleep and a few 1 ms steps), not at the release.
    const waited = (shortWait?.endedAt ?? 0) - (shortWait?.startedAt ?? 0);
    expect(waited).toBeGreaterThanOrEqual(1050);
    expect(waited).toBeLessThan(1100);
    expect(longWait?.endedAt).toBeGreaterThan(holder?.endedAt ?? Infinity);
    expect(report.virtualTimeMs).toBeGreaterThan(60_000);
    // A virtual minute costs no wall minute.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('an execution past the 6-minute limit is ended from outside and its lock released', async () => {
    // One worker: the next execution runs on the replacement worker, after the kill.
    const report = await run([{ fn: 'holdFor', args: [400_000] }, { fn: 'takeLock', args: [0] }], 4, { concurrency: 1 });
    expect(errorOf(report.results[0])).toBe(EXCEEDED_TIME_MESSAGE);
    expect(report.results[0]?.endedAt).toBeGreaterThan(360_000);
    expect(report.results[1]).toMatchObject({ ok: true, value: { had: true } });
  });
});
