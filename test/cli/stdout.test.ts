/**
 * stdout failing under a run, as a user meets it: the reader gone (`pranata … | head`) stops
 * the run quietly; a full disk under `> result.json` is one line and exit 2. Both printed
 * Node's "Unhandled 'error' event" with a stack trace before.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run';

const CLI = join(ROOT, 'src/cli/pranata.cjs');
const SAMPLE = join(ROOT, 'src/cli/sample/cibeureum-2006.csv');
const ARGS = [CLI, 'tables', '--input', SAMPLE, '--survey-year', '2006', '--format', 'text'];

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) spawnSync(process.execPath, [join(ROOT, 'build.mjs'), '--cli'], { stdio: 'inherit' });
});

describe('stdout failing under the CLI', () => {
  test('the reader closes the pipe after the first bytes: exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, ARGS, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // As `head -c 1` does: read once, then close the pipe's end.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  // /dev/full is Linux's device that refuses every write with ENOSPC (CI runs on Linux).
  const onLinux = process.platform === 'linux' ? test : test.skip;
  onLinux('a full disk: one line naming the failure, exit 2, no stack trace (Linux: /dev/full)', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ARGS, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('pranata: gagal: ENOSPC: no space left on device, write\n');
    } finally {
      closeSync(fd);
    }
  });
});
