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
  private hi = new Int32Array(1024);
  private lo = new Int32Array(1024);
  private rows = new Int32Array(1024); // 0 = empty slot (rows are >= 1)
  private size = 0;

  /** The row stored under (h1, h2), or 0 after storing `row` there. */
  seen(h1: number, h2: number, row: number): number {
    if (this.size * 2 >= this.rows.length) this.grow();
    const mask = this.rows.length - 1;
    let i = (h1 ^ (h2 >>> 7)) & mask;
    for (;;) {
      const r = this.rows[i] ?? 0;
      if (r === 0) {
        this.hi[i] = h1;
        this.lo[i] = h2;
        this.rows[i] = row;
        this.size++;
        return 0;
      }
      if (this.hi[i] === h1 && this.lo[i] === h2) return r;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    this.hi = new Int32Array(rows.length * 2);
    this.lo = new Int32Array(rows.length * 2);
    this.rows = new Int32Array(rows.length * 2);
    this.size = 0;
    for (let i = 0; i < rows.length; i++) if ((rows[i] ?? 0) !== 0) this.seen(hi[i] ?? 0, lo[i] ?? 0, rows[i] ?? 0);
  }
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * FNV-1a, twice with different offsets (h1, h2), over a key's parts. A name is normalised on
 * the fly like normalizeLabel (lower case, white space runs as one space, none next to `/`,
 * trimmed), which for plain ASCII saves building the normalised string. The hash lives in
 * two fields rather than a returned pair: this runs once per row.
 */
class KeyHasher {
  h1 = 0;
  h2 = 0;

  start(): void {
    this.h1 = 0x811c9dc5;
    this.h2 = 0x050c5d1f;
  }

  mix(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 0x01000193);
    this.h2 = Math.imul(this.h2 ^ c, 0x01000193);
  }

  text(p: string): void {
    for (let i = 0; i < p.length; i++) this.mix(p.charCodeAt(i));
    this.mix(1);
  }

  name(raw: string): void {
    const s = ASCII.test(raw) ? raw.trim() : normalizeLabel(raw);
    let space = false;
    let prev = -1;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c === 32 || c === 9) {
        space = true;
        continue;
      }
      if (space && c !== 47 && prev !== 47) this.mix(32);
      space = false;
      if (c >= 65 && c <= 90) c += 32;
      this.mix(c);
      prev = c;
    }
  }
}

export class DuplicateFinder {
  private readonly groups = new HashIndex();
  private readonly ids = new HashIndex();
  private readonly hash = new KeyHasher();

  /** Returns the earlier row with the same group key, if any; remembers this row otherwise. */
  group(row: number, name: string, type: string, rw: number | null): number | undefined {
    if (name === '' || type === '') return undefined;
    const h = this.hash;
    h.start();
    h.text(type);
    h.mix(rw === null ? 0x7fffffff : rw);
    h.name(name);
    return this.groups.seen(h.h1 | 0, h.h2 | 0, row) || undefined;
  }

  id(row: number, id: string): number | undefined {
    if (id === '') return undefined;
    const h = this.hash;
    h.start();
    h.text(id); // IDs compare exactly
    return this.ids.seen(h.h1 | 0, h.h2 | 0, row) || undefined;
  }
}
