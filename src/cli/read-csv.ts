/**
 * CSV input, streamed: UTF-8 with or without BOM (falling back to Windows-1252, which Excel
 * writes on Indonesian Windows), comma, semicolon or tab delimited, CRLF or LF, quoted cells
 * with delimiters and newlines. papaparse does the parsing; records are numbered as a
 * spreadsheet numbers rows (a quoted cell that spans lines is still one row).
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { type Readable, Transform } from 'node:stream';
import { TextDecoder } from 'node:util';
import Papa from 'papaparse';
import type { RowSink } from './rows';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * UTF-16 when the file starts with its byte-order mark (Excel's "Unicode Text" export), else
 * UTF-8 when the first megabyte is valid UTF-8, else Windows-1252.
 */
function encodingOf(probe: Uint8Array): Encoding {
  if (probe[0] === 0xff && probe[1] === 0xfe) return 'utf-16le';
  if (probe[0] === 0xfe && probe[1] === 0xff) return 'utf-16be';
  return isUtf8(probe) ? 'utf-8' : 'windows-1252';
}

/** True when `bytes` is valid UTF-8 (a character cut at the end of the chunk is fine). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

const PROBE = 1 << 20;

/** The file's first megabyte: enough to choose the encoding, the delimiter and the line break. */
function head(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(PROBE);
    const n = readSync(fd, buf, 0, PROBE, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file as a stream of strings. The encoding is chosen on the first megabyte: UTF-8 if it
 * is valid UTF-8, else Windows-1252. UTF-8 goes through Node's own stream decoding (the fast
 * path; a later invalid byte becomes U+FFFD: the row keeps its place and shows the damage).
 */
function textStream(path: string, encoding: Encoding): Readable {
  if (encoding === 'utf-8') return createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const decoder = new TextDecoder(encoding);
  return createReadStream(path, { highWaterMark: 1 << 20 }).pipe(
    new Transform({
      decodeStrings: false,
      transform(chunk: Buffer, _enc, done) {
        done(null, decoder.decode(chunk, { stream: true }));
      },
      flush(done) {
        done(null, decoder.decode());
      },
    }),
  );
}

/** Delimiter and line break from the first line (papaparse's guess misreads short files). */
function sniff(head: string): { delimiter: string; newline: '\r\n' | '\n' | '\r' } {
  const end = head.search(/\r\n|\n|\r/);
  const line = end < 0 ? head : head.slice(0, end);
  const count = (ch: string) => line.split(ch).length - 1;
  const candidates = [',', ';', '\t'];
  let delimiter = ',';
  let best = 0;
  for (const d of candidates) if (count(d) > best) [delimiter, best] = [d, count(d)];
  const newline = end < 0 ? '\n' : head.startsWith('\r\n', end) ? '\r\n' : head[end] === '\r' ? '\r' : '\n';
  return { delimiter, newline };
}

/** Streams the records of a CSV file into `sink`, numbered from 1 like spreadsheet rows. */
export async function readCsv(path: string, sink: RowSink): Promise<{ encoding: Encoding }> {
  const probe = head(path);
  if (probe.length === 0) return { encoding: 'utf-8' };
  const encoding = encodingOf(probe);
  const { delimiter, newline } = sniff(new TextDecoder(encoding).decode(probe).replace(/^\uFEFF/, ''));
  let row = 0;
  await new Promise<void>((resolve, reject) => {
    const input = textStream(path, encoding);
    input.on('error', reject);
    Papa.parse(input as unknown as File, {
      delimiter,
      newline,
      skipEmptyLines: false,
      chunk: (res: Papa.ParseResult<string[]>) => {
        for (const rec of res.data) sink(rec, ++row);
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  return { encoding };
}
