/// <reference types="google-apps-script" />
/**
 * sheet.newChart() / chart.modify(): one builder object for every chart type, as the
 * real builder is one object whose asBarChart() returns itself with more methods. The
 * type-specific methods check the chart type, so setStacked() on a pie chart fails here
 * as it does on Google (where the method does not exist).
 */
import { copyChart, newContainerInfo, newEmbeddedChart } from './charts';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { ChartType, enumName, enumValue } from './enums';
import { asGas, type Assert, type GRange, type OnlyRealMethods } from './gas';
import { newRange, unwrapRange } from './range';
import type { ChartModel, SheetModel } from './sheet-model';

type Base = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Bar = GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder;
type Column = GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
type Pie = GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder;
type Line = GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder;
/** What the type-specific setters return: the builder seen as any of the typed builders. */
type Typed = Bar & Column & Pie & Line;
type Real = Base & Bar & Column & Pie & Line;

type BaseMethods =
  | 'addRange' | 'removeRange' | 'clearRanges' | 'getRanges' | 'asBarChart' | 'asColumnChart' | 'asPieChart'
  | 'asLineChart' | 'setChartType' | 'getChartType' | 'setOption' | 'setPosition' | 'getContainer' | 'setNumHeaders'
  | 'setTransposeRowsAndColumns' | 'setHiddenDimensionStrategy' | 'build';
type Common = 'setTitle' | 'setColors' | 'setLegendPosition';
type Axes = 'setXAxisTitle' | 'setYAxisTitle';

export class FakeEmbeddedChartBuilder implements Pick<Base, BaseMethods>, Pick<Bar, Common | Axes | 'setStacked'>,
  Pick<Column, Common | Axes | 'setStacked'>, Pick<Pie, Common | 'set3D'>, Pick<Line, Common | Axes> {
  constructor(readonly ctx: FakeContext, readonly sheet: SheetModel, readonly model: ChartModel) {}

  addRange(range: GRange): Base {
    const r = unwrapRange(this.ctx, range, 'EmbeddedChartBuilder.addRange');
    this.model.ranges.push({ sheet: r.sheet, rect: { ...r.rect } });
    return self(this);
  }
  removeRange(range: GRange): Base {
    const r = unwrapRange(this.ctx, range, 'EmbeddedChartBuilder.removeRange');
    const same = (x: ChartModel['ranges'][number]): boolean => x.sheet === r.sheet && JSON.stringify(x.rect) === JSON.stringify(r.rect);
    this.model.ranges = this.model.ranges.filter((x) => !same(x));
    return self(this);
  }
  clearRanges(): Base { this.model.ranges = []; return self(this); }
  getRanges(): GRange[] { return this.model.ranges.map((x) => newRange(this.ctx, x.sheet, x.rect)); }
  asBarChart(): Bar { this.model.type = 'BAR'; return self(this); }
  asColumnChart(): Column { this.model.type = 'COLUMN'; return self(this); }
  asPieChart(): Pie { this.model.type = 'PIE'; return self(this); }
  asLineChart(): Line { this.model.type = 'LINE'; return self(this); }
  setChartType(type: GoogleAppsScript.Charts.ChartType): Base {
    this.model.type = enumName(type);
    return self(this);
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    if (this.model.type === null) throw this.ctx.error('FakeGas: the chart has no type yet.');
    return enumValue(ChartType, this.model.type);
  }
  setOption(option: string, value: unknown): Base { this.model.options.set(option, value); return self(this); }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Base {
    Object.assign(this.model, { anchorRow: anchorRowPos, anchorCol: anchorColPos, offsetX, offsetY });
    return self(this);
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo { return newContainerInfo(this.ctx, this.model); }
  setNumHeaders(headers: number): Base { this.model.numHeaders = headers; return self(this); }
  setTransposeRowsAndColumns(transpose: boolean): Base { this.model.transpose = transpose; return self(this); }
  /** Whether hidden rows/columns of the ranges are plotted (the table charts plot hidden columns). */
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): Base {
    const name = enumName(strategy);
    if (name === null) throw this.ctx.error("The parameters don't match the method signature for EmbeddedChartBuilder.setHiddenDimensionStrategy.");
    // Reported failing on a pie builder by an emulator's test run on Google; unknown, so optional.
    if (this.model.type === 'PIE' && this.ctx.options.pieHiddenDimensionFails) {
      throw this.ctx.error('Exception: Unexpected error while getting the method or property setHiddenDimensionStrategy on object EmbeddedPieChartBuilder.');
    }
    this.model.hiddenDimensionStrategy = name;
    return self(this);
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    if (this.model.type === null) throw this.ctx.error('FakeGas: set a chart type (asBarChart()...) before build().');
    return newEmbeddedChart(this.ctx, this.sheet, copyChart(this.model));
  }

  setTitle(chartTitle: string): Typed { return typed(this, 'setTitle', ANY, 'title', chartTitle); }
  setColors(cssValues: string[]): Typed { return typed(this, 'setColors', ANY, 'colors', [...cssValues]); }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): Typed {
    return typed(this, 'setLegendPosition', ANY, 'legend.position', String(position).toLowerCase());
  }
  setXAxisTitle(title: string): Bar & Column & Line { return typed(this, 'setXAxisTitle', AXES, 'hAxis.title', title); }
  setYAxisTitle(title: string): Bar & Column & Line { return typed(this, 'setYAxisTitle', AXES, 'vAxis.title', title); }
  setStacked(): Bar & Column { return typed(this, 'setStacked', STACKABLE, 'isStacked', true); }
  set3D(): Pie { return typed(this, 'set3D', ['PIE'], 'is3D', true); }
}

const ANY = ['BAR', 'COLUMN', 'PIE', 'LINE'];
const AXES = ['BAR', 'COLUMN', 'LINE'];
const STACKABLE = ['BAR', 'COLUMN'];

function self<T>(builder: FakeEmbeddedChartBuilder): T {
  return asGas<T>(builder);
}

/** A setter that only the typed builders have: refuse it for other chart types. */
function typed(b: FakeEmbeddedChartBuilder, method: string, types: string[], option: string, value: unknown): Typed {
  if (b.model.type === null || !types.includes(b.model.type)) {
    throw b.ctx.error(`TypeError: ${method} is not a function of the ${b.model.type ?? 'untyped'} chart builder.`);
  }
  b.model.options.set(option, value);
  return self(b);
}

export function newChartBuilder(ctx: FakeContext, sheet: SheetModel, model?: ChartModel): Base {
  const draft: ChartModel = model ?? {
    id: null, type: null, ranges: [], anchorRow: 1, anchorCol: 1, offsetX: 0, offsetY: 0,
    options: new Map(), numHeaders: -1, transpose: false, hiddenDimensionStrategy: 'IGNORE_ROWS',
  };
  return asGas<Base>(new FakeEmbeddedChartBuilder(ctx, sheet, draft));
}

instrument(FakeEmbeddedChartBuilder, 'EmbeddedChartBuilder');

export type _Check = Assert<OnlyRealMethods<FakeEmbeddedChartBuilder, Real>>;
