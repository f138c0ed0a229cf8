// gasCalls: Apps Script service calls of the add-on's Buat Tabel and Periksa Data actions at
// 1,000 and 100,000 rows, counted over the in-memory fake (DESIGN.md: on Apps Script the
// number of round trips is the figure that matters).
//
// The counting function is `countCalls(action, rows)` of test/addon/budget.ts (the add-on's
// engineer owns it; its own test asserts the counts do not grow with the rows). It is bundled
// on the fly, as TypeScript, and run here in-process over the fake.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundle, ROOT } from './bundle.mjs';

export const GAS_ROWS = [1000, 100000];
const BUDGET = 'test/addon/budget.ts';
/** results.json name -> the action name budget.ts knows. */
const ACTIONS = { buatTabel: 'makeTables', periksaData: 'checkData' };

/** Returns { gasCalls, note, byMethod }: the counts, or null and why not. */
export async function gasCalls(dir) {
  if (!existsSync(join(ROOT, BUDGET))) return { gasCalls: null, note: `${BUDGET} does not exist yet` };
  const path = await bundle(dir, 'budget', [`export { countCalls } from '${BUDGET}';`]);
  const { countCalls } = createRequire(import.meta.url)(path);
  if (typeof countCalls !== 'function') return { gasCalls: null, note: `${BUDGET} exports no countCalls function` };
  const out = {};
  const byMethod = {};
  for (const [name, action] of Object.entries(ACTIONS)) {
    out[name] = {};
    byMethod[name] = {};
    for (const rows of GAS_ROWS) {
      const t0 = performance.now();
      const c = countCalls(action, rows);
      out[name][String(rows)] = c.total;
      byMethod[name][String(rows)] = { ...c.byMethod, fakeMs: Math.round(performance.now() - t0) };
    }
  }
  return { gasCalls: out, note: null, byMethod };
}
