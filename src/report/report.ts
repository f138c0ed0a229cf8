/**
 * The PDF report, for the CLI's `--format pdf` and the add-on's Ekspor PDF: a cover with a
 * table of contents, then one section per table (title, the rows it counts, ruled table,
 * source line, narrative, bar chart), the data-quality section, an optional closing block,
 * and "Halaman N dari M" at the foot of each page. A4 portrait, drawn with pdf-lib from the
 * SurveyResult as it is: no number is computed here, only formatted (Indonesian 84,62).
 * Pure: fonts come in as bytes, the clock as a value, nothing is read or written.
 */
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { Listing } from '../core/listing';
import type { KelurahanResult, Lang, SurveyResult, TableModel } from '../core/model';
import { coveredKelurahan, kelurahanHeading } from '../core/rollup';
import { Printable } from './charset';
import { drawClosing, type ClosingBlock } from './closing';
import type { ReportContext } from './context';
import { drawCover, type ContentsEntry } from './cover';
import { drawLine } from './draw';
import { embedReportFonts, type FontBytes, type ReportFonts } from './fonts';
import { PageFlow } from './flow';
import { calendarDay, numberFormats, type CalendarDay } from './format';
import { LABELS, type ReportLabels } from './labels';
import { drawListingSection, printableListing } from './listing-section';
import { drawQualitySection } from './quality';
import { drawTableSection } from './section';
import { COLOR, FOOTER_BASELINE, PAGE_HEIGHT, PAGE_WIDTH, SIZE } from './theme';

export interface ReportOptions {
  lang: Lang;
  /** Stored as the PDF's dates: the same input gives the same bytes. */
  generatedAt: Date;
  /** The day printed on the cover (the add-on: in the spreadsheet's zone); default: generatedAt's day here. */
  generatedOn?: CalendarDay;
  /** TrueType bytes of DejaVu Sans Condensed regular and bold (full or subset to charset.ts). */
  fonts: FontBytes;
  /** Place, date and signatory at the end; none when absent. */
  closing?: ClosingBlock;
  /** The parts after the cover; default: reportSections(result) (the comparison of two rounds passes its lists). */
  sections?: readonly ReportSection[];
}

export interface ReportPdf {
  bytes: Uint8Array;
  pages: number;
  /** Characters of the data printed as "�" because the fonts lack them. */
  replaced: number;
}

/**
 * One part of the report after the cover, in order, each starting on a fresh page and
 * listed in the contents. The tables come from the result's list (however many there are);
 * writers of new sections add a kind here.
 */
export type ReportSection =
  | { kind: 'table'; table: TableModel }
  | { kind: 'quality' }
  | { kind: 'listing'; listing: Listing }
  | { kind: 'kelurahan'; kelurahan: KelurahanResult };

/**
 * The tables (with a roll-up: the total's and TK), one section per kelurahan (CODEBOOK §9),
 * the data quality, then any lists as appendices (Rekap, Daftar Kelompok).
 */
