/**
 * CSV records from streamed text, read the way Excel reads a CSV file, and never merging
 * rows without saying so:
 * - a record ends at CRLF, LF or CR, each record on its own (two exports joined, one CRLF and
 *   one LF, read whole);
 * - a cell that starts with `"` is quoted: `""` is a quote, delimiters and line breaks inside
 *   are content; a closing quote followed by more text (`"Sauyunan" RW 3`) gives that text too
 *   (`Sauyunan RW 3`, as Excel shows it), with a `stray_quote` warning;
 * - a quote anywhere else is an ordinary character;
 * - an opening quote that swallows line breaks and looks like a runaway (never closed; closed
 *   by a quote that is followed by text; or with a whole record's worth of delimiters after a
 *   line break) is read as an ordinary character instead, the cell ends at the next delimiter,
 *   and the record gets an `unclosed_quote` error: the rows after it keep their own places.
 * papaparse cannot do this (one line break per file; an unclosed quote silently takes the
 * rest of the file), hence this small reader.
 */
import type { CellProblem } from '../core';

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** A quoted cell longer than this that spans lines is a runaway whatever else it holds. */
export const RUNAWAY_CHARS = 1 << 20;

/**
 * A record's cells and the reader's problems with them; the byte reader (csv-bytes.ts) adds
 * each cell's value number in its column (0 when none), valid during the call only.
 */
export type RecordSink = (cells: string[], problems: CellProblem[] | undefined, ids?: Int32Array) => void;

const NEED_MORE = -1;

export class CsvRecords {
  private buf = '';
  private pos = 0;
  private final = false;
  /** Set by stop(): no record is read after the one being emitted. */
  private stopped = false;
  /** Widest record so far: a runaway quote swallows about this many delimiters per line. */
  private width = 0;
  private cells: string[] = [];
  private problems: CellProblem[] | undefined;
  private readonly d: number;

  constructor(delimiter: string, private readonly sink: RecordSink) {
    this.d = delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    this.buf = this.pos === 0 ? this.buf + chunk : this.buf.slice(this.pos) + chunk;
    this.pos = 0;
    this.drain();
  }

  end(): void {
    this.final = true;
    this.drain();
    this.buf = '';
    this.pos = 0;
  }

  /**
   * No more records: the sink has what it needs (the delimiter sniffer reads 20 records, and
   * without this the rest of its 64 KiB head was parsed under each of the three delimiters:
   * a third of the 307-row sample's reading time).
   */
  stop(): void {
    this.stopped = true;
  }

  private drain(): void {
    while (!this.stopped && this.pos < this.buf.length && this.record()) {
      // one record per turn
    }
  }

  /** Reads one record at `pos`; false when the buffer ends inside it (more text needed). */
  private record(): boolean {
    const buf = this.buf;
    const n = buf.length;
    this.cells = [];
    this.problems = undefined;
    let i = this.pos;
    for (;;) {
      const end = buf.charCodeAt(i) === QUOTE ? this.quoted(i) : this.plain(i);
      if (end === NEED_MORE) return false;
      // `end` is the index of the delimiter, line break or end of text after the cell.
      if (end >= n) {
        if (!this.final) return false;
        this.emit(n);
        return true;
      }
      const c = buf.charCodeAt(end);
      if (c === this.d) {
        i = end + 1;
        continue;
      }
      if (c === CR) {
        if (end + 1 >= n && !this.final) return false; // CRLF cut between two chunks
        this.emit(buf.charCodeAt(end + 1) === LF ? end + 2 : end + 1);
        return true;
      }
      this.emit(end + 1); // LF
      return true;
    }
  }

  private emit(next: number): void {
    if (this.cells.length > this.width) this.width = this.cells.length;
    this.pos = next;
    this.sink(this.cells, this.problems);
  }

  private problem(code: CellProblem['code'], value: string): void {
    (this.problems ??= []).push({ column: this.cells.length - 1, code, value });
  }

  /** An unquoted cell from `i`: up to the next delimiter or line break. */
  private plain(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    const d = this.d;
    let j = i;
    while (j < n) {
      const c = buf.charCodeAt(j);
      if (c === d || c === LF || c === CR) break;
      j++;
    }
    if (j >= n && !this.final) return NEED_MORE;
    this.cells.push(buf.slice(i, j));
    return j;
  }

  /** A cell opening with a quote at `i`. */
  private quoted(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    let k = i + 1;
    let close = -1;
    for (;;) {
      const q = buf.indexOf('"', k);
      if (q < 0 || q + 1 >= n) {
        if (!this.final) return this.runaway(i, q < 0 ? n : q, false) ? this.literal(i) : NEED_MORE;
        if (q < 0) return this.literal(i);
        close = q;
        break;
      }
      if (buf.charCodeAt(q + 1) === QUOTE) {
        k = q + 2;
        continue;
      }
      close = q;
      break;
    }
    const after = close + 1;
    const c = after < n ? buf.charCodeAt(after) : -1;
    const proper = c === -1 || c === this.d || c === CR || c === LF;
    if (this.runaway(i, close, !proper)) return this.literal(i);
    const content = buf.slice(i + 1, close);
    const text = content.includes('""') ? content.replaceAll('""', '"') : content;
    if (proper) {
      this.cells.push(text);
      return after;
    }
    // Text after the closing quote: Excel keeps it, quotes and all, up to the delimiter.
    let j = after;
    while (j < n) {
      const x = buf.charCodeAt(j);
      if (x === this.d || x === LF || x === CR) break;
      j++;
    }
    if (j >= n && !this.final) return NEED_MORE;
    const value = text + buf.slice(after, j);
    this.cells.push(value);
    this.problem('stray_quote', value);
    return j;
  }

  /**
   * Whether the quote opened at `open` is a runaway, judged on its content up to `upTo`
   * (the closing quote, or the end of the text so far): only a cell that spans a line break
   * can swallow rows. `badClose`: the closing quote is followed by more text.
   */
  private runaway(open: number, upTo: number, badClose: boolean): boolean {
    const buf = this.buf;
    const br = firstBreak(buf, open + 1, upTo);
    if (br < 0) return false;
    if (badClose || upTo - open > RUNAWAY_CHARS) return true;
    let delims = 0;
    for (let j = br; j < upTo; j++) if (buf.charCodeAt(j) === this.d) delims++;
    return runawayAt(delims, this.width);
  }

  /** The quote at `i` read as an ordinary character: the cell runs to the next delimiter or line break. */
  private literal(i: number): number {
    const end = this.plain(i);
    if (end !== NEED_MORE) this.problem('unclosed_quote', this.cells[this.cells.length - 1] ?? '');
    return end;
  }
}

function firstBreak(s: string, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const c = s.charCodeAt(j);
    if (c === LF || c === CR) return j;
  }
  return -1;
}

/** The runaway rule's last test: a quoted cell whose lines after the first hold a record's worth of delimiters (`width`: the widest record so far) ran away. */
export function runawayAt(delims: number, width: number): boolean {
  return delims >= Math.max(width - 1, 1);
}
