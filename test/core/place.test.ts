/**
 * The kelurahan a result covers, as a title and the CLI's summary say it: one by name, up to
 * three listed, more counted, none left unsaid (a bare "Kelurahan" or "Kelurahan -" before).
 */
import { CORE_WORDS } from '../../src/core/i18n';
import { ROLLUP_TABLE_ID, type TableModel } from '../../src/core/model';
import { coveredKelurahan, NO_KELURAHAN } from '../../src/core/rollup';

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
