// `npm run sidebar`: the sidebar at http://127.0.0.1:$PORT/ (default 8080) with google.script.run
// backed by the real server code (dist/Code.js) over the in-memory fake, seeded with the
// study's sample. The preview is TypeScript (shared with the browser tests), so it is bundled
// here with esbuild first; Node 20 cannot run .ts files itself.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'pranata-preview-'));
const file = join(out, 'server.cjs');

await build({
  entryPoints: [join(here, 'server.ts')],
  outfile: file,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // __dirname inside the bundle would be the temp folder: the shim is found from here instead.
  define: { __dirname: JSON.stringify(here) },
});

const { startPreview, scriptTimeZone } = await import(pathToFileURL(file).href);
process.env.TZ = scriptTimeZone(root); // the script's Dates read as on Apps Script (see server.ts)
const port = Number(process.env.PORT ?? 8080);
const preview = await startPreview({ port, root });
rmSync(out, { recursive: true, force: true });
console.log(`Pranata sidebar preview: ${preview.url}`);
console.log('Data sheet as JSON: ' + preview.url + 'data.json  ·  Ctrl+C to stop');

const stop = () => preview.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
