// Build: esbuild bundles
//   dist/Code.js         the add-on (src/index.ts) + one real top-level forwarding function per export
//   dist/sidebar.html    the sidebar (sidebar/), script and style inlined: HtmlService serves one file
//   dist/appsscript.json the manifest
//   dist/cli.cjs         the command line (src/cli), Node; zod and papaparse inlined, the heavy
//                        and lazily loaded ones (exceljs, pdf-lib, fontkit) left in node_modules
//   dist/cli.cjs.cache   V8's code cache of dist/cli.cjs after a run of the sample, which the
//                        `pranata` launcher hands to V8 (src/cli/code-cache.cjs, build/code-cache.cjs)
// The add-on's bundle carries the PDF report's fonts, subset at build time (build/report-fonts.mjs).
// `node build.mjs --cli` builds only the CLI (what `npm run demo` and the `pranata` launcher need).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { reportBundling } from './build/report-fonts.mjs';
import dialogScripts from './build/dialog-scripts.cjs';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const GLOBAL = 'Pranata';

async function buildCli() {
  const res = await build({
    entryPoints: [join(root, 'src/cli/entry.ts')],
    outfile: join(dist, 'cli.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Start-up is most of a small run: resolving and loading zod and papaparse from
    // node_modules cost more than parsing them inlined, and an inline source map doubles the
    // text Node has to read. Without whitespace and comments the text is 0.38 MB, not 0.52
    // (read, decoded and compared on each run; the linked map still names every line). exceljs, pdf-lib and fontkit stay outside: they load only when an
    // XLSX or PDF is read or written, and inlined they would be parsed on every run.
    external: ['exceljs', 'pdf-lib', '@pdf-lib/fontkit', 'unzipper', 'dejavu-fonts-ttf'],
    sourcemap: 'linked',
    minifyWhitespace: true,
    metafile: true,
    logLevel: 'warning',
  });
  // The launcher runs the bundle from V8's code cache without a dynamic-import callback (Node
  // 20 loses it in cached functions: src/cli/code-cache.cjs), so an import() of an external
  // module would fail at run time; esbuild already turns import()s of our own files into require.
  // The launcher decodes the bundle each run: ASCII text becomes a one-byte string in a copy,
  // while a single character beyond Latin-1 (a comment's dash) makes V8 widen all of it to two
  // bytes a character (4 ms of the sample's start-up). esbuild escapes non-ASCII in code and
  // minifyWhitespace drops the comments, so this holds; it is checked, not assumed.
  const wide = readFileSync(join(dist, 'cli.cjs')).findIndex((b) => b > 0x7f);
  if (wide >= 0) throw new Error(`dist/cli.cjs: a non-ASCII byte at offset ${wide}; keep the CLI bundle ASCII`);
  const dynamic = Object.values(res.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import'));
  if (dynamic.length) throw new Error(`dist/cli.cjs: import() of ${dynamic.map((i) => i.path).join(', ')}; use a static import in a lazily imported module`);
  // The old cache goes first: if the warm run fails, no cache of another build is left (the
  // launcher would ignore it anyway: it holds a copy of the bundle it was made for).
  const cache = join(dist, 'cli.cjs.cache');
  rmSync(cache, { force: true });
  try {
    execFileSync(process.execPath, [join(root, 'build', 'code-cache.cjs')], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    process.stderr.write(e.stderr ?? '');
    throw e;
  }
}

/**
 * Apps Script only runs functions that are top-level declarations of a pushed file: a menu item
 * or google.script.run cannot reach `Pranata.onOpen` inside an IIFE. So after bundling, the
 * exports are listed (by evaluating the bundle in an empty vm context: its top level touches no
 * Apps Script service) and a forwarder is emitted for each one. Names ending in `_` would be
 * private to Apps Script, so an export must not end in `_`.
 */
function forwarders(code) {
  const ctx = vm.createContext({});
  vm.runInContext(`${code}\n;globalThis.__exports = Object.keys(${GLOBAL});`, ctx);
  const names = ctx.__exports;
  for (const n of names) if (n.endsWith('_')) throw new Error(`export ${n} ends in "_" (private in Apps Script)`);
  return names.map((n) => `function ${n}(...args) {\n  return ${GLOBAL}.${n}(...args);\n}`).join('\n');
}

async function buildAddon() {
  const report = reportBundling(root);
  const res = await build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    // The PDF report inside Apps Script: subset fonts, minified fontkit, timers as promise jobs;
    // the dialogs' scripts bundled from sidebar/ (build/dialog-scripts.cjs).
    ...report,
    plugins: [...report.plugins, dialogScripts.dialogScriptsPlugin(root)],
    mainFields: ['module', 'main'],
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = res.outputFiles[0].text;
  const header = '/** @OnlyCurrentDoc */\n// Built by build.mjs from src/index.ts. Do not edit: edit src/ and run `npm run build`.\n';
  writeFileSync(join(dist, 'Code.js'), `${header}${code}\n${forwarders(code)}\n`);
}

async function buildSidebar() {
  const dir = join(root, 'sidebar');
  const html = join(dir, 'index.html');
  // Bundled as the dialogs' scripts are (one set of options for every script inlined in a page).
  const js = dialogScripts.pageScript(join(dir, 'main.ts'));
  const css = readFileSync(join(dir, 'style.css'), 'utf8');
  const page = readFileSync(html, 'utf8')
    .replace('<!-- STYLE -->', () => `<style>\n${css}</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>\n${js}</script>`);
  writeFileSync(join(dist, 'sidebar.html'), page);
}

mkdirSync(dist, { recursive: true });
const cliOnly = process.argv.includes('--cli');
await buildCli();
if (!cliOnly) {
  await buildAddon();
  await buildSidebar();
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
}
