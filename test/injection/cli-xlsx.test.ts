/**
 * The CLI's XLSX output: every value that came from the data (a row's value echoed on the
 * Masalah sheet, a category label from --categories, the Kelurahan from --kelurahan) is a
 * string cell, never a formula, however it starts. Read back with exceljs, as a user's Excel
 * or Sheets would open it; the run goes through the built CLI (src/cli/pranata.cjs).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pranata } from '../cli/run';

const IMPORT = '=IMPORTXML("http://x.example/a","//a")';
const LABELS = [IMPORT, '+Plus', '-Minus-', '@Kopwan'];
const KELURAHAN = '=HYPERLINK("http://x.example","Cibeureum")';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pranata-injection-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const HEADER = 'Nama Kelompok,Jenis Kelompok,RW,RT,Tahun Berdiri,Tujuan,Jumlah Anggota,Pendidikan Pengurus,Jaringan Kerja,Kegiatan,Catatan';

/** A CSV field, quoted (every payload has a quote or a comma in it somewhere). */
const q = (v: string): string => `"${v.replace(/"/g, '""')}"`;

function inputCsv(): string {
  const rows = [
    // Valid rows, one per custom label, with formula-like free text.
    ...LABELS.map((label, i) => [`Kelompok ${i}`, label, '1', '2', '2000', 'Pengajian', '15', 'SMA', 'Orsos', '=1+1', '@mention']),
    // Two rows with the same formula-like name: a likely duplicate, its value on the Masalah sheet.
    ['=1+1', 'Posyandu', '1', '1', '1999', 'Pelayanan Kesehatan', '20', 'SD', 'Pemerintah', '', ''],
    ['=1+1', 'Posyandu', '1', '1', '1999', 'Pelayanan Kesehatan', '20', 'SD', 'Pemerintah', '', ''],
    // Errors whose values start with = + - @.
    ['Salah 1', '=1+1', '+62 812 555', '-5a', '2000', '@mention', IMPORT, 'SMA', 'Orsos', '', ''],
  ];
  return [HEADER, ...rows.map((r) => r.map(q).join(','))].join('\n') + '\n';
}

async function run(): Promise<ExcelJS.Workbook> {
  const input = join(tmp, 'data.csv');
  const cats = join(tmp, 'kategori.json');
  const out = join(tmp, 'tabel.xlsx');
  writeFileSync(input, inputCsv());
  writeFileSync(cats, JSON.stringify({ jenisKelompok: LABELS }));
  const r = pranata(['tables', '--input', input, '--survey-year', '2006', '--kelurahan', KELURAHAN, '--categories', cats, '--format', 'xlsx', '--out', out]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: `Ditulis: ${out} (7 baris, 6 sah, 1 tidak sah)\n` });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb;
}

interface Found {
  sheet: string;
  address: string;
  type: ExcelJS.ValueType;
  value: unknown;
}

function allCells(wb: ExcelJS.Workbook): Found[] {
  const out: Found[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.push({ sheet: ws.name, address: cell.address, type: cell.type, value: cell.value });
      });
    });
  });
  return out;
}

describe('the XLSX the CLI writes', () => {
  let cells: Found[];
  beforeAll(async () => {
    cells = allCells(await run());
  }, 60_000);

  test('has no formula anywhere', () => {
    expect(cells.length).toBeGreaterThan(100);
    const formulas = cells.filter((c) => c.type === ExcelJS.ValueType.Formula || (typeof c.value === 'object' && c.value !== null && 'formula' in c.value));
    expect(formulas).toEqual([]);
  });

  test('the custom labels are string cells in every table that lists group types', () => {
    for (const label of LABELS) {
      const hits = cells.filter((c) => c.value === label && c.sheet.startsWith('Tabel'));
      expect(hits.map((c) => c.sheet).sort()).toEqual(['Tabel 1', 'Tabel 3', 'Tabel 5']);
      for (const c of hits) expect(c.type).toBe(ExcelJS.ValueType.String);
    }
  });

  test('the values echoed on the Masalah sheet are string cells, as typed', () => {
    const values = cells.filter((c) => c.sheet === 'Masalah' && c.address.startsWith('C')).map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(['=1+1', '+62 812 555', '-5a', '@mention', IMPORT]));
    for (const c of cells.filter((x) => x.sheet === 'Masalah')) {
      expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number]).toContain(c.type);
    }
  });

  test('the Kelurahan from the command line is inside the source line, a string', () => {
    const source = cells.filter((c) => typeof c.value === 'string' && c.value.includes(KELURAHAN));
    expect(source).toHaveLength(9);
    for (const c of source) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.value).toBe(`Sumber: Hasil Pendataan di Wilayah Kelurahan ${KELURAHAN} Tahun 2006.`);
    }
  });
});
