/**
 * The cover page: title, kelurahan and survey year, how many groups were read and how many
 * are valid, when the report was made, and a table of contents. It is drawn last, once the
 * tables are laid out, because only then are their page numbers known.
 */
import type { PDFPage } from 'pdf-lib';
import type { SurveyResult } from '../core/model';
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
  /** The kelurahan covered, in words (labels.place; '' for none: no such line). */
  place: string;
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

/** Below the contents' heading, before its first entry; between two entries; the page numbers' column. */
const CONTENTS_GAP = 24;
const ENTRY_GAP = 6;
const NUMBER_WIDTH = 24;

/** An entry's title in lines, as drawn: the room beside the page number. */
function entryLines(entry: ContentsEntry, fonts: ReportFonts): string[] {
  const size = SIZE.coverLine - 1;
  const width = CONTENT_WIDTH - 2 * CONTENTS_INDENT - NUMBER_WIDTH - 12;
  return wrapText(entry.title, fonts.regular, size, width);
}

/**
 * The entries dealt to pages: as many as fit on the cover under `coverTop`, the rest on pages
 * of their own from the top margin (15 kelurahan make 27 entries, more than the cover holds).
 */
function dealContents(entries: readonly ContentsEntry[], fonts: ReportFonts, coverTop: number): WrappedEntry[][] {
  const step = (SIZE.coverLine - 1) * LEADING;
  const pages: WrappedEntry[][] = [[]];
  let y = coverTop - CONTENTS_GAP;
  for (const e of entries) {
    const entry = { ...e, lines: entryLines(e, fonts) };
    const height = entry.lines.length * step;
    // A baseline may go down to the bottom margin; a page always takes its first entry.
    if (y - height + step < MARGIN && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      y = PAGE_HEIGHT - MARGIN - SIZE.heading - CONTENTS_GAP;
    }
    pages[pages.length - 1]!.push(entry);
    y -= height + ENTRY_GAP;
  }
  return pages;
}

/** An entry with its title wrapped as it is drawn. */
type WrappedEntry = ContentsEntry & { lines: string[] };

/** One page's part of the contents; `shift`: pages the contents added after the cover. */
function drawContents(page: PDFPage, entries: readonly WrappedEntry[], heading: string, shift: number, fonts: ReportFonts, top: number): void {
  const size = SIZE.coverLine - 1;
  const left = MARGIN + CONTENTS_INDENT;
  const right = MARGIN + CONTENT_WIDTH - CONTENTS_INDENT;
  drawLine(page, heading, fonts.bold, SIZE.heading, left, top);
  let y = top - CONTENTS_GAP;
  for (const entry of entries) {
    const { lines } = entry;
    lines.forEach((line, i) => {
      drawLine(page, line, fonts.regular, size, left, y);
      if (i === lines.length - 1) {
        // Dotted leader from the end of the title to the page number.
        const from = left + fonts.regular.widthOfTextAtSize(line, size) + 4;
        const to = right - NUMBER_WIDTH;
        if (to > from) {
          page.drawLine({
            start: { x: from, y: y + 1 },
            end: { x: to, y: y + 1 },
            thickness: 0.6,
            color: COLOR.muted,
            dashArray: [0.6, 2.4],
          });
        }
        drawLine(page, String(entry.page + shift), fonts.regular, size, right, y, 'right');
      }
      y -= size * LEADING;
    });
    y -= ENTRY_GAP;
  }
}

/**
 * The cover, with the contents under it; contents that do not fit go on pages that
 * `insertPage(i)` puts right after the cover (every entry's page number moves on by as many).
 */
export function drawCover(
  page: PDFPage,
  input: CoverInput,
  fonts: ReportFonts,
  fmt: NumberFormats,
  labels: ReportLabels,
  insertPage: (index: number) => PDFPage,
): void {
  const { result } = input;
  let y = PAGE_HEIGHT - 190;
  y = centred(page, labels.title, fonts.bold, SIZE.coverTitle, y) - 6;
  y = centred(page, labels.subtitle, fonts.regular, SIZE.coverSubtitle, y);
  y -= 8;
  page.drawLine({ start: { x: CENTRE - 90, y }, end: { x: CENTRE + 90, y }, thickness: 1, color: COLOR.rule });
  y -= 44;
  // Over several kelurahan their names or their number; a file naming none has no such line.
  if (input.place !== '') y = centred(page, input.place, fonts.bold, 18, y) - 4;
  y = centred(page, labels.surveyYear(result.surveyYear), fonts.regular, SIZE.coverSubtitle, y) - 24;
  const counts =
    `${labels.groupsRead}: ${fmt.count(result.rows.read)} · ` +
    `${labels.groupsValid}: ${fmt.count(result.rows.valid)} · ` +
    `${labels.groupsInvalid}: ${fmt.count(result.rows.invalid)}`;
  y = centred(page, counts, fonts.regular, SIZE.coverLine - 1, y) - 4;
  y = centred(page, labels.generatedAt(fmt.date(input.generatedOn)), fonts.regular, SIZE.coverLine - 2, y);
  if (input.replaced > 0) y = centred(page, labels.replaced(fmt.count(input.replaced)), fonts.regular, SIZE.coverLine - 2, y - 4);
  const top = y - 70;
  const pages = dealContents(input.contents, fonts, top);
  const shift = pages.length - 1;
  pages.forEach((entries, i) => {
    if (i === 0) drawContents(page, entries, labels.contents, shift, fonts, top);
    else drawContents(insertPage(i), entries, `${labels.contents} ${labels.continued}`, shift, fonts, PAGE_HEIGHT - MARGIN - SIZE.heading);
  });
}
