/**
 * CSV records scanned from the file's bytes (UTF-8): the same reader as csv-records.ts, rule
 * for rule (CRLF/LF/CR, quoted cells, stray and runaway quotes, the record-width guess), but
 * it finds the cells in the stream's Buffers instead of in decoded text. Only the cells
 * become strings, and a short plain ASCII cell that its column has held before (a category,
 * a number, a date, a Ya/Tidak) is not decoded at all: it is looked up by its bytes and the
 * column's earlier string is handed on, so a repeated value costs a hash, not a decode and
 * an allocation, and the validator's memo (validate.ts) recognises it by identity.
 *
 * Scanning bytes is exact for UTF-8: the bytes it looks for (delimiter, `"`, CR, LF) are
 * ASCII, and no byte of a multi-byte character is below 0x80. Invalid bytes decode as
 * U+FFFD the way the stream decoder does (every ASCII byte ends an invalid sequence, so a
 * cell decoded alone decodes as it would inside the whole text). Other encodings (UTF-16,
 * Windows-1252) and non-ASCII delimiters go to the text reader (read-csv.ts).
 *
 * A column whose content its user does not read (skip(): the note fields and columns of no
 * field, for a run that keeps no records) is not decoded at all where the cell's first byte
 * shows it is not blank: it is handed on as UNREAD.
 *
 * The quote rules are csv-records.ts's; the only measure that counts characters (a runaway
 * over RUNAWAY_CHARS) decodes the cell to count them as the text reader does.
 */
import type { CellProblem } from '../core';
import { RUNAWAY_CHARS, runawayAt, type RecordSink } from './csv-records';

const QUOTE = 34;
const CR = 13;
const LF = 10;
const NEED_MORE = -1;
const EMPTY = Buffer.alloc(0);

/**
 * What a cell of an unread column (CsvBytes.skip) is handed on as when it is not blank: its
 * bytes are passed over, not decoded. Printable ASCII, so it is not blank and trims to itself.
 */
export const UNREAD = '(unread)';

/**
 * Node's Buffer has had these since its first releases (toString('latin1' | 'utf8') calls
 * them after checking its arguments); called directly they save that dispatch, which at
 * twenty million cells is a tenth of the reading time.
 */
interface Slices {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}
type Bytes = Buffer & Slices;

/**
 * Cells up to this many bytes are looked up before they are decoded: long enough for a
 * several-of answer ("Gotong Royong; Membantu Warga yang Terkena Musibah", 50 bytes, at 48
 * was decoded and looked up again in the validator's memo on most rows); a column's table
 * holds at most INTERN_LIMIT of them (1 MB).
 */
const INTERN_BYTES = 256;
/** Distinct values a column interns; past that it is free text (names, ids) and is decoded. */
const INTERN_LIMIT = 4096;
/** A column's first table; it doubles at half full, so a column of 15 kelurahan stays at 32. */
const INTERN_FIRST_SLOTS = 16;

/**
 * A column's strings by their bytes: open addressing over a hash of the bytes. The table is
 * small and flat: a slot is four integers (the hash, the value's number + 1 or 0 when empty,
 * where its bytes start in the arena, how many), so a probe reads one cache line and no
 * string; a hit is confirmed byte against byte in the arena, then its string is handed on.
 * (A table of strings, probed by reading each key's characters, was a third of the reader's
 * time at a million rows.)
 */
class Interner {
  private slots = new Int32Array(4 * INTERN_FIRST_SLOTS);
  private mask = INTERN_FIRST_SLOTS - 1;
  readonly strings: string[] = [];
  private arena = new Uint8Array(1024);
  private arenaView = new DataView(this.arena.buffer);
  private used = 0;

  get size(): number {
    return this.strings.length;
  }

