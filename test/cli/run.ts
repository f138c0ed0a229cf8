import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readerEnv } from './readers';

export const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'cli.cjs');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI the way a user does (`pranata ...`), building it first if needed. */
export function pranata(args: string[], opts: { cwd?: string } = {}): Ran {
  if (!existsSync(BUNDLE)) spawnSync(process.execPath, [join(ROOT, 'build.mjs'), '--cli'], { stdio: 'inherit' });
  const r = spawnSync(process.execPath, [join(ROOT, 'src/cli/pranata.cjs'), ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: readerEnv(),
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
