/**
 * A cheap fingerprint of what the tables are made from: the Data sheet's cells as the core
 * reads them (trimmed text), its size, the settings and the category lists. Two 32-bit
 * string hashes (FNV-1a and a djb2 variant) side by side: enough to tell "changed" from
 * "unchanged", computed from values already read, with no extra service call.
 */
import { cellText, type Categories, type RawCell, type Settings } from '../core';

class Hash {
  private a = 0x811c9dc5;
  private b = 5381;
  add(s: string): void {
    let { a, b } = this;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b, 33) ^ c;
    }
    this.a = a;
    this.b = b;
  }
  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

export function dataFingerprint(values: readonly (readonly RawCell[])[], settings: Settings, categories: Categories): string {
  const h = new Hash();
  h.add(JSON.stringify(settings));
  h.add(JSON.stringify(categories));
  let width = 0;
  for (const row of values) {
    width = Math.max(width, row.length);
    for (const cell of row) h.add(`${cellText(cell)}\u001f`);
    h.add('\u001e');
  }
  return `${values.length}x${width}:${h.hex()}`;
}
