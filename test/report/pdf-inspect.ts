/**
 * Test helpers that look at a PDF from outside, as a reader would: its text per page
 * (pdfjs-dist, in a child Node process: see pdf-text.mjs) and how much ink a rendered page
 * carries (pages are rendered by render-pages.ts).
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
