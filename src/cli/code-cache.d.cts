// Types of code-cache.cjs (the launcher's loader, plain CommonJS so it runs before any bundle).
export function runBundle(bundle: string, cacheFile: string, opts?: { write?: boolean; tierUp?: boolean }): { used: boolean; rejected: boolean };
export function usualTierUp(): void;
export function setV8Flags(flags: string): void;
export function cacheFileOf(bundle: string): string;
export const V8_INTERRUPT_BUDGET: number;
export const TIER_UP_BUDGET: number;
