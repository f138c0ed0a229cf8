/**
 * The kelurahan a result covers, as a title and the CLI's summary say it: one by name, up to
 * three listed, more counted, none left unsaid (a bare "Kelurahan" or "Kelurahan -" before).
 */
import { CORE_WORDS } from '../../src/core/i18n';
import { ROLLUP_TABLE_ID, type TableModel } from '../../src/core/model';
import { coveredKelurahan, NO_KELURAHAN } from '../../src/core/rollup';
import { ONE_KELURAHAN_SHARE } from '../../src/core/survey';
import { run, SETTINGS_2006, validRow } from './helpers';

/** Valid rows, `n` of them naming each kelurahan given (the rows of a kelurahan together). */
const rowsOf = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([k, n]) => Array.from({ length: n }, (_, i) => validRow({ 'Nama Kelompok': `Kelompok ${k} ${i}`, Kelurahan: k })));
const unnamed = { ...SETTINGS_2006, kelurahan: '' };

const tk = (rows: [string, number][]): TableModel =>
  ({
    id: ROLLUP_TABLE_ID,
    rows: rows.map(([label, total]) => ({ label, counts: [total], percents: [], total })),
  }) as unknown as TableModel;

describe('coveredKelurahan and place', () => {
  test('one kelurahan by name; several from Tabel K, without the blank one and those holding no group', () => {
    expect(coveredKelurahan({ kelurahan: 'Melong', tables: [] })).toEqual(['Melong']);
    expect(coveredKelurahan({ kelurahan: '', tables: [tk([['Cibeureum', 3], ['Melong', 0], ['Utama', 2], [NO_KELURAHAN, 4]])] })).toEqual(['Cibeureum', 'Utama']);
    expect(coveredKelurahan({ kelurahan: '', tables: [] })).toEqual([]);
  });

  test('Bahasa Indonesia and English: named up to three, counted beyond, nothing for none', () => {
    const id = CORE_WORDS.id.place;
    const en = CORE_WORDS.en.place;
    expect(id(['Melong'])).toBe('Kelurahan Melong');
    expect(id(['Cibeureum', 'Melong'])).toBe('Kelurahan Cibeureum dan Melong');
    expect(id(['Cibeureum', 'Melong', 'Utama'])).toBe('Kelurahan Cibeureum, Melong dan Utama');
    expect(en(['Cibeureum', 'Melong', 'Utama'])).toBe('Kelurahan Cibeureum, Melong and Utama');
    const many = Array.from({ length: 5000 }, (_, i) => `K${i}`);
    expect(id(many)).toBe('5000 Kelurahan');
    expect(id(many, (n) => n.toLocaleString('id-ID'))).toBe('5.000 Kelurahan');
    expect(en(many.slice(0, 4))).toBe('4 kelurahan');
    expect(id([])).toBe('');
  });
});

describe('the kelurahan of one file read without --by kelurahan (no --kelurahan)', () => {
  test('one kelurahan, a few cells in other cases or misspelt: its most frequent spelling', () => {
    const r = run(rowsOf({ MELONG: 3, Melong: 40, ' melong ': 2, Melng: 1 }), unnamed);
    expect(r.kelurahan).toBe('Melong');
    expect(r.places).toBeUndefined();
    expect(r.tables[0]!.source).toBe('Sumber: Hasil Pendataan di Wilayah Kelurahan Melong Tahun 2006.');
  });

  test('several kelurahan: no one kelurahan names the tables (was whichever came first); the title lists or counts them', () => {
    const r = run(rowsOf({ Utama: 10, Cibeureum: 10, Melong: 10 }), unnamed);
    expect(r.kelurahan).toBe('');
    expect(r.places).toEqual(['Cibeureum', 'Melong', 'Utama']);
    expect(r.tables[0]!.source).toBe('Sumber: Hasil Pendataan Tahun 2006.');
    expect(CORE_WORDS.id.place(coveredKelurahan(r))).toBe('Kelurahan Cibeureum, Melong dan Utama');
  });

  test(`the share that makes one kelurahan the file's: ${ONE_KELURAHAN_SHARE * 100} %`, () => {
    expect(run(rowsOf({ Melong: 9, Utama: 1 }), unnamed).kelurahan).toBe('Melong');
    expect(run(rowsOf({ Melong: 8, Utama: 1, Baros: 1 }), unnamed).kelurahan).toBe('');
    // --kelurahan (the settings' name) always wins.
    expect(run(rowsOf({ Melong: 5, Utama: 5 }), { ...unnamed, kelurahan: 'Kota Cimahi' }).kelurahan).toBe('Kota Cimahi');
  });
});
