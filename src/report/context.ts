/** What every part of the report draws with: the (printable) result, fonts, formats and words. */
import type { Lang, SurveyResult } from '../core/model';
import type { ReportFonts } from './fonts';
import type { NumberFormats } from './format';
import type { ReportLabels } from './labels';

export interface ReportContext {
  lang: Lang;
  /** The survey with every string made printable (charset.ts). */
  result: SurveyResult;
  fonts: ReportFonts;
  fmt: NumberFormats;
  labels: ReportLabels;
  /** Makes a string of the user's printable (and counts what it replaced): for text not in `result`'s tables. */
  printable: (text: string) => string;
}
