/**
 * The worker's code as one CommonJS string. Worker threads do not go through jest's
 * transform, so worker-entry.ts (and ./wire, which it shares with the main side) is
 * bundled by esbuild once per process and started with `eval: true`.
 */
import { buildSync } from 'esbuild';
import * as path from 'node:path';

let cached: string | undefined;

export function workerSource(): string {
  if (cached === undefined) {
    const result = buildSync({
      entryPoints: [path.join(__dirname, 'worker-entry.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const output = result.outputFiles[0];
    if (output === undefined) throw new Error('esbuild produced no worker bundle');
    cached = output.text;
  }
  return cached;
}
