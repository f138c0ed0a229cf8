/**
 * V8's tier-up budget: the launcher raises it for a small run (src/cli/code-cache.cjs), and a
 * run whose input is big (BIG_INPUT_BYTES and more, all files together) sets V8's own back
 * before it reads, so a big file is compiled as early as V8 would (main.ts compute).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { main } from '../../src/cli/main';
import { BIG_INPUT_BYTES } from '../../src/cli/read-csv';
import { V8_INTERRUPT_BUDGET, TIER_UP_BUDGET } from '../../src/cli/code-cache.cjs';

const SAMPLE = join(__dirname, '..', '..', 'src', 'cli', 'sample', 'cibeureum-2006.csv');
const USUAL = `--interrupt-budget=${V8_INTERRUPT_BUDGET}`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pranata-tier-up-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The flags main() set while it ran `tables` over `inputs`. */
async function flagsSet(inputs: string[]): Promise<string[]> {
  const spy = jest.spyOn(v8, 'setFlagsFromString');
  try {
    const out = join(dir, 'out.json');
    const code = await main(['tables', ...inputs.flatMap((i) => ['--input', i]), '--survey-year', '2006', '--format', 'json', '--out', out], {
      stdout: { write: () => true },
      stderr: { write: () => true },
      now: () => new Date('2026-12-03T00:00:00Z'),
    });
    expect(code).toBe(0);
    return spy.mock.calls.map(([flags]) => flags);
  } finally {
    spy.mockRestore();
  }
}

/** The sample's rows repeated until the file holds at least `bytes`. */
function sampleOf(name: string, bytes: number): string {
  const [header, ...rows] = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
  const body = rows.join('\n');
  const times = Math.max(1, Math.ceil(bytes / (body.length + 1)));
  const path = join(dir, name);
  writeFileSync(path, `${header}\n${Array.from({ length: times }, () => body).join('\n')}\n`);
  return path;
}

it("the small run's budget is four times V8's", () => {
  expect(TIER_UP_BUDGET).toBe(4 * V8_INTERRUPT_BUDGET);
});

it('a small input leaves the budget alone', async () => {
  expect(await flagsSet([SAMPLE])).toEqual([]);
});

it("a big input sets V8's own budget back", async () => {
  expect(await flagsSet([sampleOf('big.csv', BIG_INPUT_BYTES)])).toEqual([USUAL]);
}, 60_000);

it('so do small files that are big together', async () => {
  const a = sampleOf('a.csv', BIG_INPUT_BYTES / 2 + 1);
  const b = sampleOf('b.csv', BIG_INPUT_BYTES / 2 + 1);
  expect(await flagsSet([a, b])).toEqual([USUAL]);
}, 60_000);
