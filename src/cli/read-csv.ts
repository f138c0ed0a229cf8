/**
 * CSV input, streamed: UTF-8 with or without BOM (falling back to Windows-1252, which Excel
 * writes on Indonesian Windows), comma, semicolon or tab delimited, CRLF or LF, quoted cells
 * with delimiters and newlines. papaparse does the parsing; records are numbered as a
 * spreadsheet numbers rows (a quoted cell that spans lines is still one row).
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import Papa from 'papaparse';
import type { RowSink } from './rows';

export type Encoding = 'utf-8' | 'windows-1252';

/** True when `bytes` is valid UTF-8 (a character cut at the end of the chunk is fine). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a file to strings as it streams. The encoding is chosen on the first megabyte:
 * UTF-8 if it is valid UTF-8, else Windows-1252. A later invalid byte in a UTF-8 file becomes
 * U+FFFD (the row keeps its place; the text shows the damage) rather than stopping the run.
 */
async function* decode(path: string, used: { encoding: Encoding }): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    if (decoder === undefined) {
      used.encoding = isUtf8(bytes) ? 'utf-8' : 'windows-1252';
      decoder = new TextDecoder(used.encoding);
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder?.decode() ?? '';
  if (rest !== '') yield rest;
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
  const used: { encoding: Encoding } = { encoding: 'utf-8' };
  const source = decode(path, used);
  const first = await source.next();
  if (first.done) return used;
  const { delimiter, newline } = sniff(first.value);
  async function* all(): AsyncGenerator<string> {
    yield first.value as string;
    yield* source;
  }
  let row = 0;
  await new Promise<void>((resolve, reject) => {
    const input = Readable.from(all(), { objectMode: false, encoding: 'utf8' });
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
  return used;
}
