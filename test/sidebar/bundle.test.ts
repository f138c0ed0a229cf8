/**
 * The built sidebar (dist/sidebar.html, made by `npm test`'s build step): one self-contained
 * file as HtmlService serves it, with no Apps Script service in it and no markup built from
 * strings anywhere in sidebar/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const html = readFileSync(path.join(root, 'dist', 'sidebar.html'), 'utf8');

test('one self-contained file: script and style inlined, nothing loaded from elsewhere', () => {
  expect(html).toMatch(/<script>\n[\s\S]+<\/script>/);
  expect(html).toMatch(/<style>\n[\s\S]+<\/style>/);
  expect(html).not.toMatch(/<script[^>]+src=/i);
  expect(html).not.toMatch(/<link[^>]+stylesheet/i);
  expect(html).not.toContain('<!-- SCRIPT -->');
  expect(html).not.toContain('<!-- STYLE -->');
  console.info(`dist/sidebar.html: ${statSync(path.join(root, 'dist', 'sidebar.html')).size} bytes`);
});

test('the sidebar calls no Apps Script service (it only reaches the server through google.script.run)', () => {
  // sidebar/rpc.ts references the Apps Script types to type the server's exports; this keeps
  // that from turning into a call that compiles but fails in the browser.
  const services = /\b(SpreadsheetApp|PropertiesService|LockService|HtmlService|ScriptApp|UrlFetchApp|DriveApp|CacheService|Session\.get)\b/;
  expect(html.match(services)).toBeNull();
});

test('no markup from strings in sidebar/: values are shown with textContent and text nodes', () => {
  const dir = path.join(root, 'sidebar');
  const sinks = /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/;
  const offenders = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => sinks.test(readFileSync(path.join(dir, f), 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
  expect(offenders).toEqual([]);
});
