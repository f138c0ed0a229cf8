/** What to tell the coordinator when a sheet's PDF did not come back (fetch-pdf.ts outcomes). */
import type { Lang } from '../../core';
import type { FetchOutcome } from './fetch-pdf';
import { pdfSay } from './text';

type Failure = Exclude<FetchOutcome, { ok: true }>;

/** The message for a failure exporting Tabel `tableNo` (1..5). */
export function fetchFailureText(failure: Failure, tableNo: number, lang: Lang): string {
  const table = pdfSay('table', lang, { n: tableNo });
  switch (failure.kind) {
    case 'status':
      if (failure.status === 401 || failure.status === 403) return pdfSay('denied', lang, { table, status: failure.status });
      if (failure.status === 404) return pdfSay('notFound', lang, { table });
      return pdfSay('httpFailed', lang, { table, status: failure.status });
    case 'busy':
      return pdfSay('busy', lang, { table, status: failure.status, attempts: failure.attempts });
    case 'timeout':
      return pdfSay('timeout', lang, { table });
    case 'not-pdf':
      return pdfSay('notPdf', lang, { table });
    case 'network':
      return pdfSay('network', lang, { table, detail: sentence(failure.detail) });
  }
}

/** An exception's text as a sentence: trimmed, ending in a full stop. */
export function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}
