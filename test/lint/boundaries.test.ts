/**
 * The lint's boundary rules fail on the imports they forbid: each case lints one line of code
 * as if it stood in a file of that folder (the project's eslint.config.mjs, through ESLint's
 * API in one child process: lint-cases.mjs).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

type Case = [file: string, code: string, reason?: string];

const FORBIDDEN: Case[] = [
  ['src/core/example.ts', "import { makeTables } from '../addon/tables-sheet';\nexport const f = makeTables;\n", 'core is pure'],
  ['src/core/example.ts', "import { renderText } from '../cli/text';\nexport const f = renderText;\n", 'core is pure'],
  ['src/core/example.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n", 'no Node APIs'],
  ['src/report/example.ts', "import { userLang } from '../addon/lang';\nexport const f = userLang;\n", 'report is pure'],
  ['sidebar/example.ts', "import { submitGroup } from '../src/addon/submit';\nexport const f = submitGroup;\n", 'only types from the server'],
  ['src/core/example.ts', "import * as z from 'zod';\nexport const s = z.string();\n", 'through src/core/zod.ts'],
  ['sidebar/example.ts', "import * as z from 'zod';\nexport const s = z.string();\n", 'through src/core/zod.ts'],
];
const ALLOWED: Case[] = [
  ['src/core/example.ts', "import { FIELDS } from './codebook';\nexport const f = FIELDS;\n"],
  ['sidebar/example.ts', "import type { FormConfig } from '../src/addon/contract';\nexport type F = FormConfig;\n"],
  ['sidebar/example.ts', "import * as z from '../src/core/zod';\nexport const s = z.string();\n"],
  ['src/addon/example.ts', "import { studyLayout } from '../core';\nexport const f = studyLayout;\n"],
];

let results: { file: string; messages: string[] }[] = [];
beforeAll(() => {
  const cases = [...FORBIDDEN, ...ALLOWED].map(([file, code]) => ({ file, code }));
  const r = spawnSync(process.execPath, [join(__dirname, 'lint-cases.mjs')], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  results = JSON.parse(r.stdout) as typeof results;
}, 60_000);

describe('npm run lint: the arrows point inward', () => {
  test.each(FORBIDDEN.map((c, i) => [c[0], i, c[2]] as const))('%s: a forbidden import fails (case %i)', (_, i, reason) => {
    const messages = results[i]!.messages;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(reason);
  });

  test.each(ALLOWED.map((c, i) => [c[0], FORBIDDEN.length + i] as const))('%s: an allowed import passes (case %i)', (_, i) => {
    expect(results[i]!.messages).toEqual([]);
  });
});
