/**
 * The one order of names in the register's lists (Tabel K's kelurahan, the Rekap's kelurahan
 * and petugas, the Daftar Kelompok): case and spacing aside, a blank name last.
 */
import fc from 'fast-check';
import { compareLabelKeys, compareLabels, normalizeLabel } from '../../src/core/normalize';

test('case and spacing aside; a blank name (the "(tanpa kelurahan)" line) last', () => {
  const names = ['', 'cibeureum', 'Cigugur  Tengah', 'CIBEBER', '  ', 'Baros'];
  expect([...names].sort(compareLabels)).toEqual(['Baros', 'CIBEBER', 'cibeureum', 'Cigugur  Tengah', '', '  ']);
  expect(compareLabels('Melong', ' melong ')).toBe(0);
});

test('a total order, the same on labels normalised once', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 12 }), (names) => {
      const sorted = [...names].sort(compareLabels);
      const keyed = names.map(normalizeLabel).sort(compareLabelKeys);
      expect(sorted.map(normalizeLabel)).toEqual(keyed);
      for (let i = 1; i < sorted.length; i++) expect(compareLabels(sorted[i - 1] ?? '', sorted[i] ?? '')).toBeLessThanOrEqual(0);
    }),
  );
});
