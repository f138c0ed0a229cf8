/**
 * The preview itself: its google.script.run shim behaves like HtmlService's (handlers chain
 * onto a new runner, get the user object, failures reach the failure handler), and it refuses
 * results google.script.run could not carry.
 */
import vm from 'node:vm';
import type { Browser, Page } from 'playwright-core';
import type { Preview } from '../preview/server';
import { untransportable } from '../preview/transport';
import { launch } from './browser';
import type { PageGlobal } from './page-types';
import { preview } from './harness';

let browser: Browser;
let server: Preview;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  server = await preview({ seed: 'empty' });
  page = await browser.newPage();
  await page.goto(server.url);
  await page.locator('#form:not([hidden])').waitFor();
});
afterAll(async () => {
  await server.close();
  await browser.close();
});

interface Outcome {
  handler: 'success' | 'failure' | 'none';
  value?: unknown;
  message?: string;
  name?: string;
  user?: unknown;
}

/** Calls a server function through the shim with both handlers and a user object. */
function run(name: string, user: unknown = null, args: unknown[] = []): Promise<Outcome> {
  return page.evaluate(
    ({ name, user, args }) =>
      new Promise<Outcome>((resolve) => {
        const runner = (globalThis as unknown as PageGlobal).google.script.run
          .withSuccessHandler((value: unknown, u: unknown) => resolve({ handler: 'success', value, user: u }))
          .withFailureHandler((e: Error, u: unknown) => resolve({ handler: 'failure', message: e.message, name: e.name, user: u }))
          .withUserObject(user);
        const fn = runner[name];
        if (fn === undefined) resolve({ handler: 'none' });
        else (fn as (...a: unknown[]) => void)(...args);
      }),
    { name, user, args },
  );
}

test('success: the handler gets the value and the user object', async () => {
  const out = await run('getFormConfig', { row: 7 });
  expect(out.handler).toBe('success');
  expect(out.user).toEqual({ row: 7 });
  expect((out.value as { settings: { kelurahan: string } }).settings.kelurahan).toBe('Cibeureum');
});

test('each with… returns a new runner; the one it was called on is unchanged', async () => {
  const result = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const base = (globalThis as unknown as PageGlobal).google.script.run;
        const seen: string[] = [];
        const withA = base.withSuccessHandler(() => seen.push('A'));
        const withB = withA.withSuccessHandler(() => {
          seen.push('B');
          setTimeout(() => resolve(seen), 300); // A, if wrongly shared, would have run by then
        });
        (withB.getRecentEntries as () => void)();
        seen.push(withA === base ? 'same' : 'new');
      }),
  );
  expect(result).toEqual(['new', 'B']);
});

test('a server exception and a lost connection reach the failure handler', async () => {
  server.inject('getRecentEntries', { kind: 'error', message: 'Exception: Service Spreadsheets timed out' });
  expect(await run('getRecentEntries', 'u1')).toEqual({
    handler: 'failure',
    message: 'Exception: Service Spreadsheets timed out',
    name: 'ScriptError',
    user: 'u1',
  });
  server.inject('getRecentEntries', { kind: 'network' });
  const lost = await run('getRecentEntries', 'u2');
  expect(lost).toMatchObject({ handler: 'failure', name: 'NetworkError', user: 'u2' });
  expect(lost.message).toMatch(/^NetworkError/);
  expect(await run('getRecentEntries')).toMatchObject({ handler: 'success', value: [] });
});

test('only the server\'s exported functions exist on the runner', async () => {
  expect(await run('submitGrup')).toEqual({ handler: 'none' });
  expect(server.backend.names).toEqual(expect.arrayContaining(['getFormConfig', 'submitGroup', 'updateGroup', 'getRecentEntries', 'getEntry']));
});

test('what google.script.run cannot carry is refused, in any realm', () => {
  const inVm = vm.runInNewContext('({ plain: { a: [1, "x", null, true] }, date: new Date(0), fn: function () {} })') as Record<string, unknown>;
  expect(untransportable(inVm.plain)).toBeNull();
  expect(untransportable({ ok: true, row: 3 })).toBeNull();
  expect(untransportable({ when: inVm.date })).toBe('$.when is a Date');
  expect(untransportable([1, inVm.fn])).toBe('$[1] is a function');
  expect(untransportable({ n: Number.NaN })).toBe('$.n is NaN');
  expect(untransportable(new Map())).toBe('$ is a Map');
});
