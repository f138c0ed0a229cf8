/**
 * Several-of cells read as runs of words (KoboToolbox/ODK write `iuran_anggota usaha_kelompok`):
 * the runs tried are bounded by the list's longest label, so a huge cell of unknown words costs
 * lookups in proportion to its words, not to their square (fast-check found a 100,000-character
 * Syarat Keanggotaan cell that held computeSurvey for minutes).
 */
import { cloneCategories } from '../../src/core';
import { compileList, type CompiledList } from '../../src/core/normalize';
import { matchParts } from '../../src/core/schema';

function counted(list: CompiledList): { list: CompiledList; calls: () => number } {
  let n = 0;
  return { list: { ...list, match: (v) => (n++, list.match(v)) }, calls: () => n };
}

const sumberDana = () => compileList(cloneCategories().sumberDana);

describe('several-of parts read as runs of words', () => {
  test('labels joined by spaces, and choice names, still read greedily', () => {
    const list = sumberDana();
    const labels = list.labels;
    const two = `${labels[0]} ${labels[1]}`;
    expect(matchParts(list, two)).toEqual([0, 1]);
    const names = labels.slice(0, 3).map((l) => l.toLowerCase().replace(/\s+/g, '_')).join(' ');
    expect(matchParts(list, names)).toEqual([0, 1, 2]);
  });

  test('a cell of 30,000 unknown words: the unknown part, with lookups bounded per word', () => {
    const { list, calls } = counted(sumberDana());
    const part = Array.from({ length: 30_000 }, (_, i) => `kata${i % 7}`).join(' ');
    expect(matchParts(list, part)).toBe(part);
    // Before the bound: one lookup per run from the first word, 30,000 runs of up to 30,000 words.
    expect(calls()).toBeLessThanOrEqual(1 + 2 * list.longestKey + 1);
  });

  test('punctuation-only words do not make the runs unbounded', () => {
    const { list, calls } = counted(sumberDana());
    const part = Array.from({ length: 30_000 }, () => '/').join(' ');
    expect(typeof matchParts(list, part)).toBe('string');
    expect(calls()).toBeLessThanOrEqual(1 + 2 * list.longestKey + 1);
  });
});
