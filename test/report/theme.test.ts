import { SERIES } from '../../src/report/theme';

/** Rec. 601 luma: roughly how a colour prints in black and white. */
const grey = (c: { red: number; green: number; blue: number }) => 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue;

describe('the chart palette', () => {
  it('keeps every two series at least 0.1 apart in grey, so a black-and-white print tells them apart', () => {
    const greys = SERIES.map((c) => grey(c as unknown as { red: number; green: number; blue: number }));
    for (let i = 0; i < greys.length; i++) {
      for (let j = i + 1; j < greys.length; j++) expect(Math.abs(greys[i]! - greys[j]!)).toBeGreaterThanOrEqual(0.1);
    }
  });

  it('starts dark: a one-series chart prints as solid bars', () => {
    expect(grey(SERIES[0] as unknown as { red: number; green: number; blue: number })).toBeLessThan(0.3);
  });
});
