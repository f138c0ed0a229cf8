/**
 * The Apps Script files the submit concurrency test runs, and the load it runs them under.
 *
 * - The real one is dist/Code.js, built by build.mjs from src/index.ts (built here when
 *   missing, so the test never runs a bundle of something else).
 * - The broken ones are built here with esbuild from src/addon/submit.ts, the way build.mjs
 *   builds (IIFE under `Pranata`, real top-level forwarders), with ONE module swapped by a
 *   plugin: ./lock for variants/no-lock.ts, or ./ids for variants/no-id-check.ts. Swapping a
 *   module, rather than a flag such as `PRANATA_UNSAFE_NO_LOCK` in the product, keeps the
 *   shipped code free of any switch that turns its safety off, and build.mjs untouched; the
 *   variant files are type-checked against the real modules' signatures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { FIELDS, type GroupInput } from '../../src/core';
import { AUDIT_HEADERS, SETTINGS_KEY } from '../../src/addon/constants';
import { createFakeGas, type FakeGas } from '../fake';
import type { ExecutionCall, ExecutionResult, RunReport } from './index';

const ROOT = path.join(__dirname, '..', '..');
export const DIST_CODE = path.join(ROOT, 'dist', 'Code.js');

/** The sidebar's server functions: what google.script.run may call. */
const SUBMIT_EXPORTS = ['getFormConfig', 'submitGroup', 'updateGroup', 'getRecentEntries', 'getEntry'];

/** Newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * dist/Code.js, built with `node build.mjs` first when it is missing, predates submitGroup,
 * or is older than a file under src/ (so `npx jest` alone never tests a stale bundle).
 */
