/**
 * A file's head read cheaply is the head read the plain way. isUtf8Head (src/cli/utf8-head.ts)
 * is the decoder's verdict: valid UTF-8 but for a character cut at the end, exactly where
 * `new TextDecoder('utf-8', { fatal: true })` with `stream: true` (what read-csv.ts asked
 * before) throws or not. layoutText (read-csv.ts), a part of the head decoded, gives csvLayout
 * what the whole head's text gives it.
 */
import { TextDecoder } from 'node:util';
import fc from 'fast-check';
import { isUtf8Head } from '../../src/cli/utf8-head';
import { csvLayout, layoutText, PROBE, type Encoding } from '../../src/cli/read-csv';
import { fuzzParams } from '../fuzz/params';

function decoderSays(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Bytes around the traps: lead bytes of each length, the bounds of their second byte, continuation bytes, bytes never in UTF-8. */
const TRAPS = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xfe, 0xff];

/** Text of every width (ASCII, 2-, 3- and 4-byte characters) cut at any byte, with stray bytes spliced in. */
const headArb = fc
  .tuple(
    fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('Posyandu Melati', 'Ibu Siti Aisyah', 'é', '€', '😀', '\u{10FFFF}')), { maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(), fc.array(fc.constantFrom(...TRAPS), { minLength: 1, maxLength: 4 })), { maxLength: 3 }),
    fc.nat(),
  )
  .map(([parts, splices, cut]) => {
    const bytes = [...Buffer.from(parts.join(''), 'utf8')];
    for (const [at, add] of splices) bytes.splice(bytes.length === 0 ? 0 : at % (bytes.length + 1), 0, ...add);
    return Uint8Array.from(bytes.slice(0, bytes.length === 0 ? 0 : cut % (bytes.length + 1)));
  });

describe('isUtf8Head', () => {
  it('says what the fatal streaming decoder says, on text cut anywhere with stray bytes', () => {
    fc.assert(
      fc.property(headArb, (bytes) => isUtf8Head(bytes) === decoderSays(bytes)),
      fuzzParams(3000),
    );
  });

  it('says what the decoder says on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => isUtf8Head(bytes) === decoderSays(bytes)),
      fuzzParams(3000),
    );
  });

  it('takes a character cut short at the end, and refuses a start the decoder refuses at once', () => {
    const euro = Buffer.from('Rp 5.000 €', 'utf8');
    expect(isUtf8Head(euro.subarray(0, euro.length - 1))).toBe(true);
    expect(isUtf8Head(euro.subarray(0, euro.length - 2))).toBe(true);
    // E0 must be followed by A0..BF: E0 80 is refused although a third byte might follow.
    expect(isUtf8Head(Uint8Array.from([0x41, 0xe0, 0x80]))).toBe(false);
    expect(isUtf8Head(Uint8Array.from([0x41, 0xe0, 0xa0]))).toBe(true);
    // Four continuation bytes at the end start no character.
    expect(isUtf8Head(Uint8Array.from([0xf0, 0x9f, 0x98, 0x80, 0x80]))).toBe(false);
    // Windows-1252's "é" (E9) before ASCII: no UTF-8.
    expect(isUtf8Head(Buffer.from('Caf\xe9 Mawar', 'latin1'))).toBe(false);
    expect(isUtf8Head(new Uint8Array(0))).toBe(true);
  });
});

/** A head's bytes in `encoding`, as read-csv.ts encodes nothing itself: UTF-16 with its byte-order mark. */
function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'windows-1252') return Buffer.from(text.replace(/[^\x00-\xff]/g, '?'), 'latin1');
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (encoding === 'utf-16le') return le;
  return Buffer.from(le).swap16();
}

describe('layoutText', () => {
  const plain = (probe: Uint8Array, encoding: Encoding): ReturnType<typeof csvLayout> => csvLayout(new TextDecoder(encoding).decode(probe, { stream: true }));
  const header = ['Nama Kelompok', 'Jenis', 'RW', 'Tahun Berdiri', 'Jumlah Anggota'];

  it('gives csvLayout the whole head\'s answer, around the cut, in every encoding', () => {
    // Long records of one-, two-, three- and four-byte characters, each its own delimiter and
    // width: the sniff's SNIFF_CHARS characters end somewhere among them, so a part that held
    // fewer characters, or a longer text, would pick another delimiter.
    const recordArb = fc.record({
      d: fc.constantFrom(',', ';', '\t'),
      cells: fc.integer({ min: 2, max: 9 }),
      fill: fc.integer({ min: 0, max: 9000 }),
      char: fc.constantFrom('a', '\u00e9', '\u20ac', '\ud83d\ude00'),
    });
    const arb = fc.record({
      encoding: fc.constantFrom<Encoding>('utf-8', 'windows-1252', 'utf-16le', 'utf-16be'),
      sep: fc.option(fc.tuple(fc.constantFrom(',', ';', '\t', '|'), fc.nat({ max: 3 })), { nil: undefined }),
      header: fc.option(fc.constantFrom(',', ';', '\t'), { nil: undefined }),
      records: fc.array(recordArb, { minLength: 1, maxLength: 24 }),
    });
    fc.assert(
      fc.property(arb, ({ encoding, sep, header: d, records }) => {
        let text = sep === undefined ? '' : `sep=${sep[0]}${' '.repeat(sep[1])}\r\n`;
        if (d !== undefined) text += `${header.join(d)}\n`;
        text += records.map((r) => [r.char.repeat(r.fill), ...Array.from({ length: r.cells - 1 }, (_, k) => String(k))].join(r.d)).join('\n');
        const probe = encode(text, encoding).subarray(0, PROBE);
        expect(csvLayout(layoutText(probe, encoding))).toEqual(plain(probe, encoding));
      }),
      fuzzParams(300),
    );
  });

  it('reads as many characters as the whole head gives it, however many bytes they take', () => {
    // The first record 30,000 three-byte characters: the wide record after it is within the
    // sniff's SNIFF_CHARS characters, though not within as many bytes.
    const probe = Buffer.from(`${'\u20ac'.repeat(30_000)},x\n${Array.from({ length: 9 }, String).join(';')}\n`, 'utf8');
    expect(csvLayout(layoutText(probe, 'utf-8'))).toEqual(plain(probe, 'utf-8'));
    expect(csvLayout(layoutText(probe, 'utf-8')).delimiter).toBe(';');
  });

  it('decodes the whole head when a sep= line runs on past the part it decodes', () => {
    const probe = Buffer.from(`sep=;${' '.repeat(300_000)}\nNama Kelompok;Jenis\n`, 'utf8');
    expect(csvLayout(layoutText(probe, 'utf-8'))).toEqual(plain(probe, 'utf-8'));
    expect(csvLayout(layoutText(probe, 'utf-8')).skip).toBe(300_006);
  });
});
