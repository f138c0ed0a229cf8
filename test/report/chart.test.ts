import type { TableModel } from '../../src/core/model';
import { chartBars, layoutChart, niceScale } from '../../src/report/chart-layout';
import { numberFormats } from '../../src/report/format';
import type { Measure } from '../../src/report/text';
import { studyResult } from './study';

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

describe('chartBars and layoutChart', () => {
  const fmt = numberFormats('id');
  const mono: Measure = { widthOfTextAtSize: (text, size) => [...text].length * size * 0.5 };
  const tables = studyResult().tables;
  const table = (id: string): TableModel => {
    const found = tables.find((t) => t.id === id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };

  it('stacks the bucket counts of a two-way table and prints the row total', () => {
    const bars = chartBars(table('T3'), fmt);
    expect(bars[0]).toEqual({ label: 'Dasa Wisma', segments: [15, 78, 11], value: '104' });
    expect(bars).toHaveLength(17);
  });

  it('labels a one-way bar with its count and share', () => {
    expect(chartBars(table('T2'), fmt)[4]).toEqual({
      label: 'Integrasi Masyarakat/Kerukunan Warga',
      segments: [91],
      value: '91 (29,64%)',
    });
  });

  it('scales to the largest row and keeps labels, plot and values within the content width', () => {
    const t1 = table('T1');
    const chart = layoutChart(t1, chartBars(t1, fmt), mono);
    expect(chart.scale).toEqual({ step: 25, max: 125 });
    expect(chart.plotX).toBe(50 + chart.labelWidth);
    expect(chart.plotX + chart.plotWidth).toBeLessThan(595.28 - 50);
    expect(chart.legend.map((item) => item.text)).toEqual(['< 10 Tahun', '≥ 10 Tahun']);
    expect(chart.legend.every((item) => item.line === 0)).toBe(true);
  });

  it('wraps a legend of many buckets onto more lines, each within the plot', () => {
    const t3 = table('T3');
    const many: TableModel = {
      ...t3,
      columns: Array.from({ length: 9 }, (_, i) => ({ key: `b${i}`, label: `Kelompok ukuran ${i + 1} orang` })),
    };
    const chart = layoutChart(many, chartBars(t3, fmt), mono);
    const lines = new Set(chart.legend.map((item) => item.line));
    expect(lines.size).toBeGreaterThan(1);
    expect(chart.headerHeight).toBeGreaterThan(11 * lines.size);
    for (const item of chart.legend) {
      const width = 7 + 4 + mono.widthOfTextAtSize(item.text, 8);
      expect(item.x + width).toBeLessThanOrEqual(chart.plotWidth);
    }
  });

  it('draws no legend for a one-series chart (the axis title says what the bars count)', () => {
    const t2 = table('T2');
    const chart = layoutChart(t2, chartBars(t2, fmt), mono);
    expect(chart.legend).toEqual([]);
  });
});
