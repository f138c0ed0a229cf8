/**
 * Fetching one sheet's PDF, patiently but not forever. Google answers 429 when exports come
 * too fast and 5xx when it is busy: those are retried after 1, 2, 4, 8 s (longer if the
 * server's Retry-After asks for it, up to RETRY.maxDelayMs), RETRY.maxAttempts times in all,
 * and never past the caller's deadline: Apps Script kills an execution at 6 minutes without a
 * word to the user, so giving up earlier with a message is kinder. Any other answer is final.
 */
import { fromGasBytes, looksLikePdf } from './bytes';
import type { Clock } from './clock';

export const RETRY = { maxAttempts: 5, firstDelayMs: 1000, maxDelayMs: 32_000 } as const;

export type FetchOutcome =
  | { ok: true; bytes: Uint8Array; attempts: number }
  /** An answer that retrying will not change (401, 403, 404, ...). */
  | { ok: false; kind: 'status'; status: number }
  /** Still 429/5xx after every try, or no time left for the next one. */
  | { ok: false; kind: 'busy'; status: number; attempts: number }
  /** The deadline passed before this sheet's turn. */
  | { ok: false; kind: 'timeout' }
  /** HTTP 200 but not a PDF (a sign-in page, say). */
  | { ok: false; kind: 'not-pdf' }
  /** UrlFetchApp itself threw: DNS, timeout, the daily UrlFetch quota. */
  | { ok: false; kind: 'network'; detail: string };

export function isRetryable(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** Wait before retry number `retry` (0-based): doubling from firstDelayMs, or what Retry-After asks. */
export function backoffMs(retry: number, retryAfter: string | null): number {
  const doubling = RETRY.firstDelayMs * 2 ** retry;
  const asked = retryAfter !== null && /^\s*\d+\s*$/.test(retryAfter) ? Number(retryAfter) * 1000 : 0;
  return Math.min(RETRY.maxDelayMs, Math.max(doubling, asked));
}

function header(response: GoogleAppsScript.URL_Fetch.HTTPResponse, name: string): string | null {
  const headers = response.getHeaders() as Record<string, unknown>;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' ? value : null;
}

function errorText(e: unknown): string {
  return typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
}

/** GETs `url` with the bearer token until it answers a PDF, a final status, or time runs out. */
export function fetchPdf(url: string, token: string, clock: Clock, deadline: number): FetchOutcome {
  for (let attempt = 1; ; attempt++) {
    if (clock.now() >= deadline) return { ok: false, kind: 'timeout' };
    let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
    try {
      // muteHttpExceptions: a 429 must come back as a status to retry, not as an exception.
      response = UrlFetchApp.fetch(url, { headers: { Authorization: `Bearer ${token}` }, muteHttpExceptions: true });
    } catch (e) {
      return { ok: false, kind: 'network', detail: errorText(e) };
    }
    const status = response.getResponseCode();
    if (status >= 200 && status < 300) {
      const bytes = fromGasBytes(response.getContent());
      return looksLikePdf(bytes) ? { ok: true, bytes, attempts: attempt } : { ok: false, kind: 'not-pdf' };
    }
    if (!isRetryable(status)) return { ok: false, kind: 'status', status };
    const delay = backoffMs(attempt - 1, header(response, 'retry-after'));
    if (attempt >= RETRY.maxAttempts || clock.now() + delay >= deadline) {
      return { ok: false, kind: 'busy', status, attempts: attempt };
    }
    clock.sleep(delay);
  }
}
