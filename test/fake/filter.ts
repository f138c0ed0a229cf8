/// <reference types="google-apps-script" />
/** The sheet's basic filter: where it is, and removing it. Criteria are not modelled. */
import type { FakeContext } from './context';
import { instrument } from './counter';
import { asGas, type Assert, type GRange, type OnlyRealMethods } from './gas';
import { newRange } from './range';
import type { SheetModel } from './sheet-model';

type Filter = GoogleAppsScript.Spreadsheet.Filter;

export class FakeFilter implements Pick<Filter, 'getRange' | 'remove' | 'getColumnFilterCriteria'> {
  constructor(readonly ctx: FakeContext, readonly sheet: SheetModel) {}

  getRange(): GRange {
    return newRange(this.ctx, this.sheet, live(this));
  }
  remove(): void {
    live(this);
    this.sheet.filter = null;
  }
  /** Criteria are not modelled: always none. */
  getColumnFilterCriteria(): null {
    live(this);
    return null;
  }
}

function live(filter: FakeFilter): NonNullable<SheetModel['filter']> {
  if (filter.sheet.filter === null) throw filter.ctx.error('The filter was removed.');
  return filter.sheet.filter;
}

export function newFilter(ctx: FakeContext, sheet: SheetModel): Filter {
  return asGas<Filter>(new FakeFilter(ctx, sheet));
}

instrument(FakeFilter, 'Filter');

export type _Check = Assert<OnlyRealMethods<FakeFilter, Filter>>;