  /** The value number (from 1) of the bytes at `i..j` of `buf` (hash `h`), or 0 when the column has not held them; its string is `strings[id - 1]`. */
  find(buf: DataView, i: number, j: number, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const len = j - i;
    for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
      const at = s << 2;
      const id = slots[at + 1] as number;
      if (id === 0) return 0;
      if (slots[at] === h && slots[at + 3] === len && sameBytes(this.arenaView, slots[at + 2] as number, buf, i, len)) return id;
    }
  }

  /** Adds `text`, the bytes `buf[i..j)` with hash `h`, which find() did not hold; returns its value number. */
  add(text: string, buf: Uint8Array, i: number, j: number, h: number): number {
    if (2 * (this.strings.length + 1) > this.mask + 1) this.grow();
    const len = j - i;
    if (this.used + len > this.arena.length) {
      const bigger = new Uint8Array(2 * (this.used + len));
      bigger.set(this.arena.subarray(0, this.used));
      this.arena = bigger;
      this.arenaView = new DataView(bigger.buffer);
    }
    this.arena.set(buf.subarray(i, j), this.used);
    this.strings.push(text);
    this.place(h, this.strings.length, this.used, len);
    this.used += len;
    return this.strings.length;
  }

  private place(h: number, id: number, start: number, len: number): void {
    const slots = this.slots;
    let s = (h ^ (h >>> 15)) & this.mask;
    while (slots[(s << 2) + 1] !== 0) s = (s + 1) & this.mask;
    const at = s << 2;
    slots[at] = h;
    slots[at + 1] = id;
    slots[at + 2] = start;
    slots[at + 3] = len;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    this.mask = (this.slots.length >> 2) - 1;
    for (let at = 0; at < old.length; at += 4) {
      const id = old[at + 1] as number;
      if (id !== 0) this.place(old[at] as number, id, old[at + 2] as number, old[at + 3] as number);
    }
  }
}

export class CsvBytes {
  private buf: Bytes = EMPTY as Bytes;
  private view: DataView = new DataView(EMPTY.buffer, EMPTY.byteOffset, 0);
  /** The bytes of a record cut by the end of the last chunk. */
  private carry: Buffer = EMPTY;
  private pos = 0;
  private final = false;
  private width = 0;
  private cells: string[] = [];
  /**
   * Per cell of the record, its value number in its column's table (from 1), or 0 when the cell
   * was not looked up (decoded, quoted, free text, unread): handed to the sink with the cells, so
   * the validator finds an interned value's outcome by its number (RowValidator.check). Reused
   * from record to record: valid during the sink's call only.
   */
  private ids = new Int32Array(32);
  /** Cells of the record so far. */
  private n = 0;
  private problems: CellProblem[] | undefined;
  /** Per column: its value table; null once it is free text (decoded); false when unread (skip()). */
  private readonly interners: (Interner | null | false | undefined)[] = [];

  /** Bytes at or below this may end a cell (the delimiter, CR, LF): one comparison skips the rest. */
  private readonly top: number;

  /**
   * `delimiter`: one ASCII byte. `widths`, when given, is told each runaway test that counted
   * delimiters (that count, then the widest record so far, which it was held to): the one
   * decision that depends on records before, for a reader started inside a file (halves.ts).
   */
  constructor(private readonly d: number, private readonly sink: RecordSink, private readonly widths?: number[]) {
    this.top = Math.max(d, CR);
  }

  /** Bytes of a record begun and not yet ended (cut by the last chunk's end). */
  get open(): number {
    return this.carry.length;
  }

  /**
   * Columns whose content the reader's user does not read, only whether each cell is blank
   * (SurveyBuilder.unreadColumns): from the next record on, a cell of theirs whose content
   * starts with a printable ASCII character is scanned past and handed on as UNREAD. Every
   * other cell of theirs is read as before: a blank one, one starting with white space or a
   * non-ASCII character (whether it is blank needs its characters), and one with a quote
   * problem (the problem quotes it).
   */
  skip(columns: readonly number[]): void {
    for (const c of columns) this.interners[c] = false;
  }

  /** The widest record so far, in cells. */
  get widest(): number {
    return this.width;
  }

  /**
   * Reads the chunk where it lies. Only a record cut by a chunk's end is copied: its start
   * (`carry`) and as much of the next chunk as it takes to finish it, a bridge that grows
   * fourfold until the record ends (a quoted cell may span many lines).
   */
  push(chunk: Buffer): void {
    let from = 0;
    let carry = this.carry;
    if (carry.length > 0) {
      for (let k = Math.min(chunk.length, 4096); ; k = Math.min(chunk.length, 4 * k)) {
        this.use(Buffer.concat([carry, chunk.subarray(0, k)]));
        this.pos = 0;
        this.drain();
        // A record ended in the chunk's bytes: the rest of the chunk is read where it lies.
        if (this.pos >= carry.length) break;
        if (k === chunk.length) {
          this.carry = this.buf.subarray(this.pos);
          return;
        }
        // Records that ended in the carried bytes are read: keep only what is still open.
        carry = this.buf.subarray(this.pos, carry.length);
      }
      from = this.pos - carry.length;
    }
    this.use(chunk);
    this.pos = from;
    this.drain();
    this.carry = this.buf.subarray(this.pos);
  }

