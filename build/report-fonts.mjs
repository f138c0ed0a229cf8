// The report's fonts inside the add-on bundle. Apps Script has no file system and the bundle
// must not fetch anything, so DejaVu Sans Condensed (regular and bold, from the
// `dejavu-fonts-ttf` package) is subset at build time with `subset-font` (HarfBuzz) to the
// characters src/report/charset.ts says a report can print, and handed to the bundle as the
// virtual module `pranata:report-fonts` (base64 strings; pdf-lib decodes base64 itself).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
export const FONT_MODULE = 'pranata:report-fonts';
const FACES = { REGULAR: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf', BOLD: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf' };

/** The charset list from the TypeScript source, so it is defined once. */
async function reportCharacters(root) {
  const out = await build({
    entryPoints: [`${root}/src/report/charset.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'warning',
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).reportCharacters();
}

/** { REGULAR, BOLD }: the subset TrueType files as base64, and their sizes. */
export async function subsetReportFonts(root) {
  const text = await reportCharacters(root);
  const fonts = {};
  for (const [name, file] of Object.entries(FACES)) {
    const subset = await subsetFont(readFileSync(require.resolve(file)), text, { targetFormat: 'truetype' });
    fonts[name] = Buffer.from(subset).toString('base64');
  }
  return fonts;
}

/** esbuild plugin: `import { REGULAR, BOLD } from 'pranata:report-fonts'`. */
export function reportFontsPlugin(root) {
  let fonts;
  return {
    name: 'report-fonts',
    setup(b) {
      b.onResolve({ filter: /^pranata:report-fonts$/ }, (args) => ({ path: args.path, namespace: 'report-fonts' }));
      b.onLoad({ filter: /.*/, namespace: 'report-fonts' }, async () => {
        fonts ??= await subsetReportFonts(root);
        return {
          contents: `export const REGULAR = ${JSON.stringify(fonts.REGULAR)};\nexport const BOLD = ${JSON.stringify(fonts.BOLD)};\n`,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * What a bundle that runs the report inside Apps Script needs from esbuild (the add-on's
 * Code.js and bench/pdf.mjs): the fonts, fontkit's minified build (0.7 MB instead of 1.2 MB),
 * and setTimeout as promise jobs for fontkit's stream and pdf-lib (build/microtask-timers.js).
 */
export function reportBundling(root) {
  return {
    plugins: [reportFontsPlugin(root)],
    alias: { '@pdf-lib/fontkit': '@pdf-lib/fontkit/dist/fontkit.es.min.js' },
    inject: [join(root, 'build/microtask-timers.js')],
  };
}
