/**
 * One study layout, four writers: every table of the study (and T5 of a one-category Jaringan
 * Kerja list) goes through the sheet, the XLSX, the PDF grid and the terminal text, and each
 * is read back from what that writer produced. All four must carry core's layout: the same
 * header cells with the same spans, the same body cells in the same places.
 */
import ExcelJS from 'exceljs';
import { cellValue, cloneCategories, computeSurvey, keepColumns, mergeCategories, ROLLUP_TABLE_ID, studyLayout, type SurveyResult, type TableModel } from '../../src/core';
import { tableLayout } from '../../src/addon/table-layout';
import { renderXlsx } from '../../src/cli/xlsx';
import { renderTable } from '../../src/cli/text';
import { tableGrid } from '../../src/report/grid';
import { numberFormats } from '../../src/report/format';
import { studyRows, STUDY_SETTINGS } from '../addon/env';

const fmt = numberFormats('id');

interface Cells {
  /** "text@row,col+rowSpanxcolSpan", sorted: the header block. */
  header: string[];
  /** The body rows' cells as the study prints them in Bahasa Indonesia (84,62). */
  body: string[][];
}

function survey(oneNetwork: boolean): SurveyResult {
  const base = cloneCategories();
  const categories = oneNetwork
    ? mergeCategories(base, { jaringanKerja: [{ label: 'Pemerintah', aliases: [] }] }, 'replace')
    : base;
  const out = computeSurvey(studyRows(), { settings: STUDY_SETTINGS, categories });
  if (!out.ok) throw new Error('study unreadable');
  return out.value;
}

const headerKey = (text: string, row: number, col: number, rowSpan: number, colSpan: number) =>
  `${text}@${row},${col}+${rowSpan}x${colSpan}`;

/** What the layout says, in the same shape the writers are read back into. */
function expected(t: TableModel): Cells {
  const l = studyLayout(t);
  return {
    header: l.header.map((h) => headerKey(h.text, h.row, h.col, h.rowSpan, h.colSpan)).sort(),
    body: l.body.map((r) =>
      r.cells.map((c) =>
        c.kind === 'label' ? c.text : c.kind === 'blank' ? '' : c.kind === 'percent' ? fmt.percent(c.value) : c.kind === 'index' ? String(c.value) : fmt.count(c.value),
      ),
    ),
  };
}

/** A sheet or workbook cell as shown: its number format decides how a number reads. */
const shown = (v: unknown, numFmt: string): string =>
  typeof v === 'number' ? (numFmt === '0.00' ? fmt.percent(v) : fmt.count(v)) : String(v ?? '');

/** Header block from a grid of values and merges (1-based boxes), the block starting at "No". */
function readGrid(
  value: (row: number, col: number) => unknown,
  numFmt: (row: number, col: number) => string,
  merges: { row: number; column: number; rows: number; columns: number }[],
  top: number,
  headerRows: number,
  width: number,
  bodyRows: number,
): Cells {
  const header: string[] = [];
  const covered = new Set<string>();
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.column; c < m.column + m.columns; c++) if (r !== m.row || c !== m.column) covered.add(`${r},${c}`);
  }
  for (let r = top; r < top + headerRows; r++) {
    for (let c = 1; c <= width; c++) {
      const text = String(value(r, c) ?? '');
      if (text === '' || covered.has(`${r},${c}`)) continue;
      const m = merges.find((x) => x.row === r && x.column === c);
      header.push(headerKey(text, r - top, c - 1, m?.rows ?? 1, m?.columns ?? 1));
    }
  }
  const body: string[][] = [];
  for (let r = top + headerRows; r < top + headerRows + bodyRows; r++) {
    body.push(Array.from({ length: width }, (_, j) => shown(value(r, j + 1), numFmt(r, j + 1))));
  }
  return { header: header.sort(), body };
}

function fromSheet(t: TableModel): Cells {
  const l = tableLayout(t, 'stamp');
  const top = l.header.row;
  const merges = l.merges.filter((m) => m.row >= top);
  return readGrid(
    (r, c) => l.values[r - 1]?.[c - 1],
    (r, c) => l.formats[r - 1]?.[c - 1] ?? '',
    merges,
    top,
    l.header.rows,
    l.tableColumns,
    l.body.rows - l.header.rows,
  );
}

async function fromXlsx(result: SurveyResult): Promise<Cells[]> {
  const wb = new ExcelJS.Workbook();
  const bytes = await renderXlsx(result, 'id');
  // exceljs's load() is typed with an older Buffer; the bytes are what it reads.
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return result.tables.map((t, i) => {
    const ws = wb.getWorksheet(`Tabel ${i + 1}`)!;
    const top = ws.getColumn(1).values.findIndex((v) => v === 'No');
    const merges = (ws.model.merges as string[]).map((a1) => {
      const [from, to] = a1.split(':').map((x) => ws.getCell(x!));
      return { row: Number(from!.row), column: Number(from!.col), rows: Number(to!.row) - Number(from!.row) + 1, columns: Number(to!.col) - Number(from!.col) + 1 };
    });
    let last = top;
    while (ws.getCell(last + 1, 2).value !== null && ws.getCell(last + 1, 2).value !== '') last++;
    const width = Math.max(...merges.filter((m) => m.row === 1).map((m) => m.columns));
    const headerRows = merges.find((m) => m.row === top && m.column === 1)?.rows ?? 1;
    const numFmt = (r: number, c: number) => (ws.getCell(r, c).numFmt === '0.00' ? '0.00' : '0');
    return readGrid((r, c) => ws.getCell(r, c).value, numFmt, merges.filter((m) => m.row >= top), top, headerRows, width, last - top - headerRows + 1);
  });
}

