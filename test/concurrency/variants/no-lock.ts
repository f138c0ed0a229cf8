/**
 * TEST-ONLY stand-in for src/addon/lock.ts: runs the critical section without taking the
 * document lock. submit-bundle.ts swaps it in (an esbuild plugin) to build a broken bundle
 * that the concurrency test must catch; the product's code has no switch for this.
 */
import type * as real from '../../../src/addon/lock';

export type Locked<T> = real.Locked<T>;

export const withDocumentLock: typeof real.withDocumentLock = (_waitMs, critical) => ({ ok: true, value: critical() });
