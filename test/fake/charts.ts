/// <reference types="google-apps-script" />
/**
 * Embedded charts: the chart object (type, ranges, position, options are kept), and the
 * sheet's insert/get/update/remove. Regenerating a table replaces its charts (DESIGN.md),
 * so removeChart and updateChart find charts by id and fail loudly when it is unknown.
 */
import { TINY_PNG, newBlob } from './blob';
import { newChartBuilder } from './chart-builder';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { asGas, type Assert, type GRange, type OnlyRealMethods } from './gas';
import { newRange } from './range';
import type { ChartModel, SheetModel } from './sheet-model';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Methods =
  | 'getChartId' | 'getRanges' | 'getOptions' | 'getContainerInfo' | 'modify' | 'getAs' | 'getBlob' | 'getNumHeaders'
  | 'getTransposeRowsAndColumns';

export function copyChart(m: ChartModel): ChartModel {
  return { ...m, ranges: m.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })), options: new Map(m.options) };
}

export class FakeEmbeddedChart implements Pick<Chart, Methods> {
  constructor(readonly ctx: FakeContext, readonly sheet: SheetModel, readonly model: ChartModel) {}

  /** null until the chart is inserted into a sheet. */
  getChartId(): number | null { return this.model.id; }
  getRanges(): GRange[] { return this.model.ranges.map((r) => newRange(this.ctx, r.sheet, r.rect)); }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return asGas<GoogleAppsScript.Charts.ChartOptions>(new FakeChartOptions(this.ctx, new Map(this.model.options)));
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo { return newContainerInfo(this.ctx, this.model); }
  /** A builder over a copy; pass its build() to updateChart to apply the change. */
  modify(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder { return newChartBuilder(this.ctx, this.sheet, copyChart(this.model)); }
  /** Any rendering is the same tiny PNG: the fake draws nothing. */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== 'image/png') throw this.ctx.error(`FakeGas: charts render only as image/png here, not ${contentType}.`);
    return newBlob(this.ctx, TINY_PNG, 'image/png', `chart-${this.model.id ?? 'new'}.png`);
  }
  getBlob(): GoogleAppsScript.Base.Blob { return this.getAs('image/png'); }
  getNumHeaders(): number { return this.model.numHeaders; }
  getTransposeRowsAndColumns(): boolean { return this.model.transpose; }
}

export class FakeContainerInfo implements Pick<GoogleAppsScript.Spreadsheet.ContainerInfo, 'getAnchorRow' | 'getAnchorColumn' | 'getOffsetX' | 'getOffsetY'> {
  constructor(readonly ctx: FakeContext, private readonly model: ChartModel) {}
  getAnchorRow(): number { return this.model.anchorRow; }
  getAnchorColumn(): number { return this.model.anchorCol; }
  getOffsetX(): number { return this.model.offsetX; }
  getOffsetY(): number { return this.model.offsetY; }
}

export class FakeChartOptions implements Pick<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(readonly ctx: FakeContext, private readonly options: Map<string, unknown>) {}
  /** null for an option never set. */
  get(option: string): unknown { return this.options.get(option) ?? null; }
}

export function newContainerInfo(ctx: FakeContext, model: ChartModel): GoogleAppsScript.Spreadsheet.ContainerInfo {
  return asGas<GoogleAppsScript.Spreadsheet.ContainerInfo>(new FakeContainerInfo(ctx, { ...model }));
}

export function newEmbeddedChart(ctx: FakeContext, sheet: SheetModel, model: ChartModel): Chart {
  return asGas<Chart>(new FakeEmbeddedChart(ctx, sheet, model));
}

function unwrapChart(ctx: FakeContext, chart: unknown, method: string): FakeEmbeddedChart {
  if (chart instanceof FakeEmbeddedChart) return chart;
  throw ctx.error(`The parameters (${typeof chart}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`);
}

/** Stores a copy with a fresh id; the chart object passed in learns that id. */
export function insertChart(ctx: FakeContext, sheet: SheetModel, chart: Chart): void {
  const fake = unwrapChart(ctx, chart, 'insertChart');
  const stored = copyChart(fake.model);
  stored.id = ctx.nextId('chart');
  fake.model.id = stored.id;
  sheet.charts.push(stored);
}

export function chartsOf(ctx: FakeContext, sheet: SheetModel): Chart[] {
  return sheet.charts.map((m) => newEmbeddedChart(ctx, sheet, m));
}

function indexOf(ctx: FakeContext, sheet: SheetModel, chart: Chart, method: string): number {
  const id = unwrapChart(ctx, chart, method).model.id;
  const i = sheet.charts.findIndex((m) => m.id !== null && m.id === id);
  if (i === -1) throw ctx.error(`FakeGas: Sheet.${method}: chart ${id ?? '(not inserted)'} is not on sheet "${sheet.name}".`);
  return i;
}

export function removeChart(ctx: FakeContext, sheet: SheetModel, chart: Chart): void {
  sheet.charts.splice(indexOf(ctx, sheet, chart, 'removeChart'), 1);
}

export function updateChart(ctx: FakeContext, sheet: SheetModel, chart: Chart): void {
  sheet.charts[indexOf(ctx, sheet, chart, 'updateChart')] = copyChart(unwrapChart(ctx, chart, 'updateChart').model);
}

instrument(FakeEmbeddedChart, 'EmbeddedChart');
instrument(FakeContainerInfo, 'ContainerInfo');
instrument(FakeChartOptions, 'ChartOptions');

export type _Checks = [
  Assert<OnlyRealMethods<FakeEmbeddedChart, Chart>>,
  Assert<OnlyRealMethods<FakeContainerInfo, GoogleAppsScript.Spreadsheet.ContainerInfo>>,
  Assert<OnlyRealMethods<FakeChartOptions, GoogleAppsScript.Charts.ChartOptions>>,
];
