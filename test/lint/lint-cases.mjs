// Lints snippets as if each stood at its file path, with the project's eslint.config.mjs, in
// one process (jest's module system cannot load ESLint's ESM config). stdin: [{file, code}];
// stdout: [{file, messages}].
import { ESLint } from 'eslint';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: file });
  out.push({ file, messages: (result?.messages ?? []).map((m) => m.message) });
}
process.stdout.write(JSON.stringify(out));
