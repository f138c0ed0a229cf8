/// <reference types="google-apps-script" />
/**
 * LockService in one process. Each getDocumentLock() call returns a new Lock object,
 * and each Lock object stands for one execution: while one holds the document lock,
 * another Lock's tryLock answers false and waitLock throws Apps Script's timeout error
 * at once (nothing can release it while this single thread waits). Waits are recorded.
 * To simulate another volunteer's execution holding the lock, use FakeGas.holdLock().
 */
import type { FakeContext, LockScope } from './context';
import { instrument } from './counter';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type Lock = GoogleAppsScript.Lock.Lock;
type LockService = GoogleAppsScript.Lock.LockService;

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export class FakeLock implements Pick<Lock, 'waitLock' | 'tryLock' | 'releaseLock' | 'hasLock'> {
  constructor(readonly ctx: FakeContext, readonly scope: LockScope) {}

  tryLock(timeoutInMillis: number): boolean {
    const holder = this.ctx.lockHolders.get(this.scope);
    const acquired = holder === undefined || holder === this;
    if (acquired) this.ctx.lockHolders.set(this.scope, this);
    this.ctx.records.lockWaits.push({ scope: this.scope, ms: timeoutInMillis, acquired });
    return acquired;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw this.ctx.error(LOCK_TIMEOUT);
  }
  releaseLock(): void {
    if (this.ctx.lockHolders.get(this.scope) === this) this.ctx.lockHolders.delete(this.scope);
  }
  hasLock(): boolean { return this.ctx.lockHolders.get(this.scope) === this; }
}

export class FakeLockService implements Pick<LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  constructor(readonly ctx: FakeContext) {}
  getDocumentLock(): Lock { return asGas<Lock>(new FakeLock(this.ctx, 'document')); }
  getScriptLock(): Lock { return asGas<Lock>(new FakeLock(this.ctx, 'script')); }
  getUserLock(): Lock { return asGas<Lock>(new FakeLock(this.ctx, 'user')); }
}

/** Makes another "execution" hold a lock until the returned function is called. */
export function holdLock(ctx: FakeContext, scope: LockScope): () => void {
  if (ctx.lockHolders.has(scope)) throw new Error(`FakeGas: the ${scope} lock is already held`);
  const other = {};
  ctx.lockHolders.set(scope, other);
  return () => {
    if (ctx.lockHolders.get(scope) === other) ctx.lockHolders.delete(scope);
  };
}

instrument(FakeLock, 'Lock');
instrument(FakeLockService, 'LockService');

export type _Checks = [Assert<OnlyRealMethods<FakeLock, Lock>>, Assert<OnlyRealMethods<FakeLockService, LockService>>];
