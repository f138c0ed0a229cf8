/**
 * The PDF report (the CLI's `--format pdf`): a cover with a table of contents, then one
 * section per table (ruled table, source line, bar chart), "Halaman N dari M" at the foot
 * of each page. A4 portrait, drawn with pdf-lib from the SurveyResult as it is: no number
 * is computed here, only formatted (Indonesian 84,62 by default).
 */
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { Lang, SurveyResult } from '../core/model';
import { drawCover, type ContentsEntry } from './cover';
import { drawLine } from './draw';
import { embedReportFonts, type FontBytes } from './fonts';
import { PageFlow } from './flow';
import { numberFormats } from './format';
import { LABELS, type ReportLabels } from './labels';
import { drawTableSection } from './section';
import { COLOR, FOOTER_BASELINE, PAGE_HEIGHT, PAGE_WIDTH, SIZE } from './theme';

export interface ReportOptions {
  lang: Lang;
  /** Printed on the cover and stored as the PDF's dates: the same input gives the same bytes. */
  generatedAt: Date;
  /** TrueType bytes of DejaVu Sans Condensed regular and bold (full or subset). */
  fonts: FontBytes;
}

const DOCUMENT_LANGUAGE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** Page numbers on every page but the cover (which still counts as page 1). */
function drawPageNumbers(doc: PDFDocument, font: PDFFont, labels: ReportLabels): void {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    if (i === 0) return;
    drawLine(page, labels.page(i + 1, pages.length), font, SIZE.footer, PAGE_WIDTH / 2, FOOTER_BASELINE, 'center', COLOR.muted);
  });
}

export async function renderReportPdf(result: SurveyResult, opts: ReportOptions): Promise<Uint8Array> {
  const labels = LABELS[opts.lang];
  const fmt = numberFormats(opts.lang);
  const doc = await PDFDocument.create();
  doc.setTitle(`${labels.title}: ${labels.kelurahan(result.kelurahan)}, ${result.surveyYear}`);
  doc.setSubject(labels.subtitle);
  doc.setLanguage(DOCUMENT_LANGUAGE[opts.lang]);
  doc.setCreator('Pranata');
  doc.setProducer('Pranata (pdf-lib)');
  doc.setCreationDate(opts.generatedAt);
  doc.setModificationDate(opts.generatedAt);
  const fonts = await embedReportFonts(doc, opts.fonts);

  const cover = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  const contents: ContentsEntry[] = [];
  let flow: PageFlow | undefined;
  for (const table of result.tables) {
    if (flow) flow.newPage();
    else flow = new PageFlow(doc);
    contents.push({ title: table.title, page: flow.pageNumber });
    drawTableSection(flow, table, fonts, fmt, labels);
  }
  drawCover(cover, { result, generatedAt: opts.generatedAt, contents }, fonts, fmt, labels);
  drawPageNumbers(doc, fonts.regular, labels);
  return doc.save();
}
