/// <reference types="google-apps-script" />
/**
 * The formatting half of the fake Range: backgrounds, fonts, alignment, number formats,
 * notes and data validation, each a per-cell layer of the sheet. FakeRange (range.ts)
 * extends it; this module must not import range.ts (the base class has to exist first).
 */
import type { Rect } from './a1';
import { normalizeColor, writeBlock } from './cellwrite';
import type { FakeContext } from './context';
import { asGas, type GRange } from './gas';
import type { Layer } from './grid';
import type { SheetModel } from './sheet-model';
import { isFakeValidation } from './validation';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

export class RangeFormatting {
  constructor(
    readonly ctx: FakeContext,
    readonly sheet: SheetModel,
    readonly rect: Rect,
    /** Which ends were left open in A1 ('A:C', '2:5'), for getA1Notation. */
    readonly open: { rows: boolean; cols: boolean } = { rows: false, cols: false },
  ) {}

  setBackground(color: string | null): GRange {
    return fill(this, this.sheet.formats.background, normalizeColor(color, '#ffffff'));
  }
  setBackgrounds(colors: Array<Array<string | null>>): GRange {
    return write(this, this.sheet.formats.background, colors, 'setBackgrounds', (c) => normalizeColor(c, '#ffffff'));
  }
  getBackground(): string { return corner(this, this.sheet.formats.background); }
  getBackgrounds(): string[][] { return this.sheet.formats.background.read(this.rect); }

  setFontColor(color: string | null): GRange {
    return fill(this, this.sheet.formats.fontColor, normalizeColor(color, '#000000'));
  }
  setFontColors(colors: Array<Array<string | null>>): GRange {
    return write(this, this.sheet.formats.fontColor, colors, 'setFontColors', (c) => normalizeColor(c, '#000000'));
  }

  setFontWeight(weight: FontWeight | null): GRange { return fill(this, this.sheet.formats.fontWeight, weight ?? 'normal'); }
  setFontWeights(weights: Array<Array<FontWeight | null>>): GRange {
    return write(this, this.sheet.formats.fontWeight, weights, 'setFontWeights', (w) => w ?? 'normal');
  }
  getFontWeight(): FontWeight { return corner(this, this.sheet.formats.fontWeight); }
  getFontWeights(): FontWeight[][] { return this.sheet.formats.fontWeight.read(this.rect); }

  setFontStyle(style: FontStyle | null): GRange { return fill(this, this.sheet.formats.fontStyle, style ?? 'normal'); }
  setFontStyles(styles: Array<Array<FontStyle | null>>): GRange {
    return write(this, this.sheet.formats.fontStyle, styles, 'setFontStyles', (s) => s ?? 'normal');
  }
  getFontStyle(): FontStyle { return corner(this, this.sheet.formats.fontStyle); }
  getFontStyles(): FontStyle[][] { return this.sheet.formats.fontStyle.read(this.rect); }

  setFontSize(size: number): GRange { return fill(this, this.sheet.formats.fontSize, size); }
  setFontSizes(sizes: number[][]): GRange { return write(this, this.sheet.formats.fontSize, sizes, 'setFontSizes', (s) => s); }
  getFontSize(): number { return corner(this, this.sheet.formats.fontSize); }
  getFontSizes(): number[][] { return this.sheet.formats.fontSize.read(this.rect); }

  setHorizontalAlignment(alignment: HAlign): GRange {
    return fill(this, this.sheet.formats.horizontalAlignment, alignment ?? 'general');
  }
  setHorizontalAlignments(alignments: Array<Array<HAlign>>): GRange {
    const layer = this.sheet.formats.horizontalAlignment;
    return write(this, layer, alignments, 'setHorizontalAlignments', (a) => a ?? 'general');
  }
  getHorizontalAlignment(): string { return corner(this, this.sheet.formats.horizontalAlignment); }
  getHorizontalAlignments(): string[][] { return this.sheet.formats.horizontalAlignment.read(this.rect); }
  setVerticalAlignment(alignment: VAlign): GRange {
    return fill(this, this.sheet.formats.verticalAlignment, alignment ?? 'bottom');
  }
  getVerticalAlignment(): string { return corner(this, this.sheet.formats.verticalAlignment); }

