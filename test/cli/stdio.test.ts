/**
 * The CLI's lazily made stderr and stdout (src/cli/stdio.ts). stderr is written to fd 2 with
 * writeSync: a partial write goes on with the rest, a full pipe (EAGAIN) hands the rest and
 * every later line to process.stderr in order, and a descriptor that cannot be written (a full
 * disk, the reader gone) drops the lines without changing the run's exit code. writeSync is
 * replaced here so each case is exact; the real descriptor's cases run the CLI itself.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run';

const writeSync = jest.fn<number, [number, Buffer]>();
jest.mock('node:fs', () => ({ ...jest.requireActual<typeof import('node:fs')>('node:fs'), writeSync: (fd: number, b: Buffer) => writeSync(fd, b) }));

// Imported after the mock, so stdio.ts sees the replaced writeSync.
import { lazyStderr, lazyStdout } from '../../src/cli/stdio';

const errno = (code: string) => Object.assign(new Error(code), { code });

let streamWrites: string[];
beforeEach(() => {
  writeSync.mockReset();
  streamWrites = [];
  jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    streamWrites.push(Buffer.from(s).toString('utf8'));
    return true;
  });
});
afterEach(() => jest.restoreAllMocks());

test('each line goes to fd 2 whole, a partial write going on with the rest; the stream is not used', () => {
  const seen: string[] = [];
  writeSync.mockImplementation((fd, b) => {
    expect(fd).toBe(2);
    const n = Math.min(b.length, 3);
    seen.push(b.subarray(0, n).toString('utf8'));
    return n;
  });
  const err = lazyStderr();
  expect(err.write('Ditulis: out.json\n')).toBe(true);
  expect(seen.join('')).toBe('Ditulis: out.json\n');
  expect(streamWrites).toEqual([]);
});

test('a full pipe (EAGAIN) hands the rest of the line, then every later line, to process.stderr in order', () => {
  let calls = 0;
  writeSync.mockImplementation((_fd, b) => {
    calls += 1;
    if (calls === 1) return 4; // "bari" of "baris 1\n"
    throw errno('EAGAIN');
  });
  const err = lazyStderr();
  err.write('baris 1\n');
  err.write('baris 2\n');
  expect(streamWrites).toEqual(['s 1\n', 'baris 2\n']);
  expect(calls).toBe(2);
});

test('a descriptor that cannot be written (ENOSPC, EPIPE, EBADF) drops the lines: nothing thrown, nothing queued', () => {
  for (const code of ['ENOSPC', 'EPIPE', 'EBADF']) {
    writeSync.mockReset();
    writeSync.mockImplementation(() => {
      throw errno(code);
    });
    const err = lazyStderr();
    expect(err.write('satu\n')).toBe(true);
    expect(err.write('dua\n')).toBe(true);
    expect(writeSync).toHaveBeenCalledTimes(1);
  }
  expect(streamWrites).toEqual([]);
});

test('stdout is made on the first write, once, with the error handler attached', () => {
  const on = jest.spyOn(process.stdout, 'on');
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const onError = jest.fn();
  const out = lazyStdout(onError);
  expect(on).not.toHaveBeenCalled();
  out.write('{}');
  out.write('\n');
  expect(on.mock.calls.filter(([e]) => (e as string) === 'error')).toEqual([['error', onError]]);
  expect(write.mock.calls.map(([s]) => s)).toEqual(['{}', '\n']);
});

describe('the CLI on a real stderr', () => {
  const CLI = join(ROOT, 'src/cli/pranata.cjs');
  const SAMPLE = join(ROOT, 'src/cli/sample/cibeureum-2006.csv');
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) spawnSync(process.execPath, [join(ROOT, 'build.mjs'), '--cli'], { stdio: 'inherit' });
  });
  const run = (stderr: 'pipe' | number, out: string) =>
    spawnSync(process.execPath, [CLI, 'tables', '--input', SAMPLE, '--survey-year', '2006', '--format', 'json', '--out', out], {
      stdio: ['ignore', 'pipe', stderr],
      encoding: 'utf8',
    });

  test('a pipe: the one line, and the file written', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pranata-stdio-')), 'o.json');
    const r = run('pipe', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`Ditulis: ${out} (307 baris, 307 sah, 0 tidak sah)\n`);
    expect(JSON.parse(readFileSync(out, 'utf8')).rows.read).toBe(307);
  });

  // /dev/full refuses every write with ENOSPC (Linux, where CI runs).
  (process.platform === 'linux' ? test : test.skip)('a full disk under stderr: the file is written and the exit code is the run\'s (0), not a crash', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pranata-stdio-')), 'o.json');
    const fd = openSync('/dev/full', 'w');
    try {
      const r = run(fd, out);
      expect(r.status).toBe(0);
      expect(JSON.parse(readFileSync(out, 'utf8')).rows.read).toBe(307);
    } finally {
      closeSync(fd);
    }
  });
});
