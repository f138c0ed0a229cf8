import { niceScale } from '../../src/cli/pdf/chart';

describe('niceScale', () => {
  it('ends the axis at the first tick at or above the largest bar', () => {
    expect(niceScale(104)).toEqual({ step: 25, max: 125 });
    expect(niceScale(91)).toEqual({ step: 20, max: 100 });
    expect(niceScale(166)).toEqual({ step: 50, max: 200 });
    expect(niceScale(307)).toEqual({ step: 100, max: 400 });
  });

  it('never steps by less than one group', () => {
    expect(niceScale(3)).toEqual({ step: 1, max: 3 });
    expect(niceScale(1)).toEqual({ step: 1, max: 1 });
  });

  it('gives an empty table a usable axis', () => {
    expect(niceScale(0)).toEqual({ step: 1, max: 1 });
  });

  it('keeps every step a whole number of groups', () => {
    for (let max = 1; max <= 2000; max += 7) {
      const scale = niceScale(max);
      expect(Number.isInteger(scale.step)).toBe(true);
      expect(scale.max).toBeGreaterThanOrEqual(max);
      expect(scale.max / scale.step).toBeLessThanOrEqual(6);
    }
  });
});
