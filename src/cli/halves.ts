/**
 * A big CSV file read by two threads: this one reads the file up to a line break near its
 * middle, a worker thread reads the rest at the same time, and this thread then takes in what
 * the worker found, so that the result, every issue and warning in its place, is the one a
 * single reader gives. (On two cores a million rows take about half the time; issue 15.)
 *
 * What one reader decides by the rows before, and how it stays so:
 * - The worker's rows are numbered from 1 and its issues renumbered here (SurveyBuilder.takeBatch).
 * - Duplicates: the worker hashes its rows' keys but probes none; its lookups are probed here,
 *   after this part's, against the rows before them, in row order.
 * - A row that looks like a totals row is one only at the end: this part's held rows are checked
 *   as groups when the worker met a group (`grouped`), and the worker's trailing held rows are
 *   taken over (SurveyBuilder.takeHalf).
 * - The Kelurahan tally is taken over in the order first seen (a tie, and the tally's limit, fall
 *   as in one read); if the worker's own tally had to refuse a value, the rest is read here again.
 * - The split point is a line break, but it may lie inside a quoted cell: then this part's last
 *   record runs past it, and the rest is read here again. A runaway quote is judged by the
 *   widest record before it: each such decision of the worker's is checked against this part's
 *   widest record, and a different one means the rest is read here again.
 * - A file whose ID column is a survey platform's submission id (a repeat is left out of the
 *   tables), or a read that must see every record (the Rekap, a roll-up, a comparison, several
 *   files searched as one), is read by one thread.
 * - A worker that finds more than FORWARD_ISSUES issues stops (its issues would all wait here in
 *   memory until this part is read): the rest is read here.
 *
 * Reading the rest again costs time, never the result. test/cli/halves.test.ts holds the two
 * readings to one reader's output, byte for byte, on files built with each of these traps.
 */
import { availableParallelism } from 'node:os';
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MessagePort, Worker as WorkerType } from 'node:worker_threads';
import { SurveyBuilder, type Categories, type CellProblem, type ForwardBatch, type HalfResult, type HeaderMap, type Settings, type SurveyStream, type TextSlices } from '../core';
import { CsvBytes } from './csv-bytes';
import { fileChunks } from './file-chunks';
import { runawayAt } from './csv-records';
import { cacheFileOf } from './code-cache.cjs';
import { bytesBefore, csvLayout, csvReaderOf, encodingOf, head, layoutText, pushBytes, type Encoding } from './read-csv';

/** Files below this are read by one thread: starting a worker (a Node and the bundle) costs more than it saves. */
export const SPLIT_MIN_BYTES = 64 << 20;
/**
 * Where the split is sought, as a share of the file: this thread also probes the worker's
 * duplicate lookups and takes in its issues, so it reads a little less than half.
 */
const SPLIT_SHARE = 0.5;
/** How far past the split point a line break is sought. */
const SPLIT_SEEK = 1 << 20;
/** Issues a worker hands over before it stops (they wait in memory until this part is read). */
export const FORWARD_ISSUES = 50_000;
/** The worker's argument: the bundle, started as a worker, reads a part (entry.ts). */
export const HALF_ARG = '--pranata-half';

/** Where the worker reads (its workerData), and, once this part has found it, the header (a message). Plain data: structured clone. */
interface HalfPlace {
  path: string;
  start: number;
  delimiter: number;
}
interface HalfJob {
  header: HeaderMap;
  settings: Settings;
  categories: Categories;
}

/**
 * On the batches' channel, in row order. A batch's names and IDs go as bytes, moved rather than
 * copied: as a string, the 27 million characters of a million-row file's worker part were
 * copied into this thread's heap as its batches were taken in, 25-30 ms of the serial tail
 * (the NOTEXT experiment of 4 Dec 2026: three runs each), when only a duplicate's warning ever
 * reads one of them. `wide`: UTF-16LE code units, else one Latin-1 byte per character.
 */
type Batch = { kind: 'grouped' } | { kind: 'batch'; batch: ForwardBatch; text: Uint8Array; wide: boolean };

/** A batch's text as bytes of its own (an ArrayBuffer to move: not Node's shared pool). */
function textBytes(text: string): { text: Uint8Array; wide: boolean } {
  // eslint-disable-next-line no-control-regex
  const wide = /[^\u0000-\u00ff]/.test(text);
  const bytes = Buffer.allocUnsafeSlow(wide ? 2 * text.length : text.length);
  bytes.write(text, wide ? 'utf16le' : 'latin1');
  return { text: bytes, wide };
}

/** textBytes' bytes, sliced as the string they hold. */
function textOf(bytes: Uint8Array, wide: boolean): TextSlices {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { slice: (start, end) => (wide ? b.toString('utf16le', 2 * start, 2 * end) : b.toString('latin1', start, end)) };
}
/** On the worker's own channel, once. */
type Last = { kind: 'done'; half: HalfResult; widths: number[] } | { kind: 'stopped' };

