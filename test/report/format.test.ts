import { numberFormats } from '../../src/report/format';

describe('numberFormats (id)', () => {
  const fmt = numberFormats('id');

  it('prints percents with a decimal comma and two decimals', () => {
    expect(fmt.percent(84.62)).toBe('84,62');
    expect(fmt.percent(15.38)).toBe('15,38');
    expect(fmt.percent(100)).toBe('100,00');
    expect(fmt.percent(0)).toBe('0,00');
    expect(fmt.percent(5.9)).toBe('5,90');
  });

  it('groups thousands with dots', () => {
    expect(fmt.count(104)).toBe('104');
    expect(fmt.count(1234)).toBe('1.234');
    expect(fmt.count(1234567)).toBe('1.234.567');
  });

  it('writes dates as Indonesian words', () => {
    expect(fmt.date(new Date(2026, 10, 27))).toBe('27 November 2026');
    expect(fmt.date(new Date(2006, 7, 17))).toBe('17 Agustus 2006');
  });
});

describe('numberFormats (en)', () => {
  const fmt = numberFormats('en');

  it('uses the English decimal point and thousands comma', () => {
    expect(fmt.percent(84.62)).toBe('84.62');
    expect(fmt.count(1234)).toBe('1,234');
    expect(fmt.date(new Date(2026, 10, 27))).toBe('27 November 2026');
  });
});

describe('numberFormats without Intl (as Apps Script may run it)', () => {
  it('gives the same text when Intl is gone', () => {
    const saved = globalThis.Intl;
    // @ts-expect-error: simulating a runtime without Intl
    delete globalThis.Intl;
    try {
      const fmt = numberFormats('id');
      expect([fmt.count(1234567), fmt.percent(0.005), fmt.percent(1234.5), fmt.date({ year: 2006, month: 3, day: 15 })]).toEqual([
        '1.234.567', '0,01', '1.234,50', '15 Maret 2006',
      ]);
    } finally {
      globalThis.Intl = saved;
    }
  });
});
