/**
 * The fast paths proven equal to the plain rules (issue 13, part 3):
 * - the row validator (memoised outcomes, a direct-mapped cache, free text trimmed in place,
 *   blanks short-cut) decides every row exactly as the plain zod record schema does, and by
 *   the byte reader's value numbers as by the cells;
 * - the duplicate hasher's on-the-fly name normalisation hashes exactly `normalizeLabel`'s text.
 */
import fc from 'fast-check';
import { cloneCategories, FIELDS, groupSchema, locateHeader, normalizeLabel, problemsOf, RowValidator, schemaContext, type RawCell } from '../../src/core';
import { KeyHasher } from '../../src/core/duplicates';
import { settingsArb, sheetArb } from './cells';
import { fuzzParams } from './params';

describe('fast paths = plain rules', () => {
  test('RowValidator.check gives the zod schema\'s outcome on every row (memo and caches warm across rows)', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(sheetArb, settingsArb, (sheet, settings) => {
        const header = locateHeader(sheet.values);
        if (!header.ok) throw new Error(`fatal ${header.error.code}`);
        const ctx = schemaContext(cloneCategories(), settings);
        const validator = new RowValidator(header.value, ctx);
        const schema = groupSchema(ctx);
        // Every row twice: the second pass runs on the memo and the direct-mapped cache.
        const rows = sheet.values.slice(1);
        for (const cells of [...rows, ...rows]) {
          const fast = validator.check(cells, 2);
          const input = Object.fromEntries(FIELDS.map((f) => [f.id, header.value.index[f.id] === undefined ? undefined : (cells[header.value.index[f.id]!] as RawCell)]));
          const plain = schema.safeParse(input);
          if (plain.success) {
            expect(fast.issues).toEqual([]);
            expect(fast.record).toEqual(plain.data);
            seen.valid++;
          } else {
            expect(fast.record).toBeNull();
            expect(fast.issues.map((i) => ({ field: i.field, code: i.code, params: i.params }))).toEqual(problemsOf(plain.error));
            seen.invalid++;
          }
        }
      }),
      fuzzParams(200),
    );
    expect(seen.valid).toBeGreaterThan(50);
    expect(seen.invalid).toBeGreaterThan(50);
  });

  test("RowValidator.check by the byte reader's value numbers decides as by the cells; another reader's numbers start afresh", () => {
    let numberedCells = 0;
    fc.assert(
      fc.property(sheetArb, settingsArb, (sheet, settings) => {
        const header = locateHeader(sheet.values);
        if (!header.ok) throw new Error(`fatal ${header.error.code}`);
        const ctx = schemaContext(cloneCategories(), settings);
        const byCells = new RowValidator(header.value, ctx);
        const byNumbers = new RowValidator(header.value, ctx);
        const rows = sheet.values.slice(1);
        const width = Math.max(1, ...rows.map((r) => r.length)) + 2;
        // Two readers number each column's strings as they first meet them, one from the top and
        // one from the bottom, so a number stands for different strings in each; an odd-length
        // string goes unnumbered (a decoded cell), and a number past the row's end is left over
        // from a wider row (the reader reuses its array).
        const numbering = (order: RawCell[][]): Map<string, number>[] => {
          const cols = Array.from({ length: width }, () => new Map<string, number>());
          for (const r of order) r.forEach((c, i) => {
            const m = cols[i] as Map<string, number>;
            if (typeof c === 'string' && c.length % 2 === 0 && !m.has(c)) m.set(c, m.size + 1);
          });
          return cols;
        };
        for (const cols of [numbering(rows), numbering([...rows].reverse())]) {
          const ids = new Int32Array(width).fill(1);
          for (const cells of [...rows, ...rows]) {
            cells.forEach((c, i) => {
              ids[i] = typeof c === 'string' ? (cols[i]?.get(c) ?? 0) : 0;
              if (ids[i] !== 0) numberedCells++;
            });
            expect(byNumbers.check(cells, 2, ids)).toEqual(byCells.check(cells, 2));
          }
        }
      }),
      fuzzParams(200),
    );
    expect(numberedCells).toBeGreaterThan(1000);
  });

  test('KeyHasher.name(raw) hashes exactly normalizeLabel(raw)', () => {
    const part = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(' ', '  ', '\t', '/', ' / ', 'A', 'Posyandu', 'KARANG', '\u00a0', '\u3000', 'Ｐｏｓ', 'ß', 'İ', '\u2028'),
    );
    const name = fc.array(part, { maxLength: 8 }).map((xs) => xs.join(''));
    const h = new KeyHasher();
    fc.assert(
      fc.property(name, (raw) => {
        h.start();
        h.name(raw);
        const fast = [h.h1, h.h2];
        h.start();
        for (const ch of normalizeLabel(raw)) for (let i = 0; i < ch.length; i++) h.mix(ch.charCodeAt(i));
        expect(fast).toEqual([h.h1, h.h2]);
      }),
      fuzzParams(3000),
    );
  });
});
