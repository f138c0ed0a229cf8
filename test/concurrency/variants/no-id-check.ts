/**
 * TEST-ONLY stand-in for src/addon/ids.ts: the ID column is still read, but the client id is
 * never found in it, so every retry writes a second row. submit-bundle.ts swaps it in to
 * build a broken bundle that the concurrency test must catch.
 */
import type * as real from '../../../src/addon/ids';

export { readIds } from '../../../src/addon/ids';

export const rowOfId: typeof real.rowOfId = () => null;