  /** The bytes being read, and a view of them for the value tables' word compares. */
  private use(buf: Buffer): void {
    this.buf = buf as Bytes;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
  }

  end(): void {
    this.final = true;
    this.use(this.carry);
    this.pos = 0;
    this.drain();
    this.use(EMPTY);
    this.carry = EMPTY;
    this.pos = 0;
  }

  private drain(): void {
    while (this.pos < this.buf.length && this.record()) {
      // one record per turn
    }
  }

  private record(): boolean {
    const buf = this.buf;
    const n = buf.length;
    // Sized to the widest record so far and filled by index: no growth copy per record.
    this.cells = new Array<string>(this.width);
    this.n = 0;
    this.problems = undefined;
    let i = this.pos;
    for (;;) {
      if (this.n >= this.ids.length) this.ids = new Int32Array(2 * this.ids.length);
      this.ids[this.n] = 0;
      const end = buf[i] === QUOTE ? this.quoted(i) : this.plain(i);
      if (end === NEED_MORE) return false;
      if (end >= n) {
        if (!this.final) return false;
        this.emit(n);
        return true;
      }
      const c = buf[end];
      if (c === this.d) {
        i = end + 1;
        continue;
      }
      if (c === CR) {
        if (end + 1 >= n && !this.final) return false; // CRLF cut between two chunks
        this.emit(buf[end + 1] === LF ? end + 2 : end + 1);
        return true;
      }
      this.emit(end + 1); // LF
      return true;
    }
  }

  private emit(next: number): void {
    const n = this.n;
    if (n > this.width) this.width = n;
    if (n < this.cells.length) this.cells.length = n;
    this.pos = next;
    this.sink(this.cells, this.problems, this.ids);
  }

  private problem(code: CellProblem['code'], value: string): void {
    (this.problems ??= []).push({ column: this.n - 1, code, value });
  }

  /**
   * An unquoted cell from `i`: up to the next delimiter or line break. A cell of an unread
   * column that cannot be blank is scanned past, not decoded (skip); a short ASCII cell of a
   * column that interns is looked up by its bytes (cellHash). (Scanning four bytes at a time,
   * by word tests, was slower: most cells are a few bytes.)
   */
  private plain(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    const d = this.d;
    const top = this.top;
    const col = this.n;
    const t = this.interners[col];
    let j = i;
    let high = 0;
    while (j < n) {
      const c = buf[j] as number;
      if (c <= top && (c === d || c === LF || c === CR)) break;
      high |= c;
      j++;
    }
    if (j >= n && !this.final) return NEED_MORE;
    if (t === null || t === false) {
      // An unread column's cell is not decoded when its first character shows it is not blank;
      // a quote starts only a literal here (an unclosed quote, quoted in its problem).
      if (t === false && j > i && inked(buf[i] as number) && buf[i] !== QUOTE) this.cells[this.n++] = UNREAD;
      else this.cells[this.n++] = high < 0x80 ? buf.latin1Slice(i, j) : buf.utf8Slice(i, j);
      return j;
    }
    if (high >= 0x80) this.cells[this.n++] = buf.utf8Slice(i, j);
    else if (j === i) this.cells[this.n++] = '';
    else if (j - i > INTERN_BYTES) this.cells[this.n++] = buf.latin1Slice(i, j);
    else this.interned(t ?? (this.interners[col] = new Interner()), col, i, j, cellHash(this.view, i, j));
    return j;
  }

  /** A short plain ASCII cell: its column's earlier string when the column held these bytes before, and its value number. */
  private interned(t: Interner, col: number, i: number, j: number, h: number): void {
    const k = this.n++;
    const hit = t.find(this.view, i, j, h);
    if (hit !== 0) {
      this.cells[k] = t.strings[hit - 1] as string;
      this.ids[k] = hit;
      return;
    }
    const text = this.buf.latin1Slice(i, j);
    this.cells[k] = text;
    if (t.size >= INTERN_LIMIT) {
      // Free text: stop looking its cells up (the table stays bounded, names cost one decode).
      this.interners[col] = null;
      return;
    }
    this.ids[k] = t.add(text, this.buf, i, j, h);
  }

