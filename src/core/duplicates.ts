/**
 * Likely duplicates: two rows of one kelurahan with the same normalised name, group type and
 * RW are probably one group entered twice (two volunteers, one volunteer twice, or one export
 * read twice). They are warnings: the row stays in the tables, a person decides. A repeated
 * non-empty ID is a warning too. The kelurahan is the row's Kelurahan matched like a name
 * (case, spacing), or its Kode Wilayah when the name is blank, so "Posyandu Mawar, RW 3" of two
 * kelurahan is two groups. The name comes first, not the code as in the roll-up: rows of one
 * kelurahan are often coded only in part (the study's own sample is), and a streamed hash cannot
 * join a name to its code afterwards as the roll-up does; the price is that two kota's
 * kelurahan of one name share keys (a spurious warning, never a lost row). This is the one definition of "the same group" by its key:
 * the comparison of two rounds (rounds.ts) matches by it too.
 *
 * Several files are searched as one (DuplicateScope): a row of the second file may repeat a
 * row of the first, and the warning names that file and row; a survey platform's submission
 * already read from an earlier file is left out, as within a file.
 *
 * Rows are remembered by a 64-bit hash of their key in an open-addressing table of typed
 * arrays, not by the key strings in a Map: a province's file of a million groups then costs
 * about 32 MB and no garbage. Two different keys share a hash with a probability of about
 * n²/2⁶⁵ (3·10⁻⁸ for a million rows); the cost of that is one spurious warning.
 */
import { normalizeLabel } from './normalize';

/**
 * Row numbers by 64-bit key (two 32-bit halves), linear probing, grown at half load. The
 * probes read only the first halves, four bytes a slot (a million rows: 8 MB, near enough to
 * stay in the processor's last-level cache); the second half and the row are read only when
 * the first matches, which is a true repeat but about once in four billion probes. With the
 * slot's three numbers side by side (16 bytes a slot, 32 MB) the probes were cache misses.
 */
export class HashIndex {
  /** A slot's first half (0: empty; a key whose first half is 0 is stored as 1), second half, row. */
  private firsts: Int32Array;
  private seconds: Int32Array;
  private rows: Int32Array;
  private size = 0;

  /** Room for `expected` keys before the first growth (a power of two, at most 2^22 slots). */
  constructor(expected = 0) {
    let n = 1024;
    while (n < 2 * expected && n < 1 << 22) n *= 2;
    this.firsts = new Int32Array(n);
    this.seconds = new Int32Array(n);
    this.rows = new Int32Array(n);
  }

  /** The row stored under (h1, h2), or 0 after storing `row` there. */
  seen(h1: number, h2: number, row: number): number {
    if (this.size * 2 >= this.firsts.length) this.grow();
    const first = h1 === 0 ? 1 : h1;
    const firsts = this.firsts;
    const mask = firsts.length - 1;
    let i = (first ^ (h2 >>> 7)) & mask;
    for (;;) {
      const f = firsts[i] as number;
      if (f === 0) {
        firsts[i] = first;
        this.seconds[i] = h2;
        this.rows[i] = row;
        this.size++;
        return 0;
      }
      if (f === first && this.seconds[i] === h2) return this.rows[i] as number;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = { firsts: this.firsts, seconds: this.seconds, rows: this.rows };
    const n = 2 * old.firsts.length;
    this.firsts = new Int32Array(n);
    this.seconds = new Int32Array(n);
    this.rows = new Int32Array(n);
    const mask = n - 1;
    for (let k = 0; k < old.firsts.length; k++) {
      const f = old.firsts[k] as number;
      if (f === 0) continue;
      const h2 = old.seconds[k] as number;
      // The slot comes from the stored first half, as in seen() (a 0 stored as 1 probes as 1).
      let i = (f ^ (h2 >>> 7)) & mask;
      while (this.firsts[i] !== 0) i = (i + 1) & mask;
      this.firsts[i] = f;
      this.seconds[i] = h2;
      this.rows[i] = old.rows[k] as number;
    }
  }
}

/**
 * Two multiplicative hashes (FNV-1a, and the same with a second multiplier) over a key's parts. A name is normalised on
 * the fly like normalizeLabel (lower case, white space runs as one space, none next to `/`,
 * trimmed), which for plain ASCII saves building the normalised string. The hash lives in
 * two fields rather than a returned pair: this runs once per row.
 */
const P1 = 0x01000193; // FNV-1a's multiplier
const P2 = 0x5bd1e995; // MurmurHash2's: the halves must not share their low bits

export class KeyHasher {
  h1 = 0;
  h2 = 0;

