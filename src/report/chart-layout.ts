/**
 * The geometry of a table's bar chart, before anything is drawn: its bars (label, stacked
 * counts, value label), the count scale, the width left for labels and the legend's flow.
 * Measured with the font only, so it is testable without a PDF.
 */
import type { TableModel } from '../core/model';
import type { NumberFormats } from './format';
import { tableShape } from '../core/layout';
import { cleanText, truncateText, type Measure } from './text';
import { CONTENT_WIDTH, MARGIN, SIZE } from './theme';

export const TOP_GAP = 16;
export const LEGEND_LINE = 11;
export const SWATCH = 7;
export const BAND_MAX = 15;
export const BAND_MIN = 10;
/** Share of a bar's band that the bar fills (the rest is the gap between bars). */
export const BAR_SHARE = 0.68;
/** Tick labels and the axis title under the bars. */
export const AXIS_HEIGHT = 26;
/**
 * The label column's widest: the codebook's longest bar label, "Membantu Warga yang Terkena
 * Musibah" (T8), needs about 160 pt at the chart's smallest size (at 150 it was cut short);
 * the plot keeps over half the width. Longer labels of a coordinator's own lists are shrunk, then cut.
 */
const MAX_LABEL_WIDTH = 200;
const MIN_LABEL_WIDTH = 60;

export interface Scale {
  step: number;
  max: number;
}

/** Tick steps per decade; 2.5 only where it stays a whole number of groups. */
const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * A count axis with at most about `targetTicks` intervals, at 1, 2, 2.5 or 5 × 10^n,
 * never finer than one group, ending at the first tick at or above the largest bar.
 */
export function niceScale(maxValue: number, targetTicks = 5): Scale {
  if (maxValue <= 0) return { step: 1, max: 1 };
  const raw = maxValue / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const nice = NICE_STEPS.find((s) => s * magnitude >= raw && Number.isInteger(s * magnitude)) ?? 10;
  const step = Math.max(1, nice * magnitude);
  return { step, max: Math.ceil(maxValue / step) * step };
}

export interface Bar {
  label: string;
  /** Counts per bucket, stacked left to right (one segment for one-way tables). */
  segments: number[];
  /** Printed at the bar's end: the row total, or "count (percent%)" for one-way tables. */
  value: string;
}

export interface LegendItem {
  text: string;
  /** Offset from the plot's left edge. */
  x: number;
  line: number;
}

export interface ChartLayout {
  labelWidth: number;
  plotX: number;
  plotWidth: number;
  scale: Scale;
  legend: LegendItem[];
  headerHeight: number;
}

export function chartBars(table: TableModel, fmt: NumberFormats): Bar[] {
  return table.rows.map((row) => ({
    label: cleanText(row.label),
    segments: row.counts,
    value: tableShape(table) === 'oneWay'
      ? `${fmt.count(row.counts[0] ?? 0)} (${fmt.percent(row.percents[0] ?? 0)}%)`
      : fmt.count(row.total),
  }));
}

export function layoutChart(table: TableModel, bars: Bar[], font: Measure): ChartLayout {
  const size = SIZE.chart;
  const scale = niceScale(Math.max(0, ...table.rows.map((row) => row.total)));
  const widest = Math.max(0, ...bars.map((bar) => font.widthOfTextAtSize(bar.label, size)));
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, widest + 8));
  const valueWidth = Math.max(10, ...bars.map((bar) => font.widthOfTextAtSize(bar.value, size))) + 8;
  const plotX = MARGIN + labelWidth;
  const plotWidth = CONTENT_WIDTH - labelWidth - valueWidth;
  // Legend items flow left to right over the plot, wrapping onto more lines if needed. One
  // series needs no legend: the axis title says what the bars count.
  const legend: LegendItem[] = [];
  let x = 0;
  let line = 0;
  for (const column of table.columns.length > 1 ? table.columns : []) {
    const text = truncateText(cleanText(column.label), font, size, plotWidth - SWATCH - 4);
    const itemWidth = SWATCH + 4 + font.widthOfTextAtSize(text, size) + 12;
    if (x > 0 && x + itemWidth > plotWidth) {
      x = 0;
      line += 1;
    }
    legend.push({ text, x, line });
    x += itemWidth;
  }
  const headerHeight = (line + 1) * LEGEND_LINE + 4;
  return { labelWidth, plotX, plotWidth, scale, legend, headerHeight };
}
