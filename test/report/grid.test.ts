import type { TableRow } from '../../src/core/model';
import { numberFormats } from '../../src/report/format';
import { dealColumns, tableGrid } from '../../src/report/grid';
import { buildTable, studyResult, STUDY_SPECS } from './study';

const fmt = numberFormats('id');
const WIDTH = 495;
const tables = studyResult().tables;

function gridOf(id: string) {
  const table = tables.find((t) => t.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return tableGrid(table, fmt, WIDTH);
}

describe('tableGrid, two-way (Table 1)', () => {
  const grid = gridOf('T1');

  it('has the study rows with Jml and % per bucket and the row total', () => {
    expect(grid.body[0]?.cells).toEqual(['1', 'Dasa Wisma', '16', '15,38', '88', '84,62', '104', '100,00']);
    expect(grid.body[4]?.cells).toEqual(['5', 'Pemuda/Karang Taruna', '10', '55,56', '8', '44,44', '18', '100,00']);
  });

  it('ends with the bold Jumlah row', () => {
    const last = grid.body[grid.body.length - 1];
    expect(last).toEqual({ cells: ['', 'Jumlah', '43', '14,01', '264', '85,99', '307', '100,00'], total: true });
    expect(grid.body.filter((row) => row.total)).toHaveLength(1);
    expect(grid.body).toHaveLength(18);
  });

  it('has the study header: No, row header, spanning column group, Jumlah', () => {
    expect(grid.headerRows).toBe(3);
    const find = (text: string) => grid.header.filter((cell) => cell.text === text);
    expect(find('No')).toEqual([{ text: 'No', row: 0, col: 0, rowSpan: 3, colSpan: 1 }]);
    expect(find('Jenis Kelompok')).toEqual([{ text: 'Jenis Kelompok', row: 0, col: 1, rowSpan: 3, colSpan: 1 }]);
    // As the study prints it: the column header spans the Jumlah pair too.
    expect(find('Tahun Berdiri')).toEqual([{ text: 'Tahun Berdiri', row: 0, col: 2, rowSpan: 1, colSpan: 6 }]);
    expect(find('< 10 Tahun')).toEqual([{ text: '< 10 Tahun', row: 1, col: 2, rowSpan: 1, colSpan: 2 }]);
    expect(find('≥ 10 Tahun')).toEqual([{ text: '≥ 10 Tahun', row: 1, col: 4, rowSpan: 1, colSpan: 2 }]);
    expect(find('Jumlah')).toEqual([{ text: 'Jumlah', row: 1, col: 6, rowSpan: 1, colSpan: 2 }]);
    expect(find('Jml').map((cell) => cell.col)).toEqual([2, 4, 6]);
    expect(find('%').map((cell) => cell.col)).toEqual([3, 5, 7]);
  });

  it('fills the width, the label column taking what the numbers leave', () => {
    expect(grid.columns).toHaveLength(8);
    expect(grid.columns.reduce((sum, column) => sum + column.width, 0)).toBeCloseTo(WIDTH, 6);
    expect(grid.columns[1]?.width).toBeGreaterThanOrEqual(120);
    expect(grid.columns.slice(2).every((column) => column.align === 'right')).toBe(true);
  });
});

describe('tableGrid, Table 3 (three buckets)', () => {
  const grid = gridOf('T3');

  it('has ten columns and the corrected totals of CODEBOOK §6', () => {
    expect(grid.columns).toHaveLength(10);
    expect(grid.body[grid.body.length - 1]?.cells).toEqual([
      '', 'Jumlah', '18', '5,86', '98', '31,92', '191', '62,22', '307', '100,00',
    ]);
    expect(grid.body[7]?.cells).toEqual(['8', 'Pengajian', '0', '0,00', '1', '5,56', '17', '94,44', '18', '100,00']);
  });
});

describe('tableGrid, one-way (Tables 2 and 4)', () => {
  it('has No | row header | Jumlah | % and shares of all groups', () => {
    const grid = gridOf('T2');
    expect(grid.headerRows).toBe(1);
    expect(grid.header.map((cell) => cell.text)).toEqual(['No', 'Tujuan', 'Jumlah', '%']);
    expect(grid.body[4]?.cells).toEqual(['5', 'Integrasi Masyarakat/Kerukunan Warga', '91', '29,64']);
    expect(grid.body[grid.body.length - 1]?.cells).toEqual(['', 'Jumlah', '307', '100,00']);
  });

  it('prints Table 4 as the study does', () => {
    const grid = gridOf('T4');
    expect(grid.body.map((row) => row.cells.slice(2))).toEqual([
      ['4', '1,30'], ['33', '10,75'], ['92', '29,97'], ['166', '54,07'], ['12', '3,91'], ['307', '100,00'],
    ]);
  });
});

describe('tableGrid, edge cases', () => {
  it('gives a row with no groups 0,00 in its Jumlah % (CODEBOOK §6)', () => {
    const spec = STUDY_SPECS[0];
    if (!spec) throw new Error('no spec');
    const table = buildTable({ ...spec, labels: ['Dasa Wisma', 'Posyandu'], counts: [[16, 88], [0, 0]] });
    const grid = tableGrid(table, fmt, WIDTH);
    expect(grid.body[1]?.cells).toEqual(['2', 'Posyandu', '0', '0,00', '0', '0,00', '0', '0,00']);
  });

  it('keeps a two-way table with a one-category list two-way', () => {
    const t5 = tables.find((t) => t.id === 'T5');
    if (!t5) throw new Error('no T5');
    const one = (r: TableRow): TableRow => ({ ...r, counts: [r.total], percents: [r.total > 0 ? 100 : 0] });
    const table = { ...t5, columns: [{ key: 'pemerintah', label: 'Pemerintah' }], rows: t5.rows.map(one), total: one(t5.total) };
    const grid = tableGrid(table, fmt, WIDTH);
    expect(grid.headerRows).toBe(3);
    expect(grid.columns).toHaveLength(6);
    expect(grid.body[0]?.cells).toEqual(['1', 'Dasa Wisma', '104', '100,00', '104', '100,00']);
  });
});

describe('dealColumns (TK printed in parts)', () => {
  const cols = Array.from({ length: 18 }, (_, i) => i);
  it('uses the fewest parts that fit, as even as they fit', () => {
    // 40 each in 300: greedy would give 7, 7, 4; three parts of 6 fit as well.
    expect(dealColumns(cols, () => 40, 300).map((p) => p.length)).toEqual([6, 6, 6]);
    expect(dealColumns(cols, () => 40, 720)).toEqual([cols]);
  });
  it('keeps the greedy parts when even ones would not fit, and a too-wide column alone', () => {
    const wide = (c: number): number => (c < 9 ? 20 : 60);
    const parts = dealColumns(cols, wide, 300);
    expect(parts.flat()).toEqual(cols);
    for (const p of parts) expect(p.reduce((w, c) => w + wide(c), 0)).toBeLessThanOrEqual(300);
    expect(dealColumns([0, 1], () => 500, 300)).toEqual([[0], [1]]);
  });
});