  start(): void {
    this.h1 = 0x811c9dc5;
    this.h2 = 0x050c5d1f;
  }

  /** The last place hashed and the state after it: rows come in runs of one kelurahan. */
  private lastCode = '';
  private lastName: string | null = null;
  private placeH1 = 0;
  private placeH2 = 0;

  /** Starts a group key with its kelurahan: the name when there is one, else the code. */
  place(code: string, name: string): void {
    if (code === this.lastCode && name === this.lastName) {
      this.h1 = this.placeH1;
      this.h2 = this.placeH2;
      return;
    }
    this.start();
    if (name.trim() !== '' || code === '') {
      this.mix(2);
      this.name(name);
      this.mix(0);
    } else {
      this.mix(1);
      this.text(code);
    }
    this.lastCode = code;
    this.lastName = name;
    this.placeH1 = this.h1;
    this.placeH2 = this.h2;
  }

  mix(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, P1);
    this.h2 = Math.imul(this.h2 ^ c, P2);
  }

  // The loops below keep the state in locals (not fields): they run over every character of
  // a million rows.
  text(p: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, P1);
      h2 = Math.imul(h2 ^ c, P2);
    }
    this.h1 = Math.imul(h1 ^ 1, P1);
    this.h2 = Math.imul(h2 ^ 1, P2);
  }

  /**
   * One pass over a plain ASCII name (printable, spaces the only white space): leading and
   * trailing spaces dropped as trim() would, without the regex test and the trimmed copy; at
   * the first other character it starts again on normalizeLabel's string.
   */
  name(raw: string): void {
    if (!this.asciiName(raw)) this.normalName(normalizeLabel(raw));
  }

  /** normalizeLabel's rules on a normalised or ASCII string; false, the state untouched, at a character outside printable ASCII. */
  private asciiName(s: string): boolean {
    let h1 = this.h1;
    let h2 = this.h2;
    let space = false;
    let prev = -1;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c === 32) {
        space = true;
        continue;
      }
      if (c < 32 || c > 126) return false;
      if (space && prev !== -1 && c !== 47 && prev !== 47) {
        h1 = Math.imul(h1 ^ 32, P1);
        h2 = Math.imul(h2 ^ 32, P2);
      }
      space = false;
      if (c >= 65 && c <= 90) c += 32;
      h1 = Math.imul(h1 ^ c, P1);
      h2 = Math.imul(h2 ^ c, P2);
      prev = c;
    }
    this.h1 = h1;
    this.h2 = h2;
    return true;
  }

  /** A string normalizeLabel made, character by character (it is lower case, trimmed, one space a run). */
  private normalName(s: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, P1);
      h2 = Math.imul(h2 ^ c, P2);
    }
    this.h1 = h1;
    this.h2 = h2;
  }
}

/** What the duplicate key reads of a group (a GroupRecord is one). */
export interface GroupKeyFields {
  namaKelompok: string;
  jenisKelompok: string;
  rw: number | null;
  kelurahan: string;
  /** Well formed or ''. */
  kodeWilayah: string;
}

/** Hashes `g`'s duplicate key into `h`; false when it has none (no name or no type). `kelurahan`: the row's, when the file names it otherwise. */
function hashGroup(h: KeyHasher, g: GroupKeyFields, kelurahan: string): boolean {
  if (g.namaKelompok === '' || g.jenisKelompok === '') return false;
  h.place(g.kodeWilayah, kelurahan);
  h.text(g.jenisKelompok);
  h.mix(g.rw === null ? 0x7fffffff : g.rw);
  h.name(g.namaKelompok);
  return true;
}

const keyHasher = new KeyHasher();

/** The duplicate key of `g` as a string (its 64-bit hash), for a Map; null when it has none. */
export function groupKey(g: GroupKeyFields): string | null {
  return hashGroup(keyHasher, g, g.kelurahan) ? `${keyHasher.h1 | 0}:${keyHasher.h2 | 0}` : null;
}

/** Lookups are queued and probed this many at a time (see DuplicateFinder.drain). */
export const DUP_BATCH = 4096;

export class DuplicateFinder {
  private readonly groups: HashIndex;
  private readonly ids: HashIndex;
  /** `expected`: about how many rows will come (sizing the tables once saves rehashing them). */
  constructor(expected = 0) {
    this.groups = new HashIndex(expected);
    this.ids = new HashIndex(expected);
  }

