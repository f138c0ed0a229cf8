/**
 * Two threads read one file (src/cli/halves.ts) and give what one reader gives, byte for
 * byte: the same JSON (rows, tables, every issue in its place) and the same text. Each trap
 * of the file's comment is built into a file with the split point put where it bites (the
 * split is forced on small files: PRANATA_SPLIT_BYTES=0; PRANATA_SPLIT_SHARE moves it), and
 * the trace line (PRANATA_HALVES_TRACE=1) says which way the run went: the worker's part taken
 * in, or read again here, and why. A property test then cuts generated files anywhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fuzzParams } from '../fuzz/params';
import { ROOT } from './run';

const BUNDLE = join(ROOT, 'dist', 'cli.cjs');
const SAMPLE = readFileSync(join(ROOT, 'src/cli/sample/cibeureum-2006.csv'), 'utf8');
const [HEADER = '', ...ROWS] = SAMPLE.trimEnd().split('\n');
const WIDTH = HEADER.split(',').length;

let dir = '';
beforeAll(() => {
  if (!readFileSync(BUNDLE)) throw new Error('no bundle');
  dir = mkdtempSync(join(tmpdir(), 'pranata-halves-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function tables(file: string, env: NodeJS.ProcessEnv, format = 'json'): Ran {
  const r = spawnSync(process.execPath, [BUNDLE, 'tables', '--input', file, '--survey-year', '2006', '--format', format], {
    encoding: 'utf8',
    env: { ...process.env, PRANATA_CSV_READER: 'bytes', ...env },
    timeout: 60_000,
    maxBuffer: 64 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TRACE = /^pranata: halves: (\w+)\n/m;

/**
 * Reads `text` (written as a file) by one thread and by two, split at `share` of its bytes;
 * expects the same output, exit code and messages, and returns which way the two went.
 */
function both(text: string, share = 0.5, env: NodeJS.ProcessEnv = {}, format = 'json'): string {
  const file = join(dir, 'f.csv');
  writeFileSync(file, text);
  const one = tables(file, { PRANATA_THREADS: '1' }, format);
  const two = tables(file, { PRANATA_SPLIT_BYTES: '0', PRANATA_SPLIT_SHARE: String(share), PRANATA_HALVES_TRACE: '1', ...env }, format);
  expect(one.code).toBe(0);
  expect(two.stdout).toBe(one.stdout);
  expect(two.code).toBe(one.code);
  const way = TRACE.exec(two.stderr)?.[1] ?? 'none';
  expect(two.stderr.replace(TRACE, '')).toBe(one.stderr);
  return way;
}

const csv = (rows: readonly string[], header = HEADER): string => `${[header, ...rows].join('\n')}\n`;

