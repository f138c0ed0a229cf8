// parseMs: the CLI's own CSV reader (src/cli/read-csv.ts: decode, sniff, papaparse streaming)
// over the file, with a sink that does nothing with the rows. Prints { rows, ms } as JSON.
// Usage: node parse.mjs <read-csv bundle> <file.csv>
import { createRequire } from 'node:module';

const [bundlePath, file] = process.argv.slice(2);
const { readCsv } = createRequire(import.meta.url)(bundlePath);
let rows = 0;
const t0 = performance.now();
await readCsv(file, () => {
  rows++;
});
process.stdout.write(`${JSON.stringify({ rows, ms: performance.now() - t0 })}\n`);
