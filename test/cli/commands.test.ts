import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneCategories, contractOf, defaultSettings } from '../../src/core';
import { codebookMarkdown } from '../../src/cli/codebook-doc';
import { pranata, ROOT } from './run';

const SAMPLE = join(ROOT, 'src/cli/sample/cibeureum-2006.csv');
const tmp = mkdtempSync(join(tmpdir(), 'pranata-cmd-'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('the CLI as people expect it', () => {
  test('no command: the help on stderr, exit 2', () => {
    const r = pranata([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('pranata tables --input');
    expect(r.stderr).toContain('pranata codebook');
  });

  test('--help on stdout, exit 0; --version prints the package version', () => {
    const h = pranata(['--help', '--lang', 'en']);
    expect([h.code, h.stderr]).toEqual([0, '']);
    expect(h.stdout).toContain('Usage:');
    const v = pranata(['--version']);
    expect([v.code, v.stdout]).toEqual([0, `pranata ${pkg.version}\n`]);
  });

  test.each([
    ['laporan.pdf', '%PDF-'],
    ['tabel.xlsx', 'PK'],
    ['hasil.json', '{'],
    ['tabel.txt', 'Kelurahan Cibeureum'],
  ])('--out %s without --format writes that format', (name, start) => {
    const out = join(tmp, name);
    const r = pranata(['tables', '--input', SAMPLE, '--survey-year', '2006', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, start.length).toString('latin1')).toBe(start);
  });

  test('--format contradicting the --out extension: exit 2 naming both; an unknown extension needs --format', () => {
    const r = pranata(['tables', '--input', SAMPLE, '--format', 'json', '--out', join(tmp, 'laporan.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format json.*laporan\.pdf/);
    expect(pranata(['tables', '--input', SAMPLE, '--out', join(tmp, 'x.csv')]).code).toBe(2);
    expect(pranata(['tables', '--input', SAMPLE, '--format', 'json', '--out', join(tmp, 'x.out')]).code).toBe(0);
    expect(pranata(['tables', '--input', SAMPLE, '--format', 'text', '--out', join(tmp, 'y.txt')]).code).toBe(0);
  });

  test('an option of another command is refused', () => {
    const r = pranata(['codebook', '--input', SAMPLE, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--input does not apply to codebook');
  });
});

describe('pranata codebook', () => {
  test('json: the contract from the code, with a coordinator\'s own categories', () => {
    const cats = join(tmp, 'kategori.json');
    writeFileSync(cats, JSON.stringify({ jenisKelompok: ['Koperasi'] }));
    const r = pranata(['codebook', '--format', 'json', '--categories', cats]);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as ReturnType<typeof contractOf>;
    expect(c.fields.find((f) => f.id === 'jumlahAnggota')).toMatchObject({ header: 'Jumlah Anggota', min: 1, max: 100000, required: true });
    expect(c.lists.jenisKelompok.map((x) => x.label)).toContain('Koperasi');
    expect(c.tables.map((t) => t.id).slice(0, 5)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
  });

  test('docs/CODEBOOK.md is the current output (run `npm run docs` when this fails)', () => {
    const now = codebookMarkdown(contractOf(cloneCategories(), defaultSettings()));
    expect(readFileSync(join(ROOT, 'docs/CODEBOOK.md'), 'utf8')).toBe(now);
    expect(pranata(['codebook']).stdout).toBe(now);
  });
});