export function reportSections(result: SurveyResult, appendix: readonly Listing[] = []): ReportSection[] {
  return [
    ...result.tables.map((table): ReportSection => ({ kind: 'table', table })),
    ...(result.byKelurahan ?? []).map((kelurahan): ReportSection => ({ kind: 'kelurahan', kelurahan })),
    { kind: 'quality' },
    ...appendix.map((listing): ReportSection => ({ kind: 'listing', listing })),
  ];
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

/** Code points both faces can draw. */
function coverage(fonts: ReportFonts): (codePoint: number) => boolean {
  const bold = new Set(fonts.bold.getCharacterSet());
  const both = new Set(fonts.regular.getCharacterSet().filter((cp) => bold.has(cp)));
  return (cp) => both.has(cp);
}

/** A table with every string it prints made printable. */
function printableTable(table: TableModel, p: Printable): TableModel {
  const t = (s: string) => p.text(s);
  return {
    ...table,
    title: t(table.title),
    rowHeader: t(table.rowHeader),
    columnHeader: t(table.columnHeader),
    columns: table.columns.map((c) => ({ ...c, label: t(c.label) })),
    rows: table.rows.map((r) => ({ ...r, label: t(r.label) })),
    total: { ...table.total, label: t(table.total.label) },
    ...(table.basis === undefined ? {} : { basis: t(table.basis) }),
    source: t(table.source),
  };
}

/** The result with every string the tables print made printable. */
function printableTables(result: SurveyResult, p: Printable): SurveyResult {
  return { ...result, kelurahan: p.text(result.kelurahan), tables: result.tables.map((table) => printableTable(table, p)) };
}

/**
 * A kelurahan's section: its tables, each on its own page as the total's are, titled with the
 * kelurahan and counting its own rows; one contents entry for them all.
 */
function drawKelurahanSection(flow: PageFlow, k: KelurahanResult, ctx: ReportContext, p: Printable): void {
  const heading = p.text(kelurahanHeading(k));
  k.tables.forEach((table, i) => {
    if (i > 0) flow.newPage();
    const own = printableTable(table, p);
    drawTableSection(flow, { ...own, title: `${heading}: ${own.title}` }, ctx, k.rows);
  });
}

function sectionTitle(section: ReportSection, labels: ReportLabels): string {
  switch (section.kind) {
    case 'table':
      return section.table.title;
    case 'listing':
      return section.listing.title;
    case 'quality':
      return labels.quality;
    case 'kelurahan':
      return kelurahanHeading(section.kelurahan);
  }
}

export async function renderReportPdf(result: SurveyResult, opts: ReportOptions): Promise<ReportPdf> {
  const labels = LABELS[opts.lang];
  const fmt = numberFormats(opts.lang);
  const doc = await PDFDocument.create();
  doc.setCreator('Pranata');
  doc.setProducer('Pranata (pdf-lib)');
  doc.setCreationDate(opts.generatedAt);
  doc.setModificationDate(opts.generatedAt);
  doc.setLanguage(DOCUMENT_LANGUAGE[opts.lang]);
  const fonts = await embedReportFonts(doc, opts.fonts);
  const printable = new Printable(coverage(fonts));
  const data = printableTables(result, printable);
  const place = labels.place(coveredKelurahan(data), fmt.count);
  doc.setTitle(`${labels.title}: ${place === '' ? '' : `${place}, `}${data.surveyYear}`);
  doc.setSubject(labels.subtitle);
  const ctx: ReportContext = { lang: opts.lang, result: data, fonts, fmt, labels, printable: (s) => printable.text(s) };

  const cover = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  const contents: ContentsEntry[] = [];
  let flow: PageFlow | undefined;
  const sections = (opts.sections ?? reportSections(result)).map((s): ReportSection =>
    s.kind === 'table' ? { kind: 'table', table: data.tables[result.tables.indexOf(s.table)] ?? s.table } : s.kind === 'listing' ? { kind: 'listing', listing: printableListing(s.listing, ctx.printable) } : s,
  );
  for (const section of sections) {
    if (flow) flow.newPage();
    else flow = new PageFlow(doc);
    const title = printable.text(sectionTitle(section, labels));
    contents.push({ title, page: flow.pageNumber });
    if (section.kind === 'table') drawTableSection(flow, section.table, ctx);
    else if (section.kind === 'listing') drawListingSection(flow, section.listing, ctx);
    else if (section.kind === 'kelurahan') drawKelurahanSection(flow, section.kelurahan, ctx, printable);
    else drawQualitySection(flow, title, ctx);
  }
  const generatedOn = opts.generatedOn ?? calendarDay(opts.generatedAt);
  if (flow && opts.closing) drawClosing(flow, opts.closing, generatedOn, ctx);
  drawCover(cover, { result: data, generatedOn, contents, replaced: printable.replaced, place }, fonts, fmt, labels, (i) => doc.insertPage(i, [PAGE_WIDTH, PAGE_HEIGHT]));
  drawPageNumbers(doc, fonts.regular, labels);
  // objectsPerTick: Infinity, or pdf-lib yields through setTimeout, which Apps Script lacks.
  const bytes = await doc.save({ objectsPerTick: Infinity });
  return { bytes, pages: doc.getPageCount(), replaced: printable.replaced };
}
