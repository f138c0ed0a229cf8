/**
 * Page geometry, type sizes and colours of the PDF report, in one place so that the
 * table, chart and cover modules agree. Units are PDF points (1/72 inch).
 */
import { rgb, type RGB } from 'pdf-lib';

/** A4 portrait: 210 × 297 mm. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN = 50;
/** The footer ("Halaman N dari M") sits in the bottom margin, at this baseline. */
export const FOOTER_BASELINE = 28;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

export const SIZE = {
  coverTitle: 26,
  coverSubtitle: 13,
  coverLine: 12,
  heading: 12,
  title: 11,
  /** Table text: at least 9 pt, what a printed table for an office should not go below. */
  cell: 9,
  /** Smallest size a cell may shrink to before it wraps onto a second line (none: it wraps). */
  cellMin: 9,
  source: 8,
  /** The narrative under a table. */
  body: 9.5,
  /** Chart labels, ticks and legend: at least 8 pt. */
  chart: 8,
  chartMin: 8,
  footer: 8,
} as const;

/** Line height as a multiple of the font size. */
export const LEADING = 1.2;

export const COLOR = {
  text: rgb(0, 0, 0),
  muted: rgb(0.35, 0.35, 0.35),
  rule: rgb(0.25, 0.25, 0.25),
  grid: rgb(0.85, 0.85, 0.85),
  headerFill: rgb(0.9, 0.92, 0.95),
  totalFill: rgb(0.95, 0.95, 0.95),
} as const;

/**
 * Bar colours, one per column bucket, cycling if a table has more buckets. Their grey
 * values (Rec. 601 luma) are spread from dark to light, any two at least 0.1 apart, so
 * stacked segments stay apart when the report is printed or copied in black and white
 * (test/report/theme.test.ts holds them to that).
 */
export const SERIES: readonly RGB[] = [
  rgb(0.1, 0.2, 0.4), // navy, grey 0.19
  rgb(0.95, 0.76, 0.45), // sand, grey 0.78
  rgb(0.25, 0.58, 0.5), // teal, grey 0.47
  rgb(0.9, 0.6, 0.3), // ochre, grey 0.66
  rgb(0.6, 0.22, 0.18), // brick, grey 0.33
  rgb(0.85, 0.93, 0.99), // pale blue, grey 0.91
];

export function seriesColor(index: number): RGB {
  // SERIES is non-empty, so the modulo always lands on a colour.
  return SERIES[index % SERIES.length] as RGB;
}
