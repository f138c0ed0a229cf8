/**
 * The JSON output's issue spool (src/cli/json-out.ts): the issues' text is what
 * JSON.stringify(…, null, 2) gives them inside the result, whether they stayed in memory
 * (under a megabyte: no temporary folder is ever made) or went through the spool file (which
 * dispose() removes).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toJsonIssue, type Issue } from '../../src/core';
import { IssueSpool } from '../../src/cli/json-out';

function issue(i: number): Issue {
  const value = i % 3 === 0 ? `dua puluh ${'é'.repeat(i % 7)}` : String(i);
  return {
    row: i + 2,
    field: 'jumlahAnggota',
    column: 'Jumlah Anggota',
    columnIndex: 8,
    code: 'not_integer',
    severity: 'error',
    value,
    params: {},
    messages: { id: `Baris ${i + 2}: "${value}" bukan bilangan bulat`, en: `Row ${i + 2}: "${value}" is not a whole number` },
  };
}

/** The issues' part of JSON.stringify({ issues }, null, 2), as the spool must give it. */
function expected(issues: Issue[]): string {
  const full = JSON.stringify({ issues: issues.map((i) => toJsonIssue(i, 'id')) }, null, 2);
  return issues.length === 0 ? '' : full.slice(full.indexOf('[') + 1, full.lastIndexOf('\n  ]'));
}

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pranata-spool-test-'));
});

test.each([0, 1, 307])('%i issues: the same text, and no temporary folder made', (n) => {
  const issues = Array.from({ length: n }, (_, i) => issue(i));
  const spool = new IssueSpool('id', tmp);
  for (const i of issues) spool.add(i);
  expect(readdirSync(tmp)).toEqual([]);
  expect(Buffer.concat([...spool.pieces()]).toString('utf8')).toBe(expected(issues));
  expect(spool.count).toBe(n);
  spool.dispose();
  expect(readdirSync(tmp)).toEqual([]);
});

test('past a megabyte: spooled to a file, read back as the same text, the folder removed', () => {
  const issues = Array.from({ length: 12_000 }, (_, i) => issue(i));
  const spool = new IssueSpool('id', tmp);
  for (const i of issues) spool.add(i);
  expect(readdirSync(tmp).filter((f) => f.startsWith('pranata-issues-'))).toHaveLength(1);
  const pieces = [...spool.pieces()];
  expect(pieces.length).toBeGreaterThan(1);
  expect(Buffer.concat(pieces).toString('utf8')).toBe(expected(issues));
  spool.dispose();
  expect(readdirSync(tmp)).toEqual([]);
});
