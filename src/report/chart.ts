/**
 * A horizontal bar chart of one table, drawn as vector rectangles under it: one bar per
 * category, its length the count of groups. Two-way tables stack the buckets in one bar
 * (so both the size of a type and its split show); one-way tables have simple bars.
 * Legend above, count axis with ticks and a title below, the row header over the labels.
 * A chart that does not fit under its table moves to the next page (under the table's
 * title, via onNewPage); one longer than a page continues there with the same scale.
 */
import type { PDFFont } from 'pdf-lib';
import type { TableModel } from '../core/model';
import {
  AXIS_HEIGHT,
  BAND_MAX,
  BAND_MIN,
  BAR_SHARE,
  LEGEND_LINE,
  SWATCH,
  TOP_GAP,
  chartBars,
  layoutChart,
  type Bar,
  type ChartLayout,
} from './chart-layout';
import { drawLine } from './draw';
import type { ReportFonts } from './fonts';
import type { PageFlow } from './flow';
import type { NumberFormats } from './format';
import type { ReportLabels } from './labels';
import { fitText } from './text';
import { COLOR, CONTENT_WIDTH, MARGIN, SIZE, seriesColor } from './theme';

function drawHeaderLine(flow: PageFlow, table: TableModel, chart: ChartLayout, font: ReportFonts, top: number): void {
  const size = SIZE.chart;
  const baseline = top - LEGEND_LINE + 2.5;
  // The axis title has the line to itself up to the legend (one series: none): short labels
  // make a narrow label column, which cut "Syarat Keanggotaan" to "Syarat Kea…".
  const legendAt = chart.legend.filter((item) => item.line === 0).reduce((x, item) => Math.min(x, item.x), Number.POSITIVE_INFINITY);
  const rowHeader = fitText(table.rowHeader, font.bold, {
    size,
    minSize: SIZE.chartMin,
    maxWidth: Number.isFinite(legendAt) ? chart.labelWidth + legendAt - 6 : CONTENT_WIDTH,
    maxLines: 1,
    prefer: 'shrink',
  });
  drawLine(flow.page, rowHeader.lines[0] ?? '', font.bold, rowHeader.size, MARGIN, baseline);
  chart.legend.forEach((item, i) => {
    const x = chart.plotX + item.x;
    const y = baseline - item.line * LEGEND_LINE;
    flow.page.drawRectangle({ x, y: y - 0.5, width: SWATCH, height: SWATCH, color: seriesColor(i) });
    drawLine(flow.page, item.text, font.regular, size, x + SWATCH + 4, y);
  });
}

function drawBars(
  flow: PageFlow,
  bars: Bar[],
  chart: ChartLayout,
  font: PDFFont,
  barsTop: number,
  band: number,
): void {
  const { plotX, plotWidth, scale } = chart;
  const perUnit = plotWidth / scale.max;
  const barsBottom = barsTop - bars.length * band;
  // Grid lines first, so bars lie on top of them.
  for (let tick = 0; tick <= scale.max; tick += scale.step) {
    const x = plotX + tick * perUnit;
    flow.page.drawLine({
      start: { x, y: barsTop },
      end: { x, y: barsBottom },
      thickness: tick === 0 ? 0.8 : 0.4,
      color: tick === 0 ? COLOR.rule : COLOR.grid,
    });
  }
  bars.forEach((bar, j) => {
    const centre = barsTop - (j + 0.5) * band;
    const barHeight = band * BAR_SHARE;
    const labelSize = fitText(bar.label, font, {
      size: SIZE.chart,
      minSize: SIZE.chartMin,
      maxWidth: chart.labelWidth - 6,
      maxLines: 1,
      prefer: 'shrink',
    });
    drawLine(flow.page, labelSize.lines[0] ?? '', font, labelSize.size, plotX - 4, centre - labelSize.size * 0.34, 'right');
    let x = plotX;
    bar.segments.forEach((count, i) => {
      if (count <= 0) return;
      const width = count * perUnit;
      flow.page.drawRectangle({ x, y: centre - barHeight / 2, width, height: barHeight, color: seriesColor(i) });
      x += width;
    });
    drawLine(flow.page, bar.value, font, SIZE.chart, x + 3, centre - SIZE.chart * 0.34, 'left', COLOR.muted);
  });
}

function drawAxis(
  flow: PageFlow,
  chart: ChartLayout,
  font: PDFFont,
  fmt: NumberFormats,
  labels: ReportLabels,
  barsBottom: number,
): void {
  const { plotX, plotWidth, scale } = chart;
  const perUnit = plotWidth / scale.max;
  for (let tick = 0; tick <= scale.max; tick += scale.step) {
    drawLine(flow.page, fmt.count(tick), font, SIZE.chart, plotX + tick * perUnit, barsBottom - 9, 'center', COLOR.muted);
  }
  drawLine(flow.page, labels.axisGroups, font, SIZE.chart, plotX + plotWidth / 2, barsBottom - AXIS_HEIGHT + 4, 'center');
}

/** Draws the chart of a table at the flow's cursor (or on the next page). */
export function drawChart(
  flow: PageFlow,
  table: TableModel,
  fonts: ReportFonts,
  fmt: NumberFormats,
  labels: ReportLabels,
  onNewPage: (flow: PageFlow) => void,
): void {
  const bars = chartBars(table, fmt);
  if (bars.length === 0) return;
  const chart = layoutChart(table, bars, fonts.regular);
  const overhead = TOP_GAP + chart.headerHeight + AXIS_HEIGHT;

  // The whole chart stays under its table when it fits there; else it starts a page.
  if (!flow.fits(overhead + bars.length * BAND_MIN) && !flow.atTop) {
    flow.newPage();
    onNewPage(flow);
  }
  let start = 0;
  while (start < bars.length) {
    const rowsHere = Math.max(1, Math.floor((flow.remaining - overhead) / BAND_MIN));
    const chunk = bars.slice(start, start + rowsHere);
    const band = Math.min(BAND_MAX, (flow.remaining - overhead) / chunk.length);
    const top = flow.y - TOP_GAP;
    drawHeaderLine(flow, table, chart, fonts, top);
    const barsTop = top - chart.headerHeight;
    drawBars(flow, chunk, chart, fonts.regular, barsTop, band);
    drawAxis(flow, chart, fonts.regular, fmt, labels, barsTop - chunk.length * band);
    flow.take(overhead + chunk.length * band);
    start += chunk.length;
    if (start < bars.length) {
      flow.newPage();
      onNewPage(flow);
    }
  }
}
