/**
 * `pranata rekap --input F… [--target FILE]`: the Rekap alone (per RW and per Petugas
 * Pendata, over every input, per kelurahan when several), as JSON for a coordinator's
 * dashboard (core rekap-json.ts), or as the lists `tables` prints after its tables (text,
 * XLSX sheets `Rekap RW` and `Rekap Petugas`, PDF). Its own command and document, so
 * `pranata tables --format json` stays exactly CODEBOOK §7.
 */
import { progressListings, rekapJson, type Listing, type SurveyResult } from '../core';
import type { TablesArgs } from './args';
import { compute, outputFormatOf, replacedNote, writeOut, writtenNote, type Io } from './main';
import { readTargets } from './register';
import { renderGrid } from './text';

export async function rekap(a: TablesArgs, io: Io): Promise<number> {
  const lang = a.lang;
  const format = outputFormatOf(a, io);
  // Read before the data: a bad target file stops the run before a long read.
  const targets = a.target === undefined ? undefined : await readTargets(a.target, lang);
  // The issues are `tables`' business: the Rekap counts the rows with warnings, not the warnings.
  const result: SurveyResult = await compute(a, io, () => undefined, { progress: true });
  const progress = result.progress ?? { rw: [], petugas: [] };
  let data: string | Uint8Array;
  if (format === 'json') {
    const info = { surveyYear: result.surveyYear, rows: result.rows, ...(result.inputs === undefined ? {} : { inputs: result.inputs }) };
    data = `${JSON.stringify(rekapJson(progress, info, targets), null, 2)}\n`;
  } else {
    const listings: Listing[] = progressListings(progress, lang, targets);
    if (format === 'text') data = `${listings.map((l) => renderGrid(l, lang)).join('\n\n')}\n`;
    else if (format === 'xlsx') data = await (await import('./xlsx')).renderListingsXlsx(listings);
    else {
      const { renderReportPdf } = await import('../report/report');
      const { readReportFonts } = await import('./report-fonts');
      const pdf = await renderReportPdf(result, { lang, generatedAt: io.now(), fonts: readReportFonts(), sections: listings.map((listing) => ({ kind: 'listing', listing })) });
      data = pdf.bytes;
      replacedNote(pdf.replaced, lang, io);
    }
  }
  if (a.out === undefined) io.stdout.write(data);
  else {
    writeOut(a.out, data);
    writtenNote(a.out, result, lang, io);
  }
  return 0;
}
