/**
 * CSV input, streamed: UTF-8 with or without BOM (falling back to Windows-1252, which Excel
 * writes on Indonesian Windows, and UTF-16 with its BOM), comma, semicolon or tab delimited
 * (or as a `sep=` first line says), CRLF, LF and CR mixed, quoted cells with delimiters and
 * newlines, quote problems reported (csv-records.ts). Records are numbered as a spreadsheet
 * numbers rows (a quoted cell that spans lines is still one row).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { REQUIRED_FIELDS, requiredHits, type CellProblem } from '../core';
import { CsvBytes } from './csv-bytes';
import { CsvRecords } from './csv-records';
import { fileChunks } from './file-chunks';
import { isUtf8Head } from './utf8-head';
import type { RowSink } from './rows';

/**
 * `bytes` (csv-bytes.ts) scans UTF-8 files' bytes; `text` (csv-records.ts) reads decoded
 * text, and reads every file the byte reader hands over (UTF-16, Windows-1252, a non-ASCII
 * `sep=` delimiter). Files of BIG_INPUT_BYTES and more are scanned as bytes, smaller ones
 * read as text. PRANATA_CSV_READER=bytes or =text picks one reader for every file: the tests
 * run both, the bench compares them.
 */
export type CsvReader = 'bytes' | 'text';

/**
 * Input of this size and more makes a big run: one long enough for V8's compiled code to pay
 * back its compiling. Below it the text reader is the faster in a fresh process: the byte
 * reader's loops run in V8's interpreter until V8 has compiled them, and its value tables are
 * still filling, while the text reader's work is in the engine's own string search and
 * decoder. Cold runs of `pranata tables`, the two readers alternating (bench files; medians of
 * 7): 3,000 rows (0.9 MB) 268 against 296 ms, 10,000 rows (3.1 MB) 461 against 499, 30,000 rows
 * (9.2 MB) 695 against 669; the 307-row sample's CPU profile 78 against 115 ms. A big run also
 * tiers up as V8 does by default (main.ts; code-cache.cjs delays it for small runs).
 */
export const BIG_INPUT_BYTES = 4 << 20;

/** The reader for a file of `bytes`: the one PRANATA_CSV_READER (`env`) names, else by its size. */
export function csvReaderOf(env: string | undefined, bytes: number): CsvReader {
  if (env === 'bytes' || env === 'text') return env;
  return bytes < BIG_INPUT_BYTES ? 'text' : 'bytes';
}

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * UTF-16 when the file starts with its byte-order mark (Excel's "Unicode Text" export), else
 * UTF-8 when the first megabyte is valid UTF-8, else Windows-1252.
 */
export function encodingOf(probe: Uint8Array): Encoding {
  if (probe[0] === 0xff && probe[1] === 0xfe) return 'utf-16le';
  if (probe[0] === 0xfe && probe[1] === 0xff) return 'utf-16be';
  return isUtf8Head(probe) ? 'utf-8' : 'windows-1252';
}

/** The file's first megabyte: enough to choose the encoding, the delimiter and the line break. */
export const PROBE = 1 << 20;

/**
 * The file's first `PROBE` bytes, and whether that is the whole file (one more byte read
 * finds its end): a small file, the common case, is then parsed from this one read instead of
 * being opened again as a stream (on the 307-row sample: 3 ms of 250 at the median of 30
 * alternating runs, 13 ms at the best).
 */
export function head(path: string): { probe: Buffer; whole: boolean; size: number } {
  const fd = openSync(path, 'r');
  try {
    // Not zeroed: only the bytes read are handed out.
    const buf = Buffer.allocUnsafe(PROBE);
    const n = readSync(fd, buf, 0, PROBE, 0);
    const whole = n < PROBE && readSync(fd, Buffer.alloc(1), 0, 1, n) === 0;
    return { probe: buf.subarray(0, n), whole, size: whole ? n : fstatSync(fd).size };
  } finally {
    closeSync(fd);
  }
}

/** Delimiters a CSV file may use, in order of preference on a tie. */
const DELIMITERS = [',', ';', '\t'] as const;

/** Excel's `sep=;` first line: it names the delimiter and is no row of the table. */
const SEP_LINE = /^sep=(.)[ \t]*(?:\r\n|\n|\r|$)/i;

/** How much of the head is parsed to choose the delimiter. */
const SNIFF_CHARS = 1 << 16;
const SNIFF_RECORDS = 20;

/**
 * The delimiter under which the head reads best: a record naming the most required columns
 * (the header row, even under a title line), then the widest record. A title line above the
 * table ("Data WKSBM Cibeureum, 2006") thus cannot decide it.
 *
 * Matching a record's cells against the headers is the costly part (a whole line read as one
 * cell under the wrong delimiter has a suffix per `/` and `-`, each normalised: 30–40 ms of
 * the 307-row sample's start), so it is skipped where it cannot change the choice: after a
 * record naming every required column no record can name more, and once a delimiter has
 * one, another delimiter wins only with a wider record, which its widths alone can rule out.
 */
function sniffDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let bestHits = -1;
  let bestWidth = -1;
  for (const d of DELIMITERS) {
    const records: string[][] = [];
    const reader = new CsvRecords(d, (cells) => {
      records.push(cells);
      if (records.length >= SNIFF_RECORDS) reader.stop();
    });
    reader.push(text.slice(0, SNIFF_CHARS));
    if (text.length <= SNIFF_CHARS) reader.end();
    const width = records.reduce((w, cells) => Math.max(w, cells.length), 0);
    if (bestHits === REQUIRED_FIELDS.length && width <= bestWidth) continue;
    let hits = 0;
    for (const cells of records) {
      if (hits === REQUIRED_FIELDS.length) break; // no record can name more
      hits = Math.max(hits, requiredHits(cells));
    }
    if (hits > bestHits || (hits === bestHits && width > bestWidth)) {
      best = d;
      bestHits = hits;
      bestWidth = width;
    }
  }
  return best;
}

