// The floor: Node reading the file as UTF-8 text and doing nothing with it. Prints { chars, ms }.
// Usage: node read-utf8.mjs <file.csv>
import { createReadStream } from 'node:fs';

const t0 = performance.now();
let chars = 0;
for await (const s of createReadStream(process.argv[2], { highWaterMark: 1 << 20, encoding: 'utf8' })) chars += s.length;
process.stdout.write(`${JSON.stringify({ chars, ms: performance.now() - t0 })}\n`);
