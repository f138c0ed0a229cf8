// The add-on's dialog scripts: TypeScript in the sidebar's DOM type environment
// (sidebar/settings-dialog.ts), calling the server through the sidebar's typed RPC
// (sidebar/rpc.ts), bundled into one string the add-on writes into the dialog's page.
// One definition for the build (build.mjs, virtual module `pranata:dialog-scripts`) and for
// jest (test/fixtures/dialog-scripts.cjs), so the tests run the script the add-on ships.
const { buildSync } = require('esbuild');
const { join } = require('node:path');

const ENTRIES = { SETTINGS_SCRIPT: 'sidebar/settings-dialog.ts', EXPORT_SCRIPT: 'sidebar/export-dialog.ts' };

/** A browser script bundled to be inlined in a page's <script> element (the sidebar's too). */
function pageScript(entry) {
  const out = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  // `</script` inside the inlined code would end the <script> element early.
  return out.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
}

/** { SETTINGS_SCRIPT: '…', EXPORT_SCRIPT: '…' }: each dialog's script as the page's inline <script> holds it. */
function dialogScripts(root) {
  return Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name, pageScript(join(root, entry))]));
}

/** esbuild plugin: `import { SETTINGS_SCRIPT } from 'pranata:dialog-scripts'`. */
function dialogScriptsPlugin(root) {
  return {
    name: 'dialog-scripts',
    setup(b) {
      b.onResolve({ filter: /^pranata:dialog-scripts$/ }, (args) => ({ path: args.path, namespace: 'dialog-scripts' }));
      b.onLoad({ filter: /.*/, namespace: 'dialog-scripts' }, () => ({
        contents: Object.entries(dialogScripts(root)).map(([k, v]) => `export const ${k} = ${JSON.stringify(v)};`).join('\n'),
        loader: 'js',
        watchFiles: Object.values(ENTRIES).map((e) => join(root, e)),
      }));
    },
  };
}

module.exports = { dialogScripts, dialogScriptsPlugin, pageScript };
