// The machine's speed at JavaScript byte loops, beside read-utf8.mjs's at native reading: the
// file's bytes from the stream's Buffers, each passed once through the loop a CSV scanner can
// not do without (a compare against the delimiter and the line breaks, a multiply-hash), doing
// nothing else. On this VM the ratio between the two drifted by about 2 x from one day to the
// next (bench/README.md, 3 Dec 2026), so issue 15's ratios against native peers are read
// beside it. Prints { cells, hash, ms }. Usage: node js-scan.mjs <file.csv>
import { createReadStream } from 'node:fs';

/** Cells ended in `b` (by `,` CR or LF) and the running FNV-1a hash of their bytes. */
function scan(b, state) {
  let h = state.hash;
  let cells = state.cells;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c <= 44 && (c === 44 || c === 10 || c === 13)) {
      cells++;
      h = 0x811c9dc5;
    } else h = Math.imul(h ^ c, 0x01000193);
  }
  state.hash = h;
  state.cells = cells;
}

const t0 = performance.now();
const state = { cells: 0, hash: 0x811c9dc5 };
for await (const b of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) scan(b, state);
process.stdout.write(`${JSON.stringify({ cells: state.cells, hash: state.hash >>> 0, ms: performance.now() - t0 })}\n`);
