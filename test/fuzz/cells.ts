/**
 * fast-check arbitraries for sheet cells: anything a spreadsheet or a form can hand to the
 * core (strings of any Unicode including lone surrogates, numbers including NaN, ±Infinity
 * and -0, booleans, Dates including invalid ones, null, undefined, very long strings),
 * mixed with plausible values so that a good share of rows is valid and the tables have
 * something to count.
 */
import fc from 'fast-check';
import { DEFAULT_CATEGORIES, FIELDS, type FieldDef, type ListId, type RawCell, type Settings } from '../../src/core';

/** Any value at all. */
export const junkCell: fc.Arbitrary<RawCell> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1e21, 2 ** 53, Number.MIN_VALUE, -1), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
  { arbitrary: fc.constant(new Date(Number.NaN)), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined, '', ' ', '\t\n', '\u00a0', '\ufeff', '\u2028'), weight: 2 },
  {
    // Very long strings (up to 200,000 UTF-16 units), built by repetition to stay cheap.
    arbitrary: fc
      .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.integer({ min: 1000, max: 200_000 }))
      .map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
    weight: 1,
  },
);

/** A label or alias of a list, sometimes in another case or with stray white space. */
function spelling(list: ListId): fc.Arbitrary<string> {
  const names = DEFAULT_CATEGORIES[list].flatMap((c) => [c.label, ...c.aliases]);
  return fc.tuple(fc.constantFrom(...names), fc.integer({ min: 0, max: 9 })).map(([s, k]) =>
    k === 0 ? s.toUpperCase() : k === 1 ? s.toLowerCase() : k === 2 ? ` ${s.replace(/ /g, '  ')}\t` : k === 3 ? s.replace('/', ' / ') : s,
  );
}

/** A whole number in [min, max] as a sheet or a file writes it; now and then just outside. */
function wholeNumber(min: number, max: number): fc.Arbitrary<RawCell> {
  const n = fc.oneof({ arbitrary: fc.integer({ min, max }), weight: 20 }, { arbitrary: fc.constantFrom(min - 1, max + 1), weight: 1 });
  return fc.oneof(
    n,
    n.map((x) => String(x)),
    n.map((x) => ` ${x}.0 `),
    n.map((x) => (x < 0 ? String(x) : String.fromCharCode(...String(x).split('').map((d) => 0xff10 + Number(d))))), // full-width digits
  );
}

/** A plausible cell for a field: what a volunteer would write, right or nearly right. */
function plausible(field: FieldDef): fc.Arbitrary<RawCell> {
  const k = field.kind;
  switch (k.type) {
    case 'text':
      return fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('Dasa Wisma Melati', 'Posyandu Mawar', ' Karang Taruna ', 'CBR-0001'));
    case 'code':
      // Right, and nearly right (a missing dot, a short last part, spaces).
      return fc.oneof(
        fc.tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1001, max: 2999 })).map(
          ([a, b, c, d]) => `${a}.${String(b).padStart(2, '0')}.${String(c).padStart(2, '0')}.${d}`,
        ),
        fc.constantFrom('32.77.01.1002', ' 32.77.01.1002 ', '32.77.011002', '32.77.01.102', '3277011002'),
      );
    case 'integer':
      return field.id === 'tahunBerdiri' ? wholeNumber(1900, 2006) : field.id === 'jumlahAnggota' ? wholeNumber(1, 120) : field.id === 'lamaKepengurusan' ? wholeNumber(0, 100) : wholeNumber(1, 999);
    case 'category':
      return spelling(k.list);
    case 'multi':
      return fc
        .tuple(fc.array(spelling(k.list), { maxLength: 3 }), fc.constantFrom('; ', ',', ';', ' , '))
        .map(([xs, sep]) => xs.join(sep));
    case 'date':
      return fc.oneof(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2010, 11, 31), noInvalidDate: true }),
        fc.constantFrom('2006-03-15', '15/03/2006', '15-03-2006', '15.03.2006', '15 Maret 2006', '31/02/2006', '2006-02-30'),
      );
  }
}

/** A cell of `field`: plausible, or anything at all with weight `junk` (against 12). */
export function cellFor(field: FieldDef, junk: number): fc.Arbitrary<RawCell> {
  return junk === 0 ? plausible(field) : fc.oneof({ arbitrary: plausible(field), weight: 12 }, { arbitrary: junkCell, weight: junk });
}

export const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    surveyYear: fc.integer({ min: 1900, max: 2100 }),
    kelurahan: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 12 })),
    ageYears: fc.integer({ min: 1, max: 60 }),
    membersSmall: fc.integer({ min: 1, max: 50 }),
    gap: fc.integer({ min: 1, max: 50 }),
  })
  .map(({ gap, ...s }) => ({ ...s, membersLarge: s.membersSmall + gap }));

/** How a column's header is written: canonical, English alias, in another case, padded. */
function headerText(f: FieldDef): fc.Arbitrary<string> {
  return fc.constantFrom(f.header, f.alias, f.header.toUpperCase(), ` ${f.header.toLowerCase()}  `);
}

export interface Sheet {
  values: RawCell[][];
  /** Number of data rows under the header (row 1). */
  dataRows: number;
}

/**
 * Sheet values: a header row naming every required column (optional ones sometimes left
 * out, columns in any order, unknown columns among them), then rows of cells. Rows may be
 * shorter or longer than the header.
 */
export const sheetArb: fc.Arbitrary<Sheet> = fc
  .tuple(
    fc.tuple(...FIELDS.map((f) => fc.tuple(fc.boolean(), headerText(f)))),
    fc.array(fc.constantFrom('Keterangan', 'No', 'Kolom Lain', ''), { maxLength: 2 }),
    fc.integer({ min: 0, max: 1_000_000 }),
  )
  .chain(([names, extra, shuffleSeed]) => {
    const cols: { field: FieldDef | null; header: string }[] = [];
    FIELDS.forEach((f, i) => {
      const [keep, header] = names[i] as [boolean, string];
      if (f.required || keep) cols.push({ field: f, header });
    });
    for (const h of extra) cols.push({ field: null, header: h });
    // A deterministic shuffle from the generated seed (fast-check then shrinks the seed).
    let s = shuffleSeed;
    for (let i = cols.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const j = s % (i + 1);
      [cols[i], cols[j]] = [cols[j] as (typeof cols)[number], cols[i] as (typeof cols)[number]];
    }
    // Rows of three kinds: tidy (plausible values only), a little junk, much junk.
    const row = fc
      .constantFrom(0, 1, 6)
      .chain((junk) => fc.tuple(...cols.map((c) => (c.field ? cellFor(c.field, junk) : junkCell)), fc.oneof({ arbitrary: fc.constant(0), weight: 6 }, { arbitrary: fc.integer({ min: -2, max: 2 }), weight: 1 })))
      .map((cells) => {
        const ragged = cells.pop() as number;
        const out = cells as RawCell[];
        if (ragged < 0) return out.slice(0, Math.max(0, out.length + ragged));
        return ragged > 0 ? [...out, ...Array.from({ length: ragged }, () => 'x')] : out;
      });
    const blank = fc.constantFrom<RawCell[]>([], cols.map(() => ''), cols.map(() => '  '), cols.map(() => null));
    return fc
      .array(fc.oneof({ arbitrary: row, weight: 9 }, { arbitrary: blank, weight: 1 }), { maxLength: 25 })
      .map((rows) => ({ values: [cols.map((c) => c.header), ...rows], dataRows: rows.length }));
  });