/** The share that puts the split right after the line ending at `text.indexOf(marker)`'s line. */
function shareAfter(text: string, marker: string): number {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker}`);
  const lf = text.indexOf('\n', at);
  // splitPoint seeks the first line feed at or after floor(size * share); ASCII text, so chars are bytes.
  return lf / Buffer.byteLength(text);
}

/** A sample row with one cell changed (0-based column). */
function withCell(row: string, col: number, value: string): string {
  const cells = parseRow(row);
  cells[col] = value;
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
}

/** The sample's rows, quoted cells and all (no cell of it spans lines). */
function parseRow(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (q) {
      if (c === '"' && row[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

const col = (name: string): number => HEADER.split(',').indexOf(name);
const NAME = col('Nama Kelompok');
const TYPE = col('Jenis Kelompok');
const KEL = col('Kelurahan');
const NOTE = col('Catatan');

/** A totals-looking row: a total's name, every category blank. */
const totalsRow = (name: string): string => {
  const cells = new Array<string>(WIDTH).fill('');
  cells[NAME] = name;
  cells[col('Jumlah Anggota')] = '4000';
  return cells.join(',');
};

describe('two threads read a file as one does', () => {
  test('the sample, split in the middle: the worker part is taken in', () => {
    expect(both(SAMPLE)).toBe('taken');
    // Text, XLSX and PDF carry the register's lists, which need every record in order: one thread.
    expect(both(SAMPLE, 0.5, {}, 'text')).toBe('none');
  });

  test('rows of the second half repeating the first: every warning names the first half row', () => {
    const text = csv([...ROWS, ...ROWS]);
    expect(both(text)).toBe('taken');
    const two = JSON.parse(tables(join(dir, 'f.csv'), { PRANATA_SPLIT_BYTES: '0' }).stdout) as { issues: { code: string; row: number; message: string }[] };
    const dups = two.issues.filter((i) => i.code === 'duplicate_group');
    expect(dups.length).toBeGreaterThan(250);
    // Row r of the second copy repeats row r - 307 of the first.
    expect(dups.every((i) => i.message.includes(`dari baris ${i.row - ROWS.length}:`))).toBe(true);
  });

  test('a repeat within the second half of a group of the first names the first row, not the second half first', () => {
    const r = ROWS[10]!;
    const text = csv([...ROWS.slice(0, 100), ...ROWS.slice(100), r, r, ` ${withCell(r, NAME, parseRow(r)[NAME]!.toUpperCase())}`]);
    expect(both(text, 0.6)).toBe('taken');
  });

  test('a totals-looking row at the end of the first half is a group when groups follow (and its issues keep their place)', () => {
    const text = csv([...ROWS.slice(0, 150), totalsRow('Jumlah'), ...ROWS.slice(150)]);
    expect(both(text, shareAfter(text, 'Jumlah,'))).toBe('taken');
    const out = JSON.parse(tables(join(dir, 'f.csv'), { PRANATA_THREADS: '1' }).stdout) as { issues: { row: number; code: string }[] };
    expect(out.issues.some((i) => i.row === 152)).toBe(true);
    expect(out.issues.some((i) => i.code === 'totals_row')).toBe(false);
  });

  test('totals-looking rows on both sides of the split, then only totals: all of them totals rows', () => {
    const text = csv([...ROWS.slice(0, 150), totalsRow('Jumlah'), totalsRow('Total'), totalsRow('Jumlah Total')]);
    expect(both(text, shareAfter(text, 'Jumlah,'))).toBe('taken');
    const out = JSON.parse(tables(join(dir, 'f.csv'), { PRANATA_THREADS: '1' }).stdout) as { rows: { totals?: number } };
    expect(out.rows.totals).toBe(3);
  });

  test('held rows in the second half before its first group, after held rows of the first', () => {
    const text = csv([...ROWS.slice(0, 150), totalsRow('Jumlah'), totalsRow('Total'), ...ROWS.slice(150)]);
    expect(both(text, shareAfter(text, 'Jumlah,'))).toBe('taken');
  });

  test('a split inside a quoted cell that spans lines: the rest is read again', () => {
    const spanning = withCell(ROWS[150]!, NOTE, 'baris satu\nbaris dua');
    const text = csv([...ROWS.slice(0, 150), spanning, ...ROWS.slice(151)]);
    expect(both(text, text.indexOf('baris satu') / text.length)).toBe('quoted');
  });

  test('a runaway quote judged by a wider record of the first half: the rest is read again', () => {
    // 25 delimiters after the line break: a runaway for a reader whose widest record is the
    // header (21 cells), not for one that met a 40-cell record before it.
    const wide = `${ROWS[5]!}${','.repeat(40 - WIDTH)}`;
    const quote = withCell(ROWS[200]!, NOTE, `x\n${','.repeat(25)}y`);
    const text = csv([...ROWS.slice(0, 20), wide, ...ROWS.slice(20, 200), quote, ...ROWS.slice(200)]);
    expect(both(text)).toBe('runaway');
    // Without the wide record both readers decide alike: nothing to read again.
    const level = csv([...ROWS.slice(0, 200), quote, ...ROWS.slice(200)]);
    expect(both(level)).toBe('taken');
  });

  test('Kelurahan values taken over in the order first seen: a tie of two spellings falls as in one read', () => {
    const spelt = (v: string, n: number, from: number): string[] => Array.from({ length: n }, (_, i) => withCell(ROWS[from + i]!, KEL, v));
    // 60 each: the spelling first seen in the file wins, though the worker met the other first.
    const text = csv([...spelt('MELONG', 10, 0), ...spelt('Melong', 50, 10), ...spelt('Melong', 10, 60), ...spelt('MELONG', 50, 70)]);
    expect(both(text, shareAfter(text, ROWS[59]!.slice(0, 30)))).toBe('taken');
    expect(JSON.parse(tables(join(dir, 'f.csv'), { PRANATA_SPLIT_BYTES: '0' }).stdout).kelurahan).toBe('MELONG');
    // Spellings the first half never had: their order is the worker's.
    const fresh = csv([...spelt('', 150, 0), ...spelt('UTAMA', 30, 150), ...spelt('Utama', 30, 180)]);
    expect(both(fresh)).toBe('taken');
    expect(JSON.parse(tables(join(dir, 'f.csv'), { PRANATA_SPLIT_BYTES: '0' }).stdout).kelurahan).toBe('UTAMA');
    // 1,100 kelurahan in the second half alone: the worker's tally refused some, the rest is read again.
    const named = (n: number, from: number): string[] => Array.from({ length: n }, (_, i) => withCell(ROWS[i % ROWS.length]!, KEL, `Kel ${from + i}`));
    expect(both(csv([...named(10, 0), ...named(1100, 10)]), 0.02)).toBe('tally');
  });

  test('names and IDs beyond Latin-1 and within it, repeated in the worker part: the warnings quote them as one reader does', () => {
    const ID = col('ID');
    const named = ROWS.slice(0, 120).map((r, i) => withCell(withCell(r, NAME, i % 3 === 0 ? `Posyandu Caf\u00e9 ${i}` : i % 3 === 1 ? `Majelis \u0628\u0633\u0645 \u2605 ${i} \ud83d\ude00` : `Kelompok ${i}`), ID, i % 2 === 0 ? `W-\u20ac${i}` : `W-${i}`));
    // Rows 221-300 repeat rows 41-120 in the worker part. Its batches: some all Latin-1, some wide (one such name is enough), repeats of both.
    const text = csv([...named, ...named.slice(0, 40), ...ROWS.slice(200, 260), ...named.slice(40, 120)]);
    expect(both(text, 0.45)).toBe('taken');
    const two = JSON.parse(tables(join(dir, 'f.csv'), { PRANATA_SPLIT_BYTES: '0', PRANATA_SPLIT_SHARE: '0.45' }).stdout) as { issues: { code: string; value: string }[] };
    const quoted = two.issues.filter((i) => i.code === 'duplicate_group' || i.code === 'duplicate_id').map((i) => i.value);
    expect(quoted).toContain('Posyandu Caf\u00e9 42');
    expect(quoted).toContain('Majelis \u0628\u0633\u0645 \u2605 43 \ud83d\ude00');
    expect(quoted).toContain('W-\u20ac44');
  });

  test('a worker with too many issues stops; a failing worker; a survey platform export: read by one thread', () => {
    const bad = ROWS.map((r, i) => (i % 3 === 0 ? withCell(r, TYPE, 'Bukan Jenis') : r));
    expect(both(csv(bad), 0.5, { PRANATA_FORWARD_ISSUES: '5' })).toBe('issues');
    expect(both(csv(bad))).toBe('taken');
    expect(both(SAMPLE, 0.5, { PRANATA_HALVES_FAIL: '1' })).toBe('failed');
    expect(both(csv(ROWS, HEADER.replace(/^ID,/, '_uuid,')))).toBe('submission');
  });

  test('files cut anywhere: duplicates, blanks, errors, totals-looking rows, quoted line breaks, wide rows, CRLF', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('row'), i: fc.nat(ROWS.length - 1) }),
      fc.record({ k: fc.constant('repeat'), i: fc.nat(400) }),
      fc.record({ k: fc.constant('blank') }),
      fc.record({ k: fc.constant('bad'), i: fc.nat(ROWS.length - 1), c: fc.integer({ min: 1, max: WIDTH - 1 }), v: fc.constantFrom('x', '', '1990an', '0', 'Bukan Jenis', '31/02/2006') }),
      fc.record({ k: fc.constant('totals'), v: fc.constantFrom('Jumlah', 'Total', 'TOTAL :') }),
      fc.record({ k: fc.constant('spans'), i: fc.nat(ROWS.length - 1), n: fc.nat(30) }),
      fc.record({ k: fc.constant('wide'), i: fc.nat(ROWS.length - 1), n: fc.integer({ min: 1, max: 25 }) }),
      fc.record({ k: fc.constant('place'), i: fc.nat(ROWS.length - 1), v: fc.constantFrom('Melong', 'melong ', 'Utama', '') }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 20, maxLength: 120 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.boolean(), (ops, share, crlf) => {
        const rows: string[] = [];
        for (const o of ops) {
          const base = ROWS[('i' in o ? o.i : 0) % ROWS.length]!;
          if (o.k === 'row') rows.push(base);
          else if (o.k === 'repeat') rows.push(rows.length > 0 ? rows[o.i % rows.length]! : base);
          else if (o.k === 'blank') rows.push(','.repeat(WIDTH - 1));
          else if (o.k === 'bad') rows.push(withCell(base, o.c, o.v));
          else if (o.k === 'totals') rows.push(totalsRow(o.v));
          else if (o.k === 'spans') rows.push(withCell(base, NOTE, `a\n${','.repeat(o.n)}b`));
          else if (o.k === 'wide') rows.push(`${base}${','.repeat(o.n)}`);
          else rows.push(withCell(base, KEL, o.v));
        }
        const text = csv(rows);
        both(crlf ? text.replace(/\n/g, '\r\n') : text, share);
      }),
      fuzzParams(20),
    );
  }, 240_000);
});
