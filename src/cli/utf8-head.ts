/**
 * Whether a file's head is UTF-8: its bytes valid, but for one character the head may cut short
 * at its end. This is what `new TextDecoder('utf-8', { fatal: true }).decode(head, { stream:
 * true })` decides (read-csv.ts chose the encoding that way), without decoding: Node's
 * `buffer.isUtf8` (simdutf) checks a megabyte in 0.3 ms, where the decoder built a
 * megabyte-long string in 20 ms, on every run of a big file (4 Dec 2026, this VM), and 2 of the
 * 307-row sample's ~150 ms. test/cli/head.test.ts holds it to the decoder's verdict.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

/** The longest UTF-8 sequence: a cut one leaves at most this many bytes less one. */
const LONGEST = 4;

const isContinuation = (b: number): boolean => (b & 0xc0) === 0x80;

/**
 * True when `bytes` is valid UTF-8 or a valid start of it. A head that is not whole UTF-8 may
 * end inside a character: the bytes before that character's first byte (the last byte that is
 * no continuation byte, among the last four) must then be whole UTF-8, and the rest a valid
 * beginning of one character, which the decoder itself judges (a few bytes; WHATWG's decoder
 * refuses a bad second byte such as E0 80 at once, so "a lead byte and enough room" would not do).
 */
export function isUtf8Head(bytes: Uint8Array): boolean {
  if (isUtf8(bytes)) return true;
  let start = bytes.length - 1;
  while (start >= 0 && start > bytes.length - LONGEST && isContinuation(bytes[start] ?? 0)) start--;
  if (start < 0 || isContinuation(bytes[start] ?? 0)) return false;
  if (!isUtf8(bytes.subarray(0, start))) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start), { stream: true });
    return true;
  } catch {
    return false;
  }
}
