/**
 * Runs the built CLI (dist/cli.cjs) on a byte string as a .csv file, in a child process
 * bounded in time, and checks the contract of a bad input: exit 0 with valid JSON on stdout,
 * or exit 2 with exactly one line on stderr; never a stack trace, never a hang.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TABLE_IDS } from '../../src/core';
import { readerEnv } from '../cli/readers';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
/** A case that has not answered after this long is a hang (FUZZ_CASE_TIMEOUT_MS on a slow machine). */
export const CASE_TIMEOUT_MS = Number(process.env.FUZZ_CASE_TIMEOUT_MS ?? 20_000);
/** "One clear line": a person reads it, so it is also short. */
export const MAX_ERROR_LINE = 2000;

/** `npm test` builds dist first; a bare `npx jest test/fuzz` builds the CLI here if it is missing. */
export function ensureCli(): string {
  if (!existsSync(CLI)) spawnSync(process.execPath, [join(ROOT, 'build.mjs'), '--cli'], { stdio: 'inherit' });
  return CLI;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

export class Workdir {
  readonly dir = mkdtempSync(join(tmpdir(), 'pranata-fuzz-'));
  private n = 0;
  file(bytes: Uint8Array | string, ext = '.csv'): string {
    const path = join(this.dir, `case-${++this.n}${ext}`);
    writeFileSync(path, bytes);
    return path;
  }
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** `pranata tables --input FILE --survey-year 2006 --format json`, killed after CASE_TIMEOUT_MS. */
export function runCli(input: string, extra: string[] = []): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [CLI, 'tables', '--input', input, '--survey-year', '2006', '--format', 'json', ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: readerEnv(),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CASE_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        ms: Date.now() - t0,
      });
    });
  });
}

interface JsonShape {
  rows: { read: number; valid: number; invalid: number; blank: number };
  tables: unknown[];
  issues: unknown[];
}

/** The contract; throws with the case's name and what was seen. Returns the parsed JSON on exit 0. */
export function expectClean(name: string, r: CliRun): JsonShape | null {
  const seen = `${name}: exit ${r.code} after ${r.ms} ms; stderr (${r.stderr.length} chars) ${JSON.stringify(r.stderr.slice(0, 400))}`;
  if (r.timedOut) throw new Error(`${name}: no answer within ${CASE_TIMEOUT_MS} ms (hang)`);
  if (/^\s+at /m.test(r.stderr)) throw new Error(`stack trace on stderr. ${seen}`);
  if (r.code === 2) {
    const lines = r.stderr.replace(/\n$/, '').split('\n');
    if (lines.length !== 1 || lines[0]?.trim() === '') throw new Error(`exit 2 needs exactly one line on stderr. ${seen}`);
    if ((lines[0] ?? '').length > MAX_ERROR_LINE) throw new Error(`exit 2 with a line of ${lines[0]?.length} characters: not one clear line. ${seen}`);
    if (r.stdout !== '') throw new Error(`exit 2 with output on stdout. ${seen}`);
    return null;
  }
  if (r.code !== 0) throw new Error(`exit code neither 0 nor 2. ${seen}`);
  let doc: JsonShape;
  try {
    doc = JSON.parse(r.stdout) as JsonShape;
  } catch {
    throw new Error(`exit 0 without valid JSON on stdout (${r.stdout.length} chars). ${seen}`);
  }
  const { read, valid, invalid } = doc.rows;
  if (read !== valid + invalid || doc.tables.length !== TABLE_IDS.length || !Array.isArray(doc.issues)) {
    throw new Error(`exit 0 with a malformed result: rows ${JSON.stringify(doc.rows)}, ${doc.tables.length} tables. ${seen}`);
  }
  return doc;
}