function fromPdfGrid(t: TableModel): Cells {
  const g = tableGrid(t, fmt, 495);
  return { header: g.header.map((h) => headerKey(h.text, h.row, h.col, h.rowSpan, h.colSpan)).sort(), body: g.body.map((r) => r.cells) };
}

/**
 * The terminal text, read by columns: a body line's cells end where the header's "Jml" and
 * "%" end (right-aligned figures), labels start where the row header starts.
 */
function fromText(t: TableModel): Cells {
  const lines = renderTable(t, 'id').split('\n');
  const rules = lines.flatMap((l, i) => (/^-+$/.test(l) ? [i] : []));
  const headerLines = lines.slice(2, rules[0]);
  const bodyLines = lines.slice(rules[0]! + 1).filter((l) => !/^-+$/.test(l)).slice(0, t.rows.length + 1);
  const subHeader = headerLines[headerLines.length - 1]!;
  // Figures' right edges, from the last header line ("Jml %" or "Jumlah %").
  const ends: number[] = [];
  const re = /\S+/g;
  const labelLine = headerLines.find((l) => l.startsWith('No'))!;
  const labelStart = labelLine.indexOf(t.rowHeader);
  for (let m = re.exec(subHeader); m; m = re.exec(subHeader)) if (m.index > labelStart + t.rowHeader.length) ends.push(m.index + m[0].length);
  const body = bodyLines.map((l) => {
    const cells = [l.slice(0, 3).trim(), l.slice(labelStart, labelStart + 1000).split(/\s{2,}/)[0]!.trim()];
    // A figure ends where its header ends; a blank cell leaves spaces there.
    for (const end of ends) cells.push(l[end - 1] === ' ' || l.length < end ? '' : l.slice(0, end).split(' ').at(-1)!);
    return cells;
  });
  // Header: each header text on its line, in column order.
  const header = headerLines.map((l) => l.trim().split(/\s{2,}/).filter((x) => x !== ''));
  return { header, body } as unknown as Cells;
}

describe.each([
  ['the study', false],
  ['a one-category Jaringan Kerja list', true],
])('one layout through four writers: %s', (_, oneNetwork) => {
  const result = survey(oneNetwork);

  test('the sheet, the XLSX and the PDF grid carry the layout cell for cell', async () => {
    const xlsx = await fromXlsx(result);
    result.tables.forEach((t, i) => {
      const want = expected(t);
      expect(fromSheet(t)).toEqual(want);
      expect(xlsx[i]).toEqual(want);
      expect(fromPdfGrid(t)).toEqual(want);
    });
  });

  test('the terminal text carries the same body cells under the same headers', () => {
    for (const t of result.tables) {
      const want = expected(t);
      const text = fromText(t);
      expect(text.body).toEqual(want.body);
      const l = studyLayout(t);
      // Every header cell stands on a line, left to right in column order.
      const printed = (text.header as unknown as string[][]).flat();
      const byPosition = [...l.header].sort((a, b) => a.row + (a.rowSpan - 1) / 2 - (b.row + (b.rowSpan - 1) / 2) || a.col - b.col);
      expect(printed).toEqual(byPosition.map((h) => h.text));
    }
  });

  if (oneNetwork) {
    test('T5 stays two-way with one category: its column, then Jumlah, each Jml | %', () => {
      const t5 = result.tables.find((t) => t.id === 'T5')!;
      expect(t5.columns.map((c) => c.label)).toEqual(['Pemerintah']);
      const l = studyLayout(t5);
      expect(l.shape).toBe('twoWay');
      expect(l.columns).toEqual(['index', 'label', 'count', 'percent', 'count', 'percent']);
      expect(l.header.map((h) => h.text)).toEqual(['No', 'Jenis Kelompok', 'Jaringan Kerja Kelompok Sosial', 'Pemerintah', 'Jml', '%', 'Jumlah', 'Jml', '%']);
    });
  }
});

describe('keepColumns: a grid printed in parts', () => {
  const t: TableModel = {
    id: ROLLUP_TABLE_ID, title: 'Tabel K', rowHeader: 'Kelurahan', columnHeader: 'Jenis Kelompok', percentBase: 'none',
    columns: ['A', 'B', 'C'].map((label) => ({ key: label, label })),
    rows: [{ label: 'Melong', counts: [1, 2, 3], percents: [], total: 6 }],
    total: { label: 'Jumlah', counts: [1, 2, 3], percents: [], total: 6 },
    source: 'Sumber',
  };
  const layout = studyLayout(t);

  it('keeps the key columns and the chosen ones, the spanning header narrowed to them', () => {
    const part = keepColumns(layout, [0, 1, 3, 5]);
    expect(part.columns).toEqual(['index', 'label', 'count', 'count']);
    expect(part.header.map((h) => headerKey(h.text, h.row, h.col, h.rowSpan, h.colSpan)).sort()).toEqual(
      [headerKey('No', 0, 0, 2, 1), headerKey('Kelurahan', 0, 1, 2, 1), headerKey('Jenis Kelompok', 0, 2, 1, 2), headerKey('B', 1, 2, 1, 1), headerKey('Jumlah', 1, 3, 1, 1)].sort(),
    );
    expect(part.body.map((r) => r.cells.map((c) => cellValue(c)))).toEqual([[1, 'Melong', 2, 6], ['', 'Jumlah', 2, 6]]);
  });
});
