/// <reference types="google-apps-script" />
/**
 * sheet.getRangeList(['A1:C1', 'A5:C5']): one service call that formats several blocks,
 * the batched alternative to a loop of Range calls (DESIGN.md).
 */
import type { FakeContext } from './context';
import { instrument } from './counter';
import { asGas, type Assert, type GRange, type OnlyRealMethods } from './gas';

type RangeList = GoogleAppsScript.Spreadsheet.RangeList;
type Methods =
  | 'getRanges' | 'setBackground' | 'setFontWeight' | 'setFontStyle' | 'setFontSize' | 'setFontColor'
  | 'setNumberFormat' | 'setHorizontalAlignment' | 'setWrap' | 'setNote' | 'setValue' | 'clearFormat'
  | 'clearContent' | 'clearNote' | 'clear' | 'breakApart' | 'setVerticalAlignment' | 'setBorder';

export class FakeRangeList implements Pick<RangeList, Methods> {
  constructor(readonly ctx: FakeContext, readonly ranges: readonly GRange[]) {}

  getRanges(): GRange[] { return [...this.ranges]; }
  setBackground(color: string | null): RangeList { return each(this, (r) => r.setBackground(color)); }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): RangeList {
    return each(this, (r) => r.setFontWeight(fontWeight));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): RangeList {
    return each(this, (r) => r.setFontStyle(fontStyle));
  }
  setFontSize(size: number): RangeList { return each(this, (r) => r.setFontSize(size)); }
  setFontColor(color: string | null): RangeList { return each(this, (r) => r.setFontColor(color)); }
  setNumberFormat(numberFormat: string): RangeList { return each(this, (r) => r.setNumberFormat(numberFormat)); }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeList {
    return each(this, (r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): RangeList {
    return each(this, (r) => r.setVerticalAlignment(alignment));
  }
  /** The six-flag form only (the styled form with colour and style is not modelled). */
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null): RangeList {
    return each(this, (r) => r.setBorder(top, left, bottom, right, vertical, horizontal));
  }
  setWrap(isWrapEnabled: boolean): RangeList { return each(this, (r) => r.setWrap(isWrapEnabled)); }
  setNote(note: string | null): RangeList { return each(this, (r) => r.setNote(note)); }
  setValue(value: unknown): RangeList { return each(this, (r) => r.setValue(value)); }
  clearFormat(): RangeList { return each(this, (r) => r.clearFormat()); }
  clearContent(): RangeList { return each(this, (r) => r.clearContent()); }
  clearNote(): RangeList { return each(this, (r) => r.clearNote()); }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): RangeList {
    return each(this, (r) => (options === undefined ? r.clear() : r.clear(options)));
  }
  breakApart(): RangeList { return each(this, (r) => r.breakApart()); }
}

/** Applies to every range; nested calls are not counted, so the list is one call. */
function each(list: FakeRangeList, apply: (range: GRange) => unknown): RangeList {
  for (const range of list.ranges) apply(range);
  return asGas<RangeList>(list);
}

export function newRangeList(ctx: FakeContext, ranges: GRange[]): RangeList {
  return asGas<RangeList>(new FakeRangeList(ctx, ranges));
}

instrument(FakeRangeList, 'RangeList');

export type _Check = Assert<OnlyRealMethods<FakeRangeList, RangeList>>;
