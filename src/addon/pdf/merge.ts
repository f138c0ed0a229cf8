/**
 * One report from the cover and the sheets' PDFs, with pdf-lib (bundled into Code.js).
 * pdf-lib yields to the event loop every N objects through setTimeout, which Apps Script
 * lacks: `parseSpeed: Fastest` (load) and `objectsPerTick: Infinity` (save) turn that off, so
 * every step is a promise job, and V8 runs those before the execution ends.
 */
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import type { Lang } from '../../core';
import { drawCover } from './cover';
import type { CoverText } from './cover-text';

export interface ReportMeta {
  title: string;
  lang: Lang;
  /** Stored as the PDF's creation date (the same input gives the same bytes). */
  createdAt: Date;
}

export interface MergedReport {
  bytes: Uint8Array;
  pages: number;
}

const DOCUMENT_LANGUAGE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** Page where each part starts, after the one-page cover. */
export function partStarts(pageCounts: readonly number[]): number[] {
  let next = 2;
  return pageCounts.map((n) => {
    const start = next;
    next += n;
    return start;
  });
}

/**
 * The cover (its text made once the parts' page counts are known, for the contents) then
 * every page of every part, in order.
 */
export async function mergeReport(
  parts: readonly Uint8Array[],
  cover: (tableStarts: number[]) => CoverText,
  meta: ReportMeta,
): Promise<MergedReport> {
  const sources: PDFDocument[] = [];
  for (const [i, part] of parts.entries()) {
    const source = await PDFDocument.load(part, { parseSpeed: ParseSpeeds.Fastest });
    // A report with a table silently missing is worse than no report.
    if (source.getPageCount() === 0) throw new Error(`PDF ${i + 1} has no pages.`);
    sources.push(source);
  }

  const doc = await PDFDocument.create();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage(DOCUMENT_LANGUAGE[meta.lang]);
  doc.setCreator('Pranata');
  doc.setProducer('Pranata (pdf-lib)');
  doc.setCreationDate(meta.createdAt);
  doc.setModificationDate(meta.createdAt);

  await drawCover(doc, cover(partStarts(sources.map((s) => s.getPageCount()))));
  for (const source of sources) {
    const pages = await doc.copyPages(source, source.getPageIndices());
    for (const page of pages) doc.addPage(page);
  }
  const bytes = await doc.save({ objectsPerTick: Infinity });
  return { bytes, pages: doc.getPageCount() };
}
