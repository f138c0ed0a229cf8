/**
 * `pranata compare --base OLD --input NEW`: both rounds read and checked as `tables` reads a
 * file, their valid rows matched (core rounds.ts), and the counts per type with the groups
 * behind them written as JSON, text, XLSX or PDF through the writers of the tables.
 */
import { compareRounds, comparisonJson, comparisonListings, RoundReader, type RoundInfo, type SurveyResult } from '../core';
import type { CompareArgs } from './args';
import { compute, loadCategories, outputFormatOf, replacedNote, writeOut, type Io } from './main';
import { renderGrid } from './text';

/**
 * One round read as `tables` reads it. The current round's year is its survey year (stated or
 * this year); the base round's is `--base-year`, else its latest Tanggal Pendataan's, else none.
 */
async function round(a: CompareArgs, io: Io, which: 'base' | 'current'): Promise<{ result: SurveyResult; info: RoundInfo; reader: RoundReader }> {
  // A row without a kelurahan (a file without the column, say) is --kelurahan's: its key must name one to match the other round's.
  const reader = new RoundReader(a.kelurahan);
  const args = { ...a };
  if (which === 'base') {
    args.inputs = [a.base];
    delete args.sheet;
    if (a.baseSheet !== undefined) args.sheet = a.baseSheet;
    if (a.baseYear !== undefined) args.surveyYear = a.baseYear;
  }
  // The issues are `tables`' business: only the counts of invalid rows are said here.
  const result = await compute(args, io, () => undefined, { onRecord: reader.add, onFile: reader.inFile });
  return { result, info: reader.info(result, which === 'base' ? a.baseYear : result.surveyYear), reader };
}

export async function compare(a: CompareArgs, io: Io): Promise<number> {
  const lang = a.lang;
  const format = outputFormatOf(a, io);
  const base = await round(a, io, 'base');
  const now = await round(a, io, 'current');
  const types = loadCategories(a.categories, lang).categories.jenisKelompok.map((c) => c.label);
  const c = compareRounds(base.reader.groups, now.reader.groups, types);
  const listings = comparisonListings(c, base.info, now.info, lang);
  let data: string | Uint8Array;
  if (format === 'json') data = `${JSON.stringify(comparisonJson(c, base.info, now.info), null, 2)}\n`;
  else if (format === 'text') data = `${listings.map((l) => renderGrid(l, lang)).join('\n\n')}\n`;
  else if (format === 'xlsx') data = await (await import('./xlsx')).renderListingsXlsx(listings);
  else {
    const { renderReportPdf } = await import('../report/report');
    const { readReportFonts } = await import('./report-fonts');
    const pdf = await renderReportPdf(now.result, {
      lang,
      generatedAt: io.now(),
      fonts: readReportFonts(),
      sections: listings.map((listing) => ({ kind: 'listing', listing })),
      ...(a.closing ? { closing: a.closing } : {}),
    });
    data = pdf.bytes;
    replacedNote(pdf.replaced, lang, io);
  }
  if (a.out === undefined) io.stdout.write(data);
  else writeOut(a.out, data);
  return 0;
}
