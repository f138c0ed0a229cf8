// Reads a PDF with pdfjs-dist (legacy build, for Node) and prints, as JSON, each page's
// size and text. A separate Node process because pdfjs-dist is ESM-only (it uses
// import.meta), which jest's CommonJS transform cannot load.
// Usage: node pdf-text.mjs FILE.pdf
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node pdf-text.mjs FILE.pdf');
  process.exit(2);
}
const data = new Uint8Array(readFileSync(file));
const pdf = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n += 1) {
  const page = await pdf.getPage(n);
  const [x0, y0, x1, y1] = page.view;
  const content = await page.getTextContent();
  const items = content.items
    .filter((item) => 'str' in item)
    .map((item) => ({
      str: item.str, x: item.transform[4], y: item.transform[5], width: item.width,
      // Unrotated text: the transform's scale is the font size in points.
      size: Math.hypot(item.transform[0], item.transform[1]),
    }));
  pages.push({ width: x1 - x0, height: y1 - y0, items });
}
const meta = await pdf.getMetadata();
console.log(JSON.stringify({ numPages: pdf.numPages, info: meta.info, pages }));
