// The architecture's arrows, enforced (DESIGN.md "Shape"): the lint checks imports only; the
// formatter (prettier, `npm run format`) owns layout. test/lint/boundaries.test.ts shows each
// rule failing on a deliberate wrong import.
import tseslint from 'typescript-eslint';

const outward = (from) =>
  ['addon', 'cli', 'report', 'sidebar'].filter((d) => d !== from).flatMap((d) => [`**/${d}`, `**/${d}/**`, `**/src/${d}/**`]);

/** zod only through src/core/zod.ts, which makes it jitless before any schema exists. */
const zodThroughCore = [{ name: 'zod', allowTypeImports: true, message: 'Import zod through src/core/zod.ts (jitless).' }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'bench/**', 'test/**', '**/*.mjs', '**/*.cjs'] },
  {
    files: ['src/**/*.ts', 'sidebar/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    // Only the rules below are on; a disable comment for another rule is not this lint's business.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: outward('core'), message: 'core is pure: it imports nothing of addon, cli, report or sidebar.' },
          { group: ['node:*', 'fs', 'path', 'child_process'], message: 'core is pure: no Node APIs.' },
        ],
        paths: zodThroughCore,
      }],
    },
  },
  {
    files: ['src/core/zod.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['src/report/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/addon', '**/addon/**', '**/cli', '**/cli/**', '**/sidebar', '**/sidebar/**'], message: 'report is pure: core only.' },
          { group: ['node:*', 'fs', 'path'], message: 'report is pure: font bytes are handed in.' },
        ],
        paths: zodThroughCore,
      }],
    },
  },
  {
    files: ['src/addon/**/*.ts', 'src/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/cli', '**/cli/**', '**/sidebar', '**/sidebar/**'], message: 'the add-on imports core and report only.' },
        ],
        paths: zodThroughCore,
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/addon', '**/addon/**', '**/sidebar', '**/sidebar/**'], message: 'the CLI imports core and report only.' },
        ],
        paths: zodThroughCore,
      }],
    },
  },
  {
    files: ['sidebar/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/src/addon', '**/src/addon/**', '**/src/index'], allowTypeImports: true, message: 'the sidebar takes only types from the server (import type).' },
          { group: ['**/src/cli/**', '**/src/report/**'], message: 'the sidebar imports core only.' },
        ],
        paths: zodThroughCore,
      }],
    },
  },
);
