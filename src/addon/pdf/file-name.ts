import { CORE_WORDS } from '../../core/i18n';
import type { SurveyResult } from '../../core/model';
import { coveredKelurahan } from '../../core/rollup';

/**
 * The report's file name, for the download and for Drive: "Laporan WKSBM Cibeureum 2006.pdf";
 * over several kelurahan their number, "Laporan WKSBM 15 Kelurahan 2006.pdf" (was "Laporan
 * WKSBM 2006.pdf", as for a sheet naming no kelurahan).
 */
export function reportFileName(result: Pick<SurveyResult, 'kelurahan' | 'tables' | 'surveyYear'>): string {
  const names = coveredKelurahan(result);
  const place = names.length > 1 ? CORE_WORDS.id.kelurahanCount(String(names.length)) : (names[0] ?? '');
  return `${['Laporan WKSBM', place, String(result.surveyYear)].join(' ').replace(/\s+/g, ' ').trim()}.pdf`;
}

/**
 * A name that came back from the dialog, made safe for Drive: no control characters or
 * slashes, at most 150 characters, ending in ".pdf". Empty becomes the plain report name.
 */
export function safeFileName(name: unknown): string {
  const text = typeof name === 'string' ? name.replace(/[\u0000-\u001f\u007f/\\]+/g, ' ').replace(/\s+/g, ' ').trim() : '';
  const stem = text.replace(/\.pdf$/i, '').slice(0, 146).trim();
  return `${stem === '' ? 'Laporan WKSBM' : stem}.pdf`;
}
