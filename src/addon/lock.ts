/**
 * The document lock around a critical section. Every submit and update of every volunteer
 * takes the same lock, so "read the ID column, then write at lastRow + 1" is one step that no
 * other execution can split. Kept in its own module, with this one function, so that the
 * concurrency tests can build a variant of the bundle without it and watch rows get lost.
 */

export type Locked<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs `critical` holding the document lock; `{ ok: false }` when the lock was not granted
 * within `waitMs`. The lock is released however `critical` ends (it may throw).
 */
export function withDocumentLock<T>(waitMs: number, critical: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(waitMs);
  } catch {
    // waitLock throws "Lock timeout: ..." when another execution held the lock too long.
    return { ok: false };
  }
  try {
    return { ok: true, value: critical() };
  } finally {
    lock.releaseLock();
  }
}
