/**
 * fast-check run parameters. Runs are bounded (the whole folder stays under a minute in CI);
 * FUZZ_RUNS scales them for a longer local hunt. On failure fast-check's message carries the
 * seed and the counterexample path; FUZZ_SEED (and FUZZ_PATH) replay exactly that case.
 */
import type fc from 'fast-check';

export function fuzzParams<T>(numRuns: number): fc.Parameters<T> {
  const scale = Number(process.env.FUZZ_RUNS_SCALE ?? 1);
  const seed = process.env.FUZZ_SEED;
  const path = process.env.FUZZ_PATH;
  return {
    numRuns: Math.max(1, Math.round(numRuns * scale)),
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(path !== undefined ? { path } : {}),
    // Show the counterexample and the seed even when jest truncates long messages.
    verbose: 1,
  };
}
