/**
 * The load of the submit tests: many first submissions plus retries of some of them (the
 * same client id again, as a volunteer's sidebar does after a lost reply), and a check of
 * the sheet afterwards: each client id must be in exactly one row.
 */
import type { ExecutionCall, ExecutionResult } from './types';

export interface SubmitLoad {
  readonly calls: ExecutionCall[];
  /** Client ids in submission order, without the retries. */
  readonly clientIds: string[];
  /** Indexes in `calls` of [first submission, retry] per retried id. */
  readonly retries: Array<readonly [number, number]>;
}

/**
 * `total` calls of `fn`, one in ten a retry. A retry follows its original by 1, 2, 3, 8 or
 * 60 places: close ones usually run at the same time as the original, far ones after it.
 */
export function submitLoad(fn: string, total: number): SubmitLoad {
  const retryCount = Math.floor(total / 10);
  const clientIds = Array.from({ length: total - retryCount }, (_, i) => `c${String(i).padStart(3, '0')}`);
  const gaps = [1, 2, 3, 8, 60];
  const entries = clientIds.map((id, i) => ({ id, key: i, retry: false }));
  for (let k = 0; k < retryCount; k++) {
    const original = (k * 9 + 4) % clientIds.length;
    entries.push({ id: clientIds[original] ?? '', key: original + (gaps[k % gaps.length] ?? 1) - 0.5, retry: true });
  }
  entries.sort((a, b) => a.key - b.key);
  const calls = entries.map((entry) => ({ fn, args: [{ nama: `Kelompok ${entry.id}` }, entry.id] }));
  const retries: Array<readonly [number, number]> = [];
  entries.forEach((entry, index) => {
    if (entry.retry) retries.push([entries.findIndex((other) => other.id === entry.id && !other.retry), index]);
  });
  return { calls, clientIds, retries };
}

export interface SheetCheck {
  /** Client ids that were submitted but are in no row (overwritten or never written). */
  readonly lost: string[];
  /** Client ids in more than one row. */
  readonly doubled: string[];
}

export function checkSheet(rows: readonly (readonly unknown[])[], clientIds: readonly string[]): SheetCheck {
  const counts = new Map<unknown, number>();
  for (const row of rows.slice(1)) counts.set(row[0], (counts.get(row[0]) ?? 0) + 1);
  return {
    lost: clientIds.filter((id) => !counts.has(id)),
    doubled: clientIds.filter((id) => (counts.get(id) ?? 0) > 1),
  };
}

/** Two executions overlapped in virtual time: both were in flight at once. */
export function overlapped(a: ExecutionResult, b: ExecutionResult): boolean {
  return a.startedAt < b.endedAt && b.startedAt < a.endedAt;
}
