/**
 * The cover page: title, kelurahan and survey year, how many groups were read and how many
 * are valid, when the report was made, and a table of contents. It is drawn last, once the
 * tables are laid out, because only then are their page numbers known.
 */
import type { PDFPage } from 'pdf-lib';
import type { SurveyResult } from '../core/model';
import { coveredKelurahan } from '../core/rollup';
import { drawLine } from './draw';
import type { ReportFonts } from './fonts';
import type { CalendarDay, NumberFormats } from './format';
import type { ReportLabels } from './labels';
import { wrapText } from './text';
import { COLOR, CONTENT_WIDTH, LEADING, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, SIZE } from './theme';

export interface ContentsEntry {
  title: string;
  page: number;
}

export interface CoverInput {
  result: SurveyResult;
  generatedOn: CalendarDay;
  contents: ContentsEntry[];
  /** Characters of the user's text printed as the replacement (0: no note on the cover). */
  replaced: number;
}

const CENTRE = PAGE_WIDTH / 2;
const CONTENTS_INDENT = 40;

/** Draws wrapped lines centred on the page from baseline y down; returns the next y. */
function centred(page: PDFPage, text: string, font: ReportFonts['regular'], size: number, y: number): number {
  let baseline = y;
  for (const line of wrapText(text, font, size, CONTENT_WIDTH)) {
    drawLine(page, line, font, size, CENTRE, baseline, 'center');
    baseline -= size * LEADING;
  }
  return baseline;
}

function drawContents(page: PDFPage, entries: ContentsEntry[], fonts: ReportFonts, labels: ReportLabels, top: number): void {
  const size = SIZE.coverLine - 1;
  const left = MARGIN + CONTENTS_INDENT;
  const right = MARGIN + CONTENT_WIDTH - CONTENTS_INDENT;
  const numberWidth = 24;
  drawLine(page, labels.contents, fonts.bold, SIZE.heading, left, top);
  let y = top - 24;
  for (const entry of entries) {
    const lines = wrapText(entry.title, fonts.regular, size, right - left - numberWidth - 12);
    lines.forEach((line, i) => {
      drawLine(page, line, fonts.regular, size, left, y);
      if (i === lines.length - 1) {
        // Dotted leader from the end of the title to the page number.
        const from = left + fonts.regular.widthOfTextAtSize(line, size) + 4;
        const to = right - numberWidth;
        if (to > from) {
          page.drawLine({
            start: { x: from, y: y + 1 },
            end: { x: to, y: y + 1 },
            thickness: 0.6,
            color: COLOR.muted,
            dashArray: [0.6, 2.4],
          });
        }
        drawLine(page, String(entry.page), fonts.regular, size, right, y, 'right');
      }
      y -= size * LEADING;
    });
    y -= 6;
  }
}

export function drawCover(
  page: PDFPage,
  input: CoverInput,
  fonts: ReportFonts,
  fmt: NumberFormats,
  labels: ReportLabels,
): void {
  const { result } = input;
  let y = PAGE_HEIGHT - 190;
  y = centred(page, labels.title, fonts.bold, SIZE.coverTitle, y) - 6;
  y = centred(page, labels.subtitle, fonts.regular, SIZE.coverSubtitle, y);
  y -= 8;
  page.drawLine({ start: { x: CENTRE - 90, y }, end: { x: CENTRE + 90, y }, thickness: 1, color: COLOR.rule });
  y -= 44;
  // Over several kelurahan their names or their number; a file naming none has no such line.
  const place = labels.place(coveredKelurahan(result), fmt.count);
  if (place !== '') y = centred(page, place, fonts.bold, 18, y) - 4;
  y = centred(page, labels.surveyYear(result.surveyYear), fonts.regular, SIZE.coverSubtitle, y) - 24;
  const counts =
    `${labels.groupsRead}: ${fmt.count(result.rows.read)} · ` +
    `${labels.groupsValid}: ${fmt.count(result.rows.valid)} · ` +
    `${labels.groupsInvalid}: ${fmt.count(result.rows.invalid)}`;
  y = centred(page, counts, fonts.regular, SIZE.coverLine - 1, y) - 4;
  y = centred(page, labels.generatedAt(fmt.date(input.generatedOn)), fonts.regular, SIZE.coverLine - 2, y);
  if (input.replaced > 0) y = centred(page, labels.replaced(fmt.count(input.replaced)), fonts.regular, SIZE.coverLine - 2, y - 4);
  drawContents(page, input.contents, fonts, labels, y - 70);
}
