/**
 * One chart per table sheet, under the table, sized for an A4 page: stacked bars for the
 * tables by group type (T1, T3, T5: each type's columns add up to its total), a column chart
 * for the purposes (T2), a pie for the leaders' education (T4) and the tenure (T7), and plain
 * bars for the several-of answers (T6, T8, T9). A new run removes the
 * sheet's charts first, so there is never more than one.
 */
import type { TableId, TableModel } from '../core';
import type { TableLayout } from './table-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export type ChartKind = 'stackedBar' | 'bar' | 'column' | 'pie';

export const CHART_KIND: Readonly<Record<TableId, ChartKind>> = {
  T1: 'stackedBar',
  T2: 'column',
  T3: 'stackedBar',
  T4: 'pie',
  T5: 'stackedBar',
  // Several-of (T6, T8, T9): one bar per answer, lengths are counts (they may add up past the base).
  T6: 'bar',
  T7: 'pie',
  T8: 'bar',
  T9: 'bar',
  // The roll-up (CODEBOOK §9): each kelurahan's bar split by group type.
  TK: 'stackedBar',
};

/** About the width of an A4 page's printable area at 96 dpi, and a height that leaves room for the table. */
export const CHART_SIZE = { width: 600, height: 350 } as const;

function typed(sheet: Sheet, kind: ChartKind): ChartBuilder {
  const b = sheet.newChart();
  switch (kind) {
    case 'stackedBar':
      return b.asBarChart().setStacked();
    case 'bar':
      return b.asBarChart().setLegendPosition(Charts.Position.NONE);
    case 'column':
      return b.asColumnChart().setLegendPosition(Charts.Position.NONE);
    case 'pie':
      return b.asPieChart();
  }
}

export function removeCharts(sheet: Sheet): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
}

/** Inserts the table's chart over its (hidden) chart data. Call after removeCharts. */
export function insertChart(sheet: Sheet, t: TableModel, layout: TableLayout): void {
  const d = layout.chartData;
  const chart = typed(sheet, CHART_KIND[t.id])
    .addRange(sheet.getRange(d.row, d.column, d.rows, d.columns))
    .setNumHeaders(1)
    // The data columns are hidden (so they stay out of the page) and still plotted: the
    // builders' documented default, IGNORE_ROWS, skips hidden rows only. Not set here, since
    // an emulator run on Google reports setHiddenDimensionStrategy failing on a pie builder.
    .setPosition(layout.chartRow, 1, 0, 0)
    .setOption('title', t.title)
    .setOption('width', CHART_SIZE.width)
    .setOption('height', CHART_SIZE.height)
    .build();
  sheet.insertChart(chart);
}