  setWrap(isWrapEnabled: boolean): GRange { return fill(this, this.sheet.formats.wrap, isWrapEnabled); }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    return write(this, this.sheet.formats.wrap, isWrapEnabled, 'setWraps', (w) => w);
  }

  setNumberFormat(numberFormat: string): GRange { return fill(this, this.sheet.formats.numberFormat, numberFormat); }
  setNumberFormats(numberFormats: string[][]): GRange {
    return write(this, this.sheet.formats.numberFormat, numberFormats, 'setNumberFormats', (f) => f);
  }
  getNumberFormat(): string { return corner(this, this.sheet.formats.numberFormat); }
  getNumberFormats(): string[][] { return this.sheet.formats.numberFormat.read(this.rect); }

  setNote(note: string | null): GRange { return fill(this, this.sheet.notes, note ?? ''); }
  setNotes(notes: Array<Array<string | null>>): GRange {
    return write(this, this.sheet.notes, notes, 'setNotes', (n) => (n === null ? '' : String(n)));
  }
  getNote(): string { return corner(this, this.sheet.notes); }
  getNotes(): string[][] { return this.sheet.notes.read(this.rect); }
  clearNote(): GRange { return fill(this, this.sheet.notes, ''); }

  setDataValidation(rule: DataValidation | null): GRange {
    return fill(this, this.sheet.validations, checkRule(this.ctx, rule, 'setDataValidation'));
  }
  setDataValidations(rules: Array<Array<DataValidation | null>>): GRange {
    const layer = this.sheet.validations;
    return write(this, layer, rules, 'setDataValidations', (r) => checkRule(this.ctx, r, 'setDataValidations'));
  }
  getDataValidation(): DataValidation | null { return corner(this, this.sheet.validations); }
  getDataValidations(): Array<Array<DataValidation | null>> { return this.sheet.validations.read(this.rect); }
  clearDataValidations(): GRange { return fill(this, this.sheet.validations, null); }

  /**
   * Borders, kept per cell as the edges that are drawn. Each argument: true draws, false
   * removes, null leaves the edge as it is; vertical/horizontal are the inner lines. Colour
   * and style are accepted and not modelled.
   */
  setBorder(
    top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null,
    vertical: boolean | null, horizontal: boolean | null,
  ): GRange {
    const { row, col, numRows, numCols } = this.rect;
    const layer = this.sheet.formats.border;
    for (let i = 0; i < numRows; i += 1) {
      for (let j = 0; j < numCols; j += 1) {
        const edges = new Set(layer.get(row - 1 + i, col - 1 + j).split(' ').filter(Boolean));
        const want: Array<[string, boolean | null]> = [
          ['top', i === 0 ? top : horizontal],
          ['left', j === 0 ? left : vertical],
          ['bottom', i === numRows - 1 ? bottom : horizontal],
          ['right', j === numCols - 1 ? right : vertical],
        ];
        for (const [edge, on] of want) {
          if (on === true) edges.add(edge);
          else if (on === false) edges.delete(edge);
        }
        layer.set(row - 1 + i, col - 1 + j, ['top', 'left', 'bottom', 'right'].filter((e) => edges.has(e)).join(' '));
      }
    }
    return asGas<GRange>(this);
  }

  /** Number formats, colors, fonts, alignment and wrap back to their defaults (not notes or validation). */
  clearFormat(): GRange {
    for (const layer of Object.values(this.sheet.formats) as Layer<unknown>[]) layer.fill(this.rect, layer.fallback);
    return asGas<GRange>(this);
  }
}

function fill<T>(range: RangeFormatting, layer: Layer<T>, value: T): GRange {
  layer.fill(range.rect, value);
  return asGas<GRange>(range);
}

function write<T, U>(range: RangeFormatting, layer: Layer<T>, data: U[][], method: string, map: (v: U) => T): GRange {
  writeBlock(range.ctx, layer, range.rect, data, method, map);
  return asGas<GRange>(range);
}

function corner<T>(range: RangeFormatting, layer: Layer<T>): T {
  return layer.get(range.rect.row - 1, range.rect.col - 1);
}

function checkRule(ctx: FakeContext, rule: DataValidation | null, method: string): DataValidation | null {
  if (rule !== null && !isFakeValidation(rule)) {
    throw ctx.error(`The parameters (${typeof rule}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  return rule;
}
