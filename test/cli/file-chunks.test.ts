/**
 * fileChunks (src/cli/file-chunks.ts) gives a file's bytes as fs.createReadStream did: every
 * byte from `start` to `end`, in order, whatever the chunk size; a chunk stays intact until two
 * more have been taken (CsvBytes reads its carry out of the last one); a reader that stops
 * early closes the file; a missing file rejects.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fileChunks } from '../../src/cli/file-chunks';
import { fuzzParams } from '../fuzz/params';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pranata-chunks-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every byte from start to end, in order, each chunk intact until two more are taken', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.nat(3100), fc.option(fc.nat(3100), { nil: undefined }), fc.integer({ min: 1, max: 700 }), async (bytes, s, e, size) => {
      const file = join(dir, 'f.bin');
      writeFileSync(file, bytes);
      const start = Math.min(s, bytes.length);
      const got: Buffer[] = [];
      const copies: Buffer[] = [];
      for await (const chunk of fileChunks(file, start, e, size)) {
        // The chunk before last must still hold what it held when it came.
        if (got.length >= 1) expect(got[got.length - 1]!.equals(copies[copies.length - 1]!)).toBe(true);
        expect(chunk.length).toBeGreaterThan(0);
        expect(chunk.length).toBeLessThanOrEqual(size);
        got.push(chunk);
        copies.push(Buffer.from(chunk));
      }
      const want = Buffer.from(bytes.subarray(start, e === undefined ? undefined : Math.max(start, e)));
      expect(Buffer.concat(copies).equals(want)).toBe(true);
    }),
    fuzzParams(150),
  );
});

test('a reader that stops early closes the file; a missing file rejects', async () => {
  const file = join(dir, 'g.bin');
  writeFileSync(file, Buffer.alloc(10_000, 7));
  const before = readdirSync('/proc/self/fd').length;
  for (let k = 0; k < 300; k++) {
    // 300 early stops: a file left open each time would be 300 more descriptors.
    for await (const chunk of fileChunks(file, 0, Infinity, 1000)) {
      expect(chunk[0]).toBe(7);
      break;
    }
  }
  expect(readdirSync('/proc/self/fd').length).toBeLessThan(before + 5);
  await expect(async () => {
    for await (const _ of fileChunks(join(dir, 'missing.csv'))) void _;
  }).rejects.toThrow(/ENOENT/);
});