/** Whether a file of `bytes` is worth two threads here: `PRANATA_THREADS=1` says no, `PRANATA_SPLIT_BYTES` moves the size (tests). */
export function splitWanted(bytes: number, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.PRANATA_THREADS === '1' || csvReaderOf(env.PRANATA_CSV_READER, bytes) !== 'bytes') return false;
  // The worker runs the bundle: from the sources (the unit tests) there is none.
  if (!__filename.endsWith('.cjs')) return false;
  const min = env.PRANATA_SPLIT_BYTES === undefined ? SPLIT_MIN_BYTES : Number(env.PRANATA_SPLIT_BYTES);
  return bytes >= min && availableParallelism() >= 2;
}

/** The first byte after the first line feed at or after `share` of the file (within SPLIT_SEEK), or -1. */
function splitPoint(path: string, size: number, share: number): number {
  const from = Math.floor(size * share);
  const buf = Buffer.allocUnsafe(Math.min(SPLIT_SEEK, size - from));
  const fd = openSync(path, 'r');
  try {
    const n = readSync(fd, buf, 0, buf.length, from);
    const lf = buf.subarray(0, n).indexOf(10);
    return lf < 0 || from + lf + 1 >= size ? -1 : from + lf + 1;
  } finally {
    closeSync(fd);
  }
}

/**
 * The worker reading the part from `start`. Its batches wait in their channel, serialized and
 * outside this thread's heap, until this part is read, and are then taken one at a time (held
 * as objects here they were garbage the collector walked all through this part, and all of
 * them at once were the run's peak of memory). Its last word, done or stopped, comes on the
 * worker's own channel, after every batch was posted: then they are all in theirs.
 */
class Half {
  private readonly worker: WorkerType;
  private readonly port: MessagePort;
  private readonly receive: typeof import('node:worker_threads').receiveMessageOnPort;
  private readonly ended: Promise<Last | null>;

  /** Started before the header is known: the worker's start-up (a Node, the bundle) overlaps this part's first chunk. */
  constructor(place: HalfPlace) {
    const { MessageChannel, Worker, receiveMessageOnPort } = require('node:worker_threads') as typeof import('node:worker_threads');
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.receive = receiveMessageOnPort;
    // The bundle from V8's code cache, as the launcher runs it (code-cache.cjs; without raising
    // the tier-up budget, which is process-wide): the worker then starts reading 110 rather than
    // 160 ms after it was made (three runs each). V8 takes the cache once the budget is its own
    // again (main.ts sets it back for a big input); without the loader, the bundle is compiled.
    const loader = join(__dirname, '..', 'src', 'cli', 'code-cache.cjs');
    const boot = existsSync(loader) ? `require(${JSON.stringify(loader)}).runBundle(${JSON.stringify(__filename)}, ${JSON.stringify(cacheFileOf(__filename))}, { tierUp: false })` : undefined;
    this.worker = new Worker(boot ?? __filename, { eval: boot !== undefined, argv: [HALF_ARG], workerData: { ...place, port: channel.port2 }, transferList: [channel.port2], stdout: true, stderr: true });
    this.ended = new Promise((resolve) => {
      this.worker.on('message', (m: Last) => resolve(m));
      // A worker that fails (it should not) costs the time of reading its part here.
      this.worker.on('error', () => resolve(null));
      this.worker.on('exit', () => resolve(null));
    });
  }

  /** What it is to check its rows by. */
  begin(job: HalfJob): void {
    this.port.postMessage(job);
  }

  /** Its last word: done (with what it counted) or stopped; null when it failed. */
  last(): Promise<Last | null> {
    return this.ended;
  }

  /** Its next batch (or its first group's notice), after last() said done; undefined after the last. */
  next(): Batch | undefined {
    return (this.receive(this.port) as { message: Batch } | undefined)?.message;
  }

  stop(): void {
    void this.worker.terminate();
  }
}

/**
 * Reads the CSV file at `path` into `stream` with a second thread when it can (see the file's
 * comment); returns undefined, having read nothing, when the file is not one it splits.
 */
