/**
 * The CLI's font bytes for the PDF report: DejaVu Sans Condensed, read from the
 * `dejavu-fonts-ttf` package at run time (the CLI bundle keeps node_modules external, so
 * the 700 kB files stay out of it). A missing package is a clear message, not a stack trace.
 */
import { readFileSync } from 'node:fs';
import type { FontBytes } from '../report/fonts';

export const FONT_PACKAGE = 'dejavu-fonts-ttf';
export const REGULAR_FILE = 'ttf/DejaVuSansCondensed.ttf';
export const BOLD_FILE = 'ttf/DejaVuSansCondensed-Bold.ttf';

/** Finds a module file the way Node's require does; injectable so the error path is testable. */
export type Resolve = (id: string) => string;

/** Path of one font file of the package, or an Error that says what to install. */
export function fontPath(file: string, resolve: Resolve = (id) => require.resolve(id)): string {
  const id = `${FONT_PACKAGE}/${file}`;
  try {
    return resolve(id);
  } catch (cause) {
    throw new Error(
      `PDF report: font file ${id} not found. Install the npm package "${FONT_PACKAGE}" ` +
        `(npm install ${FONT_PACKAGE}); the report embeds it to print Indonesian text and ≤ ≥.`,
      { cause },
    );
  }
}

/** Both faces, read from node_modules. */
export function readReportFonts(): FontBytes {
  return { regular: readFileSync(fontPath(REGULAR_FILE)), bold: readFileSync(fontPath(BOLD_FILE)) };
}
