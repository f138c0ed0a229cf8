/**
 * Fitting text into a width: wrapping at spaces and after "/" (the study's labels are full
 * of slashes: "Integrasi Masyarakat/Kerukunan Warga"), shrinking, and as a last resort an
 * ellipsis. Every label the report draws goes through here, so none overflows its cell.
 */
/** The only thing measured: how wide a string is in a font at a size. */
export interface Measure {
  widthOfTextAtSize(text: string, size: number): number;
}

/** Collapses white space (a newline in a user's label must not break the layout). */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits text into pieces after which a line may break: after a space or a slash. */
function breakPieces(text: string): string[] {
  return text.match(/[^ /]*(?: +|\/|$)/g)?.filter((piece) => piece !== '') ?? [];
}

/** Breaks one piece that is wider than the line by characters. */
function splitLongPiece(piece: string, font: Measure, size: number, maxWidth: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const char of piece) {
    if (current !== '' && font.widthOfTextAtSize(current + char, size) > maxWidth) {
      parts.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** Wraps text into lines no wider than maxWidth at this size (as many lines as needed). */
export function wrapText(text: string, font: Measure, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPieces(cleanText(text))) {
    const candidate = line + piece;
    if (font.widthOfTextAtSize(candidate.trimEnd(), size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line.trimEnd());
    if (font.widthOfTextAtSize(piece.trimEnd(), size) <= maxWidth) {
      line = piece;
    } else {
      const parts = splitLongPiece(piece.trimEnd(), font, size, maxWidth);
      line = parts.pop() ?? '';
      lines.push(...parts);
    }
  }
  if (line.trimEnd() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/**
 * The narrowest width at which text wraps onto at most maxLines lines at this size, never
 * narrower than its widest unbreakable piece (so no word is split): what a column must be
 * given so its header reads whole.
 */
export function widthToWrap(text: string, font: Measure, size: number, maxLines: number): number {
  const clean = cleanText(text);
  const full = font.widthOfTextAtSize(clean, size);
  let width = Math.max(0, ...breakPieces(clean).map((piece) => font.widthOfTextAtSize(piece.trimEnd(), size)));
  while (width < full && wrapText(clean, font, size, width).length > maxLines) width += 1;
  return Math.min(width, full);
}

/** Cuts text to maxWidth, ending in "…" when anything was cut. */
export function truncateText(text: string, font: Measure, size: number, maxWidth: number): string {
  if (font.widthOfTextAtSize(text, size) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 0 && font.widthOfTextAtSize(`${cut}…`, size) > maxWidth) {
    cut = cut.slice(0, -1);
  }
  return `${cut.trimEnd()}…`;
}

export interface FittedText {
  lines: string[];
  size: number;
}

export interface FitOptions {
  size: number;
  /** Smallest size the text may shrink to. */
  minSize: number;
  maxWidth: number;
  maxLines: number;
  /**
   * `shrink`: one line, smaller, before wrapping (table labels: rows stay one line high).
   * `wrap`: wrap at full size, before shrinking (headers and titles read better wrapped).
   */
  prefer: 'shrink' | 'wrap';
}

/**
 * Fits text into a box maxWidth wide and at most maxLines lines tall, shrinking and
 * wrapping in the preferred order; the last line is cut with "…" only if even maxLines
 * lines at minSize are not enough.
 */
export function fitText(text: string, font: Measure, options: FitOptions): FittedText {
  const { size, minSize, maxWidth, maxLines, prefer } = options;
  const clean = cleanText(text);
  const sizes: number[] = [];
  for (let s = size; s >= minSize - 1e-9; s -= 0.5) sizes.push(s);
  if (prefer === 'wrap') {
    for (const s of sizes) {
      const lines = wrapText(clean, font, s, maxWidth);
      if (lines.length <= maxLines) return { lines, size: s };
    }
  } else {
    for (const s of sizes) {
      if (font.widthOfTextAtSize(clean, s) <= maxWidth) return { lines: [clean], size: s };
    }
    const lines = wrapText(clean, font, minSize, maxWidth);
    if (lines.length <= maxLines) return { lines, size: minSize };
  }
  const wrapped = wrapText(clean, font, minSize, maxWidth);
  const kept = wrapped.slice(0, maxLines);
  kept[maxLines - 1] = truncateText(wrapped.slice(maxLines - 1).join(' '), font, minSize, maxWidth);
  return { lines: kept, size: minSize };
}
