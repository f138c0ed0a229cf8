/**
 * Every chart's axis title printed whole, on the sample's report: with a single series there
 * is no legend beside it, so it may take the line (T6's short labels made a narrow label
 * column, and "Syarat Keanggotaan" came out "Syarat Kea…").
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lines, readPdfText } from '../report/pdf-inspect';
import { pranata, ROOT } from './run';

const SAMPLE = join(ROOT, 'src/cli/sample/cibeureum-2006.csv');
const ARGS = ['tables', '--input', SAMPLE, '--survey-year', '2006', '--kelurahan', 'Cibeureum'];

test('each chart is titled with its table\'s whole row header, nothing on a table\'s page cut short', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'pranata-chart-titles-')), 'r.pdf');
  expect(pranata([...ARGS, '--out', out]).code).toBe(0);
  // The row headers from the contract (the JSON result carries none).
  const codebook = JSON.parse(pranata(['codebook', '--format', 'json']).stdout) as { tables: { id: string; title: string; rowHeader: string }[] };
  const tables = codebook.tables.filter((t) => t.id !== 'TK');
  const pdf = readPdfText(new Uint8Array(readFileSync(out)));
  expect(tables).toHaveLength(9);
  for (const table of tables) {
    // The table's page, not the contents naming it: the title is its first line.
    const page = pdf.pages.find((p) => (lines(p)[0]?.[0] ?? '').startsWith(table.title))!;
    const cells = lines(page).flat();
    expect({ title: table.title, cut: cells.filter((c) => c.endsWith('…')) }).toEqual({ title: table.title, cut: [] });
    // The chart's title is the row header whole (the table's header cell may wrap it).
    expect({ title: table.title, header: cells.includes(table.rowHeader) }).toEqual({ title: table.title, header: true });
  }
});
