/**
 * Likely duplicates: two rows with the same normalised name, group type and RW are probably
 * one group entered twice (two volunteers, or one volunteer twice). They are warnings: the
 * row stays in the tables, a person decides. A repeated non-empty ID is a warning too.
 *
 * Rows are remembered by a 64-bit hash of their key in an open-addressing table of typed
 * arrays, not by the key strings in a Map: a province's file of a million groups then costs
 * about 32 MB and no garbage. Two different keys share a hash with a probability of about
 * n²/2⁶⁵ (3·10⁻⁸ for a million rows); the cost of that is one spurious warning.
 */
import { normalizeLabel } from './normalize';

/** Row numbers by 64-bit key (two 32-bit halves), linear probing, grown at half load. */
class HashIndex {
  /** Slot i is (hi, lo, row, unused) at 4i: one probe reads one cache line, not three. */
  private slots: Int32Array;
  private size = 0;

  /** Room for `expected` keys before the first growth (a power of two, at most 2^22 slots). */
  constructor(expected = 0) {
    let n = 1024;
    while (n < 2 * expected && n < 1 << 22) n *= 2;
    this.slots = new Int32Array(4 * n);
  }

  /** The row stored under (h1, h2), or 0 after storing `row` there. */
  seen(h1: number, h2: number, row: number): number {
    let t = this.slots;
    if (this.size * 8 >= t.length) t = this.grow();
    const mask = (t.length >> 2) - 1;
    let i = (h1 ^ (h2 >>> 7)) & mask;
    for (;;) {
      const at = i << 2;
      const r = t[at + 2] ?? 0;
      if (r === 0) {
        t[at] = h1;
        t[at + 1] = h2;
        t[at + 2] = row;
        this.size++;
        return 0;
      }
      if (t[at] === h1 && t[at + 1] === h2) return r;
      i = (i + 1) & mask;
    }
  }

  private grow(): Int32Array {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.size = 0;
    for (let at = 0; at < old.length; at += 4) {
      const r = old[at + 2] ?? 0;
      if (r !== 0) this.seen(old[at] ?? 0, old[at + 1] ?? 0, r);
    }
    return this.slots;
  }
}

const ASCII = /^[\x20-\x7e]*$/;

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

  name(raw: string): void {
    const s = ASCII.test(raw) ? raw.trim() : normalizeLabel(raw);
    let h1 = this.h1;
    let h2 = this.h2;
    let space = false;
    let prev = -1;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c === 32 || c === 9) {
        space = true;
        continue;
      }
      if (space && c !== 47 && prev !== 47) {
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
  }
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

  /** Queues the group key of `row`; the answer comes at the next drain. */
  queueGroup(row: number, name: string, type: string, rw: number | null, tag: number): void {
    if (name === '' || type === '') return;
    const h = this.hash;
    h.start();
    h.text(type);
    h.mix(rw === null ? 0x7fffffff : rw);
    h.name(name);
    this.push(0, h.h1 | 0, h.h2 | 0, row, tag);
  }

  queueId(row: number, id: string, tag: number): void {
    if (id === '') return;
    const h = this.hash;
    h.start();
    h.text(id);
    this.push(1, h.h1 | 0, h.h2 | 0, row, tag);
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