/**
 * Bytes of a head that hold the SNIFF_CHARS characters csvLayout reads: a UTF-16 code unit is
 * at most 3 bytes of UTF-8 (2 of UTF-16, 1 of Windows-1252), and a character cut at the end
 * holds back 3 more. Decoding the whole megabyte of a big file's head for them cost 16 ms.
 */
const LAYOUT_BYTES = 3 * SNIFF_CHARS + 4;

/**
 * The text of a file's head (`probe`) as far as csvLayout reads it; csvLayout gives the same for
 * it as for the whole head's text. Only a `sep=` line running up to the cut could go on past it
 * (blanks after the delimiter): then the whole head is decoded.
 */
export function layoutText(probe: Uint8Array, encoding: Encoding): string {
  const decode = (bytes: Uint8Array): string => new TextDecoder(encoding).decode(bytes, { stream: true });
  if (probe.length <= LAYOUT_BYTES) return decode(probe);
  const text = decode(probe.subarray(0, LAYOUT_BYTES));
  return SEP_LINE.exec(text)?.[0].length === text.length ? decode(probe) : text;
}

/** The delimiter, and how many characters of the text's start to skip (a `sep=` line). */
export function csvLayout(text: string): { delimiter: string; skip: number } {
  const sep = SEP_LINE.exec(text);
  if (sep) return { delimiter: sep[1] ?? ',', skip: sep[0].length };
  return { delimiter: sniffDelimiter(text), skip: 0 };
}

/** Bytes before the first record of a UTF-8 file: its byte-order mark and the `skip` characters of a `sep=` line. */
export function bytesBefore(probe: Uint8Array, text: string, skip: number): number {
  const bom = probe[0] === 0xef && probe[1] === 0xbb && probe[2] === 0xbf ? 3 : 0;
  return bom + Buffer.byteLength(text.slice(0, skip), 'utf8');
}

/**
 * The columns the records' user reads only for whether each cell is blank, asked after each
 * chunk until it says (once the header is found: SurveyBuilder.unreadColumns); the byte
 * reader then passes their cells over (CsvBytes.skip). Undefined: not known yet.
 */
export type UnreadColumns = () => readonly number[] | undefined;

/** Pushes a UTF-8 file's `chunks` into `records` but for its first `skip` bytes (bytesBefore); `after` is called after each chunk. */
export async function pushBytes(records: CsvBytes, chunks: AsyncIterable<Buffer> | Iterable<Buffer>, skip: number, after?: () => void): Promise<void> {
  let toSkip = skip;
  for await (const chunk of chunks) {
    const cut = Math.min(toSkip, chunk.length);
    toSkip -= cut;
    if (cut < chunk.length) records.push(cut === 0 ? chunk : chunk.subarray(cut));
    after?.();
  }
}

/** Streams the records of a CSV file into `sink`, numbered from 1 like spreadsheet rows. */
export function readCsv(path: string, sink: RowSink, reader?: CsvReader, unread?: UnreadColumns): Promise<{ encoding: Encoding }> {
  const { probe, whole, size } = head(path);
  const chunks = whole ? () => [probe] : () => fileChunks(path);
  return readCsvChunks(probe, chunks, sink, reader ?? csvReaderOf(process.env.PRANATA_CSV_READER, size), unread);
}

/**
 * The records of a file given as its first megabyte (`probe`, or the whole file when
 * shorter) and its chunks from the start (`chunks`: the file's chunks, file-chunks.ts, or any other
 * split of the same bytes: the records are the same however they are cut).
 */
export async function readCsvChunks(
  probe: Buffer,
  chunks: () => AsyncIterable<Buffer> | Iterable<Buffer>,
  sink: RowSink,
  reader: CsvReader,
  unread?: UnreadColumns,
): Promise<{ encoding: Encoding }> {
  if (probe.length === 0) return { encoding: 'utf-8' };
  const encoding = encodingOf(probe);
  // TextDecoder drops the byte-order mark (UTF-8 and UTF-16 alike) before anything is parsed,
  // so a quoted first header reads as quoted.
  const text = layoutText(probe, encoding);
  const { delimiter, skip } = csvLayout(text);
  let row = 0;
  const emit = (cells: string[], problems: CellProblem[] | undefined, ids?: Int32Array): void => sink(cells, ++row, problems, ids);
  const d = delimiter.charCodeAt(0);
  if (reader === 'bytes' && encoding === 'utf-8' && d < 0x80) {
    const records = new CsvBytes(d, emit);
    let asking = unread;
    await pushBytes(records, chunks(), bytesBefore(probe, text, skip), () => {
      const cols = asking?.();
      if (cols !== undefined) {
        records.skip(cols);
        asking = undefined;
      }
    });
    records.end();
    return { encoding };
  }
  const records = new CsvRecords(delimiter, emit);
  const decoder = new TextDecoder(encoding);
  let toSkip = skip;
  for await (const chunk of chunks()) {
    let text = decoder.decode(chunk, { stream: true });
    if (toSkip > 0) {
      const cut = Math.min(toSkip, text.length);
      text = text.slice(cut);
      toSkip -= cut;
    }
    if (text !== '') records.push(text);
  }
  const rest = decoder.decode();
  if (rest !== '') records.push(rest);
  records.end();
  return { encoding };
}