  private readonly hash = new KeyHasher();
  /** Queued lookups: (kind 0 group / 1 id, h1, h2, row, tag) each. */
  private readonly queue = new Int32Array(5 * 2 * DUP_BATCH);
  private queued = 0;

  get pending(): number {
    return this.queued;
  }

  /** Queues the group key of `row` (`kelurahan`: its kelurahan when the file has no such column); the answer comes at the next drain. */
  queueGroup(row: number, g: GroupKeyFields, tag: number, kelurahan = g.kelurahan): void {
    const h = this.hash;
    if (hashGroup(h, g, kelurahan)) this.push(0, h.h1 | 0, h.h2 | 0, row, tag);
  }

  queueId(row: number, id: string, tag: number): void {
    if (id === '') return;
    const h = this.hash;
    h.start();
    h.text(id);
    this.push(1, h.h1 | 0, h.h2 | 0, row, tag);
  }

  /**
   * The queued lookups, taken out unprobed: (kind, h1, h2, row, tag) each, as the queue holds
   * them. A builder reading the later part of a file on another thread hands them to the
   * builder of the first part, whose tables hold the earlier rows (halves.ts).
   */
  take(): Int32Array {
    const out = this.queue.slice(0, 5 * this.queued);
    this.queued = 0;
    return out;
  }

  /** Queues lookups laid out as take() gives them, their rows moved on by `rowShift`. */
  queueTaken(q: Int32Array, rowShift: number): void {
    if (5 * this.queued + q.length > this.queue.length) throw new RangeError('DuplicateFinder: more lookups taken in than the queue holds');
    for (let at = 0; at < q.length; at += 5) this.push(q[at] ?? 0, q[at + 1] ?? 0, q[at + 2] ?? 0, (q[at + 3] ?? 0) + rowShift, q[at + 4] ?? 0);
  }

  private push(kind: number, h1: number, h2: number, row: number, tag: number): void {
    const q = this.queue;
    const at = 5 * this.queued++;
    q[at] = kind;
    q[at + 1] = h1;
    q[at + 2] = h2;
    q[at + 3] = row;
    q[at + 4] = tag;
  }

  /**
   * Probes the queued lookups in one tight loop. The tables are large and each probe lands on
   * a random page: between two rows of parsing every probe was a full cache and TLB miss; in a
   * loop doing nothing else the processor overlaps them. Calls `hit` in queue order for each
   * row whose key an earlier row had.
   */
  drain(hit: (kind: 'group' | 'id', row: number, other: number, tag: number) => void): void {
    const q = this.queue;
    const n = this.queued;
    this.queued = 0;
    for (let k = 0; k < n; k++) {
      const at = 5 * k;
      const kind = q[at] ?? 0;
      const row = q[at + 3] ?? 0;
      const other = (kind === 0 ? this.groups : this.ids).seen(q[at + 1] ?? 0, q[at + 2] ?? 0, row);
      if (other !== 0) hit(kind === 0 ? 'group' : 'id', row, other, q[at + 4] ?? 0);
    }
  }
}

/**
 * One duplicate search over several files read one after the other: each file's rows are
 * numbered on from the last file's (row + the file's offset), so one DuplicateFinder holds
 * them all and a hit's other row tells its file.
 */
export class DuplicateScope {
  readonly finder: DuplicateFinder;
  /** Survey-platform submission ids seen (SurveyBuilder's), by numbered-on row. */
  readonly submissions = new Map<string, number>();
  private readonly files: string[] = [];
  private readonly offsets: number[] = [];
  private next = 0;

  /** `expected`: about how many rows all files hold. */
  constructor(expected = 0) {
    this.finder = new DuplicateFinder(expected);
  }

  /** A file starts: the offset of its row numbers. */
  begin(file: string): number {
    this.files.push(file);
    this.offsets.push(this.next);
    return this.next;
  }

  /** The file that began last ended; `lastRow`: its highest row number. */
  end(lastRow: number): void {
    this.next = (this.offsets[this.offsets.length - 1] ?? 0) + lastRow;
  }

  /** The file and row of a numbered-on row. */
  where(n: number): { file: string; row: number } {
    let lo = 0;
    let hi = this.offsets.length - 1;
    // The last file whose offset is below n (a row number is at least 1).
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.offsets[mid] ?? 0) < n) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.files[lo] ?? '', row: n - (this.offsets[lo] ?? 0) };
  }
}