export async function readCsvInHalves(path: string, stream: SurveyStream, job: { settings: Settings; categories: Categories }, env: NodeJS.ProcessEnv = process.env): Promise<{ encoding: Encoding } | undefined> {
  const size = statSync(path).size;
  const { probe } = head(path);
  if (probe.length === 0 || encodingOf(probe) !== 'utf-8') return undefined;
  const text = layoutText(probe, 'utf-8');
  const { delimiter, skip } = csvLayout(text);
  const d = delimiter.charCodeAt(0);
  const start = d < 0x80 ? splitPoint(path, size, env.PRANATA_SPLIT_SHARE === undefined ? SPLIT_SHARE : Number(env.PRANATA_SPLIT_SHARE)) : -1;
  if (start < 0) return undefined;

  let row = 0;
  let told: 'begun' | 'header' | 'submission' | undefined;
  // The worker is told the header as soon as it is found (after HEADER_SCAN_ROWS rows), not
  // after this part's first chunk: it is waiting for it to begin.
  const tell = (): void => {
    const b = stream.started;
    if (b === undefined && !stream.failed) return;
    // A repeated submission id is left out of the tables: which is first depends on every row before.
    told = b === undefined ? 'header' : b.header.submissionId ? 'submission' : 'begun';
    if (b !== undefined) records.skip(b.unreadColumns());
    if (told === 'begun') half.begin({ header: b!.header, settings: job.settings, categories: job.categories });
  };
  const records = new CsvBytes(d, (cells, problems, ids) => {
    stream.push(cells, ++row, problems, ids);
    if (told === undefined) tell();
  });
  const half = new Half({ path, start, delimiter: d });
  try {
    await pushBytes(records, fileChunks(path, 0, start), bytesBefore(probe, text, skip));
    const why = await took(half, told, stream.started, records, row);
    if (env.PRANATA_HALVES_TRACE === '1') process.stderr.write(`pranata: halves: ${why}\n`);
    if (why === 'taken') return { encoding: 'utf-8' };
  } finally {
    // Done with, or not needed, or this read failed: it must not keep the process alive.
    half.stop();
  }
  for await (const chunk of fileChunks(path, start)) records.push(chunk);
  records.end();
  return { encoding: 'utf-8' };
}

/**
 * After this part: the worker's batches and counts taken in ('taken'), or why the rest must be
 * read here again (nothing of the worker's taken, then).
 */
async function took(half: Half, told: string | undefined, b: SurveyBuilder | undefined, records: CsvBytes, rows: number): Promise<string> {
  if (told !== 'begun' || b === undefined) return told ?? 'header';
  if (records.open > 0) return 'quoted';
  const last = await half.last();
  if (last === null) return 'failed';
  if (last.kind === 'stopped') return 'issues';
  if (last.half.kelurahanRefused) return 'tally';
  if (!sameRunaways(last.widths, records.widest)) return 'runaway';
  b.settle();
  for (let m = half.next(); m !== undefined; m = half.next()) {
    if (m.kind === 'grouped') b.takeGrouped();
    else b.takeBatch({ ...m.batch, text: textOf(m.text, m.wide) }, rows);
  }
  b.takeHalf(last.half, rows);
  return 'taken';
}

/** Whether each runaway decision of the worker's (count, widest then) stands with this part's widest record before it. */
function sameRunaways(widths: readonly number[], widest: number): boolean {
  for (let k = 0; k < widths.length; k += 2) {
    const delims = widths[k] ?? 0;
    const w = widths[k + 1] ?? 0;
    if (runawayAt(delims, w) !== runawayAt(delims, Math.max(w, widest))) return false;
  }
  return true;
}

/** Thrown out of the worker's reading when it has handed over FORWARD_ISSUES issues. */
class TooManyIssues extends Error {}

/** The worker's side: reads its part, checks and counts its rows, and hands over the rest (entry.ts). */
export async function readHalf(): Promise<void> {
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const place = workerData as HalfPlace & { port: MessagePort };
  const port = place.port;
  const job = await new Promise<HalfJob>((resolve) => port.once('message', resolve));
  const post = (m: Batch, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);
  const last = (m: Last): void => parentPort!.postMessage(m);
  let handed = 0;
  const limit = process.env.PRANATA_FORWARD_ISSUES === undefined ? FORWARD_ISSUES : Number(process.env.PRANATA_FORWARD_ISSUES);
  if (process.env.PRANATA_HALVES_FAIL === '1') throw new Error('PRANATA_HALVES_FAIL');
  const builder = new SurveyBuilder(job.header, {
    settings: job.settings,
    categories: job.categories,
    forward: {
      grouped: () => post({ kind: 'grouped' }),
      batch: (batch) => {
        handed += batch.issues.length;
        if (handed > limit) throw new TooManyIssues();
        // A builder's own batch holds its text as a string (SurveyBuilder.forwardBatch).
        const { text, wide } = textBytes(batch.text as string);
        post({ kind: 'batch', batch: { ...batch, text: '' }, text, wide }, [batch.lookups.buffer as ArrayBuffer, batch.lens.buffer as ArrayBuffer, text.buffer as ArrayBuffer]);
      },
    },
  });
  const widths: number[] = [];
  let row = 0;
  const records = new CsvBytes(place.delimiter, (cells: string[], problems: CellProblem[] | undefined, ids?: Int32Array) => builder.addRow(cells, ++row, problems, ids), widths);
  records.skip(builder.unreadColumns());
  try {
    for await (const chunk of fileChunks(place.path, place.start)) records.push(chunk);
    records.end();
    const half = builder.finishHalf();
    last({ kind: 'done', half, widths });
  } catch (e) {
    if (!(e instanceof TooManyIssues)) throw e;
    last({ kind: 'stopped' });
  }
}
