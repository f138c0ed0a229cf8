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
  cell: 8.5,
  /** Smallest size a label may shrink to before it wraps onto a second line. */
  cellMin: 7,
  source: 8,
  chart: 7.5,
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
 * Bar colours, one per column bucket, cycling if a table has more buckets. Picked to stay
 * distinguishable in greyscale print (alternating dark and light).
 */
export const SERIES: readonly RGB[] = [
  rgb(0.16, 0.38, 0.62),
  rgb(0.96, 0.62, 0.25),
  rgb(0.3, 0.62, 0.35),
  rgb(0.55, 0.35, 0.65),
  rgb(0.85, 0.35, 0.35),
  rgb(0.55, 0.55, 0.55),
];

export function seriesColor(index: number): RGB {
  // SERIES is non-empty, so the modulo always lands on a colour.
  return SERIES[index % SERIES.length] as RGB;
}
