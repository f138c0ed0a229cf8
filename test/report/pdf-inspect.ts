/**
 * Test helpers that look at a PDF from outside, as a reader would: its text per page
 * (pdfjs-dist, in a child Node process: see pdf-text.mjs) and its pages rendered to
 * pixels (pdftoppm from Debian's poppler-utils).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

export interface PdfTextPage {
  width: number;
  height: number;
  items: TextItem[];
}

export interface PdfText {
  numPages: number;
  info: Record<string, unknown>;
  pages: PdfTextPage[];
}

function withTempPdf<T>(bytes: Uint8Array, use: (dir: string, file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pranata-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    return use(dir, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses the PDF with pdfjs-dist and returns every page's size and text items. */
export function readPdfText(bytes: Uint8Array): PdfText {
  return withTempPdf(bytes, (_dir, file) => {
    const out = execFileSync(process.execPath, [join(__dirname, 'pdf-text.mjs'), file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(out) as PdfText;
  });
}

/** A page's text: the non-blank items in reading order, joined by single spaces. */
export function pageText(page: PdfTextPage): string {
  return lines(page)
    .map((line) => line.join(' '))
    .join('\n');
}

/** The page's text as lines (items sharing a baseline), top to bottom, each left to right. */
export function lines(page: PdfTextPage): string[][] {
  const rows = new Map<number, TextItem[]>();
  for (const item of page.items) {
    if (item.str.trim() === '') continue;
    const key = [...rows.keys()].find((y) => Math.abs(y - item.y) < 1.5) ?? item.y;
    rows.set(key, [...(rows.get(key) ?? []), item]);
  }
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, items]) => items.sort((a, b) => a.x - b.x).map((item) => item.str));
}

/** The line that starts with these cells (e.g. ['1', 'Dasa Wisma']), or undefined. */
export function lineStartingWith(page: PdfTextPage, ...start: string[]): string[] | undefined {
  return lines(page).find((line) => start.every((cell, i) => line[i] === cell));
}

export interface GrayPage {
  width: number;
  height: number;
  /** 0 = black … 255 = white, row by row from the top. */
  pixels: Uint8Array;
}

/** Parses a binary PGM (P5, maxval 255) as pdftoppm -gray writes it. */
export function parsePgm(data: Buffer): GrayPage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM (P5) file');
  const [whole, w, h, max] = header;
  if (max !== '255') throw new Error(`PGM maxval ${max} is not 255`);
  const width = Number(w);
  const height = Number(h);
  const pixels = new Uint8Array(data.subarray(whole.length, whole.length + width * height));
  if (pixels.length !== width * height) throw new Error('PGM file is truncated');
  return { width, height, pixels };
}

/**
 * Renders every page to greyscale pixels with pdftoppm. Fails (never skips) when pdftoppm
 * is missing: the rendering check is part of CI, and .ci/run installs poppler-utils.
 */
export function renderPagesGray(bytes: Uint8Array, dpi = 40, command = 'pdftoppm'): GrayPage[] {
  const probe = spawnSync(command, ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(
      `${command} is not on PATH: install Debian's poppler-utils (apt-get install -y poppler-utils) ` +
        'to run the PDF rendering check.',
    );
  }
  return withTempPdf(bytes, (dir, file) => {
    execFileSync(command, ['-gray', '-r', String(dpi), file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)?.[1]) - Number(/(\d+)\.pgm$/.exec(b)?.[1]))
      .map((name) => parsePgm(readFileSync(join(dir, name))));
  });
}

/** Share of pixels in rows [fromRow, toRow) darker than near-white. */
export function inkShare(page: GrayPage, fromRow = 0, toRow = page.height): number {
  let ink = 0;
  for (let y = fromRow; y < toRow; y += 1) {
    for (let x = 0; x < page.width; x += 1) {
      if ((page.pixels[y * page.width + x] ?? 255) < 200) ink += 1;
    }
  }
  return ink / (page.width * (toRow - fromRow));
}