export function builtBundle(): { file: string } {
  const stale =
    !existsSync(DIST_CODE) ||
    !/^function submitGroup\(/m.test(readFileSync(DIST_CODE, 'utf8')) ||
    statSync(DIST_CODE).mtimeMs < newest(path.join(ROOT, 'src'));
  if (stale) execFileSync(process.execPath, [path.join(ROOT, 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  return { file: DIST_CODE };
}

export type Variant = 'no-lock' | 'no-id-check';

const SWAPS: Record<Variant, { module: string; file: string }> = {
  'no-lock': { module: './lock', file: path.join(__dirname, 'variants', 'no-lock.ts') },
  'no-id-check': { module: './ids', file: path.join(__dirname, 'variants', 'no-id-check.ts') },
};

function swap(variant: Variant): Plugin {
  const { module, file } = SWAPS[variant];
  const filter = new RegExp(`^${module.replace(/[./]/g, '\\$&')}$`);
  return {
    name: `swap-${variant}`,
    setup(build) {
      build.onResolve({ filter }, (args) =>
        path.dirname(args.importer) === path.join(ROOT, 'src', 'addon') ? { path: file } : undefined,
      );
    },
  };
}

/** A broken bundle: the submit code with one safety module swapped out (esbuild plugins need the async API). */
export async function variantBundle(variant: Variant): Promise<{ code: string; filename: string }> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'src', 'addon', 'submit.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'Pranata',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    logLevel: 'silent',
    plugins: [swap(variant)],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild produced no bundle');
  if (!code.includes(SWAPS[variant].file.split(path.sep).pop()!.replace('.ts', ''))) {
    throw new Error(`the ${variant} swap did not apply`);
  }
  const forwarders = SUBMIT_EXPORTS.map((n) => `function ${n}(...args) {\n  return Pranata.${n}(...args);\n}`).join('\n');
  return { code: `${code}\n${forwarders}\n`, filename: `Code.${variant}.js` };
}

export const HEADERS: string[] = [...FIELDS.map((f) => f.header), ...AUDIT_HEADERS];
const ID = HEADERS.indexOf('ID');
const NAME = HEADERS.indexOf('Nama Kelompok');

/** One shared spreadsheet: a Data sheet with the canonical headers (1,000 rows, as Sheets makes it) and settings. */
export function sharedSheet(): FakeGas {
  const fake = createFakeGas({ userEmail: 'kader@example.org', sheetNames: ['Data'] });
  fake.seedSheet('Data', [HEADERS]);
  fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify({ surveyYear: 2006, kelurahan: 'Cibeureum' }));
  return fake;
}

const TYPES = ['Dasa Wisma', 'Posyandu', 'BKB', 'KUBE', 'Pengajian', 'PHBI'];

export function entryFor(id: string, n: number): GroupInput {
  return {
    namaKelompok: `Kelompok ${id}`,
    jenisKelompok: TYPES[n % TYPES.length] ?? 'BKB',
    rw: (n % 12) + 1,
    tahunBerdiri: 1950 + (n % 56),
    tujuan: 'Pengajian',
    jumlahAnggota: (n % 40) + 1,
    pendidikanPengurus: 'SMA',
    jaringanKerja: n % 3 === 0 ? 'Pemerintah' : 'Orsos',
    catatan: n % 7 === 0 ? '=HYPERLINK("x")' : '',
  };
}

export interface Load {
  calls: ExecutionCall[];
  /** Distinct client ids, each of which must end up in exactly one row. */
  ids: string[];
  /** [index of first call, index of its retry] per retried id. */
  retries: Array<[number, number]>;
}

/**
 * `volunteers` × `perVolunteer` entries; after every tenth entry the volunteer sends it again
 * (a reply lost on a slow connection), 1 to 3 calls later or right away, so some retries run
 * alongside their original and some after it. Volunteers' calls are interleaved round robin.
 */
export function submitLoad(volunteers: number, perVolunteer: number): Load {
  type Call = { id: string; n: number; retry: boolean };
  const lanes: Call[][] = [];
  let n = 0;
  for (let v = 0; v < volunteers; v++) {
    const lane: Call[] = [];
    for (let e = 0; e < perVolunteer; e++) lane.push({ id: `v${String(v).padStart(2, '0')}-e${String(e).padStart(2, '0')}`, n: n++, retry: false });
    // From the end, so earlier positions stay put: entry e's retry goes 0–2 places after it.
    for (let e = perVolunteer - 1; e >= 0; e--) {
      const original = lane[e];
      if (e % 10 === 9 && original !== undefined) lane.splice(Math.min(lane.length, e + 1 + ((v + e) % 3)), 0, { ...original, retry: true });
    }
    lanes.push(lane);
  }
  const order: Call[] = [];
  for (let i = 0; lanes.some((lane) => i < lane.length); i++) for (const lane of lanes) if (lane[i]) order.push(lane[i]!);
  const calls = order.map((c) => ({ fn: 'submitGroup', args: [entryFor(c.id, c.n), c.id] }));
  const retries: Array<[number, number]> = [];
  order.forEach((c, i) => {
    if (c.retry) retries.push([order.findIndex((o) => o.id === c.id && !o.retry), i]);
  });
  return { calls, ids: order.filter((c) => !c.retry).map((c) => c.id), retries };
}

interface Saved {
  ok: true;
  row: number;
  id: string;
  already: boolean;
}

function saved(result: ExecutionResult | undefined): Saved | null {
  if (result === undefined || !result.ok) return null;
  const v = result.value as Partial<Saved> | null;
  return v !== null && v.ok === true && typeof v.row === 'number' ? (v as Saved) : null;
}

export interface Audit {
  /** Calls that did not end in a saved entry (busy, error, an exception). */
  failed: string[];
  /** Submitted ids in no row: overwritten or never written. */
  lost: string[];
  /** Ids in more than one row. */
  doubled: string[];
  /** Rows whose cells are not all of the entry their ID names (two writes mixed in one row). */
  mixed: number[];
  /** Ids answered with a row that does not hold them. */
  misreported: string[];
  /** Retried ids where not exactly one of the two calls wrote the row. */
  retryWrites: string[];
  dataRows: number;
}

/** Everything that must hold after a run, as lists of what does not (all empty = nothing lost, nothing doubled). */
export function auditRun(fake: FakeGas, load: Load, report: RunReport): Audit {
  const values = fake.values('Data');
  const rows = values.slice(1);
  const rowsOf = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const id = String(r[ID]);
    rowsOf.set(id, [...(rowsOf.get(id) ?? []), i + 2]);
  });
  const failed: string[] = [];
  const misreported: string[] = [];
  report.results.forEach((result, i) => {
    const s = saved(result);
    const id = String(load.calls[i]?.args?.[1]);
    if (s === null) failed.push(`call ${i} (${id}): ${result.ok ? JSON.stringify(result.value) : result.error}`);
    else if (String(values[s.row - 1]?.[ID]) !== id) misreported.push(id);
  });
  const retryWrites = load.retries.flatMap(([a, b]) => {
    const writes = [saved(report.results[a]), saved(report.results[b])].filter((s) => s !== null && !s.already);
    return writes.length === 1 ? [] : [String(load.calls[a]?.args?.[1])];
  });
  return {
    failed,
    lost: load.ids.filter((id) => !rowsOf.has(id)),
    doubled: load.ids.filter((id) => (rowsOf.get(id)?.length ?? 0) > 1),
    mixed: rows.flatMap((r, i) => (r[NAME] === `Kelompok ${String(r[ID])}` ? [] : [i + 2])),
    misreported,
    retryWrites,
    dataRows: rows.length,
  };
}
