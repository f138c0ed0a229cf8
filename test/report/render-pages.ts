/**
 * Renders a PDF's pages to greyscale pixels with pdf.js (pdfjs-dist) inside the headless
 * Chromium the browser tests already use: nothing outside npm (no poppler, no canvas
 * package). The page and pdf.js's files are served from node_modules through a route on a
 * made-up origin, so no server and no network are involved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { GrayPage } from './pdf-inspect';

/** What the page script adds to its window (the callbacks below run in the page: casts only). */
interface RenderWindow {
  ready?: boolean;
  renderGray(base64: string, dpi: number): Promise<{ width: number; height: number; gray: string }[]>;
}


const ORIGIN = 'http://pdf.invalid';
const PDFJS = join(__dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'build');

const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
import * as pdfjs from './pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.mjs';
window.renderGray = async (base64, dpi) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const doc = await pdfjs.getDocument({ data: bytes }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: ctx, canvas, viewport }).promise;
    const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let gray = '';
    for (let i = 0; i < rgba.length; i += 4) {
      gray += String.fromCharCode(Math.round(0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2]));
    }
    pages.push({ width: canvas.width, height: canvas.height, gray: btoa(gray) });
  }
  return pages;
};
window.ready = true;
</script>`;

/** Every page of `bytes` at `dpi`, 0 = black … 255 = white, row by row from the top. */
export async function renderPagesGray(browser: Browser, bytes: Uint8Array, dpi = 40): Promise<GrayPage[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: PAGE });
      if (name === 'pdf.mjs' || name === 'pdf.worker.mjs') {
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(PDFJS, name)) });
      }
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as RenderWindow).ready === true);
    const pages = await page.evaluate(
      ([data, d]) => (globalThis as unknown as RenderWindow).renderGray(data, d),
      [Buffer.from(bytes).toString('base64'), dpi] as const,
    );
    return pages.map((p) => ({ width: p.width, height: p.height, pixels: new Uint8Array(Buffer.from(p.gray, 'base64')) }));
  } finally {
    await context.close();
  }
}
