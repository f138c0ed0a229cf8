/**
 * The characters a report can print: Basic Latin, Latin-1 Supplement, Latin Extended-A,
 * General Punctuation and ≤ ≥ (the bucket labels). The add-on's bundle carries the fonts
 * subset to exactly these (build.mjs reads this list), the CLI the whole font; both print
 * only these, so the same data gives the same pages. Anything else a user typed (Cyrillic,
 * an emoji, a control character) is drawn as a visible "�" and counted, never a crash and
 * never silently dropped.
 */
export const REPORT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x100, 0x17f],
  [0x2000, 0x206f],
  [0x2264, 0x2265],
];

/** U+FFFD REPLACEMENT CHARACTER: DejaVu draws it as a white question mark on a black diamond. */
export const REPLACEMENT = '\uFFFD';

export function inReportRanges(codePoint: number): boolean {
  return REPORT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Every character of the ranges plus the replacement: what the build subsets the fonts to. */
export function reportCharacters(): string {
  let text = '';
  for (const [from, to] of REPORT_RANGES) for (let cp = from; cp <= to; cp++) text += String.fromCodePoint(cp);
  return text + REPLACEMENT;
}

/**
 * Makes strings printable and counts what it had to replace. `covered` says which code
 * points the embedded fonts have (a few General Punctuation points are not in DejaVu).
 */
export class Printable {
  replaced = 0;

  constructor(private readonly covered: (codePoint: number) => boolean) {}

  text(value: string): string {
    let out = '';
    // NFC first: "e" + combining acute, as some phones type it, becomes the one "é" we have.
    for (const char of value.normalize('NFC')) {
      const cp = char.codePointAt(0) ?? 0;
      if (/\s/.test(char)) out += ' ';
      else if (inReportRanges(cp) && this.covered(cp)) out += char;
      else {
        out += REPLACEMENT;
        this.replaced++;
      }
    }
    return out;
  }
}