  private quoted(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    let k = i + 1;
    let close = -1;
    for (;;) {
      const q = buf.indexOf(QUOTE, k);
      if (q < 0 || q + 1 >= n) {
        if (!this.final) return this.runaway(i, q < 0 ? n : q, false) ? this.literal(i) : NEED_MORE;
        if (q < 0) return this.literal(i);
        close = q;
        break;
      }
      if (buf[q + 1] === QUOTE) {
        k = q + 2;
        continue;
      }
      close = q;
      break;
    }
    const after = close + 1;
    const c = after < n ? buf[after] : -1;
    const proper = c === -1 || c === this.d || c === CR || c === LF;
    if (this.runaway(i, close, !proper)) return this.literal(i);
    if (proper && close > i + 1 && this.interners[this.n] === false) {
      // An unread column's quoted cell, closed as it should be: not blank when its content
      // starts with a printable character (a `""` is one: an escaped quote).
      if (inked(buf[i + 1] as number)) {
        this.cells[this.n++] = UNREAD;
        return after;
      }
    }
    const content = buf.utf8Slice(i + 1, close);
    const text = content.includes('""') ? content.replaceAll('""', '"') : content;
    if (proper) {
      this.cells[this.n++] = text;
      return after;
    }
    let j = after;
    while (j < n) {
      const x = buf[j];
      if (x === this.d || x === LF || x === CR) break;
      j++;
    }
    if (j >= n && !this.final) return NEED_MORE;
    const value = text + buf.utf8Slice(after, j);
    this.cells[this.n++] = value;
    this.problem('stray_quote', value);
    return j;
  }

  /** csv-records.ts's runaway test on bytes; the length limit counts decoded characters, as there. */
  private runaway(open: number, upTo: number, badClose: boolean): boolean {
    const buf = this.buf;
    const br = firstBreak(buf, open + 1, upTo);
    if (br < 0) return false;
    if (badClose) return true;
    if (upTo - open > RUNAWAY_CHARS && 1 + buf.utf8Slice(open + 1, upTo).length > RUNAWAY_CHARS) return true;
    let delims = 0;
    for (let j = br; j < upTo; j++) if (buf[j] === this.d) delims++;
    this.widths?.push(delims, this.width);
    return runawayAt(delims, this.width);
  }

  private literal(i: number): number {
    const end = this.plain(i);
    if (end !== NEED_MORE) this.problem('unclosed_quote', this.cells[this.n - 1] ?? '');
    return end;
  }
}

/** A printable ASCII character other than the space: a cell starting with one is not blank (trim() keeps it). */
function inked(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}

/**
 * A value table's hash of the cell `i..j` (at least one byte): its length and three words, the
 * first four bytes, four from the middle and the last four, so every byte of a cell up to 12
 * bytes (numbers, dates, codes) counts, and a longer one (a category's label) is told from the
 * others of its column by its length and ends. A hit is confirmed byte for byte (find), so the
 * hash decides only how far a probe walks. A multiply per byte, in the scan, was a chain of
 * dependent multiplies the scan waited on: here the scan does one test a byte, and a cell three.
 */
function cellHash(v: DataView, i: number, j: number): number {
  const len = j - i;
  let h = Math.imul(0x811c9dc5 ^ len, 0x01000193);
  if (len < 4) {
    for (let k = i; k < j; k++) h = Math.imul(h ^ v.getUint8(k), 0x01000193);
    return h;
  }
  h = Math.imul(h ^ v.getInt32(i), 0x9e3779b1);
  h = Math.imul(h ^ v.getInt32(i + ((len - 4) >> 1)), 0x85ebca77);
  h = Math.imul(h ^ v.getInt32(j - 4), 0xc2b2ae3d);
  return h ^ (h >>> 16);
}

/** Four bytes a compare (TurboFan makes a DataView's getInt32 one unaligned load), then the rest. */
function sameBytes(a: DataView, at: number, b: DataView, bt: number, len: number): boolean {
  let k = 0;
  for (; k + 4 <= len; k += 4) if (a.getInt32(at + k) !== b.getInt32(bt + k)) return false;
  for (; k < len; k++) if (a.getUint8(at + k) !== b.getUint8(bt + k)) return false;
  return true;
}

function firstBreak(b: Uint8Array, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const c = b[j];
    if (c === LF || c === CR) return j;
  }
  return -1;
}
