/**
 * One number formatter (core/numbers.ts) for every writer. It replaced two: the CLI's, built
 * on Intl (id-ID / en-US), and the report's by hand (Apps Script's V8 may lack id-ID locale
 * data). The properties show the hand one gives Intl's text for every number the study
 * prints, in both languages, so the CLI's output did not change when it moved over: counts
 * are whole numbers and every percent the core hands out is a whole number of hundredths
 * (crosstab.ts, base-tables.ts round in integers). Where the two part is said below.
 */
import fc from 'fast-check';
import { formatCount, formatPercent, type Lang } from '../../src/core';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };
// Exactly the options the CLI's formatter used (src/cli/numbers.ts, before this module).
const COUNT = { id: new Intl.NumberFormat(LOCALES.id, { maximumFractionDigits: 0 }), en: new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 0 }) };
const TWO = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
const PERCENT = { id: new Intl.NumberFormat(LOCALES.id, TWO), en: new Intl.NumberFormat(LOCALES.en, TWO) };
const intlCount = (n: number, lang: Lang): string => COUNT[lang].format(n);
const intlPercent = (n: number, lang: Lang): string => PERCENT[lang].format(n);

const lang = fc.constantFrom<Lang>('id', 'en');
const RUNS = { numRuns: 5000 };

describe('formatCount is Intl\'s whole-number text', () => {
  test('for every safe integer, negative too', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), lang, (n, l) => formatCount(n, l) === intlCount(n, l)), RUNS);
  });

  test('for non-integers (rounded half away from zero, as Intl rounds)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), lang, (n, l) => (n < 0 && n > -0.5) || Object.is(n, -0) || formatCount(n, l) === intlCount(n, l)),
      RUNS,
    );
  });

  test.each<[number, Lang, string]>([
    [0, 'id', '0'],
    [999, 'id', '999'],
    [1000, 'id', '1.000'],
    [1234567, 'id', '1.234.567'],
    [1234567, 'en', '1,234,567'],
    [-1234, 'id', '-1.234'],
    [2.5, 'id', '3'],
    [-2.5, 'en', '-3'],
    [1048576, 'id', '1.048.576'],
  ])('%p (%s) is %p, as Intl says', (n, l, text) => {
    expect(formatCount(n, l)).toBe(text);
    expect(intlCount(n, l)).toBe(text);
  });
});

describe('formatPercent is Intl\'s two-decimal text', () => {
  test('for every whole number of hundredths up to 100,000 (all a table can hold)', () => {
    for (const l of ['id', 'en'] as const) {
      for (let j = 0; j <= 10_000_000; j += j < 100_000 ? 1 : 97) {
        const p = j / 100;
        if (formatPercent(p, l) !== intlPercent(p, l)) expect([p, formatPercent(p, l)]).toEqual([p, intlPercent(p, l)]);
      }
    }
  });

  // A double whose shortest decimal text ends in a 5 at the thousandths (1.005, -883175819.645:
  // a seed found that one) is where the two part by design (the test below), so it is left out.
  const halfway = (n: number): boolean => /\.\d\d5$/.test(String(Math.abs(n)));
  test('for arbitrary doubles, and negatives away from zero', () => {
    const same = (n: number, l: Lang) => halfway(n) || formatPercent(n, l) === intlPercent(n, l);
    fc.assert(fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), lang, same), RUNS);
    fc.assert(fc.property(fc.double({ min: -1e9, max: -0.005, noNaN: true }), lang, same), RUNS);
    expect(halfway(-883175819.645)).toBe(true);
    expect(halfway(84.62)).toBe(false);
  });

  test.each<[number, Lang, string]>([
    [84.62, 'id', '84,62'],
    [15.38, 'en', '15.38'],
    [100, 'id', '100,00'],
    [0, 'en', '0.00'],
    [0.125, 'en', '0.13'],
    [1234.5, 'id', '1.234,50'],
    [1234.5, 'en', '1,234.50'],
  ])('%p (%s) is %p, as Intl says', (n, l, text) => {
    expect(formatPercent(n, l)).toBe(text);
    expect(intlPercent(n, l)).toBe(text);
  });

  // Where the two part, on numbers no table holds. Intl rounds a double's shortest decimal
  // text (1.005 -> 1,01) where toFixed rounds its binary value (1.00499… -> 1,00), and Intl
  // keeps the sign of a negative that rounds to zero. The core's percents are hundredths.
  test('off the hundredths: the binary value is rounded, and a zero has no sign', () => {
    expect([formatPercent(1.005, 'id'), intlPercent(1.005, 'id')]).toEqual(['1,00', '1,01']);
    expect([formatPercent(-0.001, 'id'), intlPercent(-0.001, 'id')]).toEqual(['0,00', '-0,00']);
    expect([formatCount(-0.4, 'id'), intlCount(-0.4, 'id')]).toEqual(['0', '-0']);
  });
});
