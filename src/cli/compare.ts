/**
 * `pranata compare --base OLD --input NEW`: both rounds read and checked as `tables` reads a
 * file, their valid rows matched (core rounds.ts), and the counts per type with the groups
 * behind them written as JSON, text, XLSX or PDF through the writers of the tables.
 */
import { compareRounds, comparisonJson, comparisonListings, roundGroup, type RoundGroup, type RoundInfo, type SurveyResult } from '../core';
import type { CompareArgs } from './args';
import { compute, loadCategories, outputFormatOf, replacedNote, writeOut, type Io } from './main';
import { renderGrid } from './text';

const info = (r: SurveyResult): RoundInfo => ({ surveyYear: r.surveyYear, kelurahan: r.kelurahan, rows: r.rows });

async function round(a: CompareArgs, io: Io, which: 'base' | 'current'): Promise<{ result: SurveyResult; groups: RoundGroup[] }> {
  const groups: RoundGroup[] = [];
  const args = { ...a };
  if (which === 'base') {
    args.inputs = [a.base];
    delete args.sheet;
    if (a.baseSheet !== undefined) args.sheet = a.baseSheet;
    if (a.baseYear !== undefined) args.surveyYear = a.baseYear;
  }
  // The issues are `tables`' business: only the counts of invalid rows are said here.
  const result = await compute(args, io, () => undefined, { onRecord: (r, row) => groups.push(roundGroup(r, row)) });
  return { result, groups };
}

export async function compare(a: CompareArgs, io: Io): Promise<number> {
  const lang = a.lang;
  const format = outputFormatOf(a, io);
  const base = await round(a, io, 'base');
  const now = await round(a, io, 'current');
  const types = loadCategories(a.categories, lang).categories.jenisKelompok.map((c) => c.label);
  const c = compareRounds(base.groups, now.groups, types);
  const listings = comparisonListings(c, info(base.result), info(now.result), lang);
  let data: string | Uint8Array;
  if (format === 'json') data = `${JSON.stringify(comparisonJson(c, info(base.result), info(now.result)), null, 2)}\n`;
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
    });
    data = pdf.bytes;
    replacedNote(pdf.replaced, lang, io);
  }
  if (a.out === undefined) io.stdout.write(data);
  else writeOut(a.out, data);
  return 0;
}
