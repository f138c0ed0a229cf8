/**
 * The PDF report's fonts as the build embeds them (build/report-fonts.mjs): DejaVu Sans
 * Condensed regular and bold, subset to src/report/charset.ts, as base64 TrueType.
 * Under jest the module maps to test/fixtures/report-fonts.cjs (the whole fonts).
 */
declare module 'pranata:report-fonts' {
  export const REGULAR: string;
  export const BOLD: string;
}
