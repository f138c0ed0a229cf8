import { cleanText, fitText, truncateText, widthToWrap, wrapText, type Measure } from '../../src/report/text';

/** Every character is half the font size wide: widths are easy to reason about. */
const mono: Measure = { widthOfTextAtSize: (text, size) => [...text].length * size * 0.5 };
const width = (text: string, size: number): number => mono.widthOfTextAtSize(text, size);

describe('wrapText', () => {
  it('breaks at spaces and after slashes, never wider than the line', () => {
    // 10 pt: 5 pt per character, 100 pt = 20 characters a line.
    const lines = wrapText('Integrasi Masyarakat/Kerukunan Warga', mono, 10, 100);
    expect(lines).toEqual(['Integrasi', 'Masyarakat/Kerukunan', 'Warga']);
    for (const line of lines) expect(width(line, 10)).toBeLessThanOrEqual(100);
  });

  it('splits a word longer than the line by characters', () => {
    const lines = wrapText('Penyelenggaraankesejahteraan', mono, 10, 50);
    expect(lines.join('')).toBe('Penyelenggaraankesejahteraan');
    for (const line of lines) expect(width(line, 10)).toBeLessThanOrEqual(50);
  });

  it('collapses white space, newlines included', () => {
    expect(cleanText('  Dasa \n  Wisma ')).toBe('Dasa Wisma');
    expect(wrapText('Dasa\nWisma', mono, 10, 1000)).toEqual(['Dasa Wisma']);
  });
});

describe('fitText', () => {
  it('keeps text that fits as it is', () => {
    expect(fitText('BKB', mono, { size: 8, minSize: 7, maxWidth: 50, maxLines: 2, prefer: 'shrink' })).toEqual({
      lines: ['BKB'],
      size: 8,
    });
  });

  it('shrinks before wrapping when asked to', () => {
    // 12 characters: 48 pt at 8 pt, 42 pt at 7 pt.
    const fitted = fitText('Dasa Wisma A', mono, { size: 8, minSize: 7, maxWidth: 44, maxLines: 2, prefer: 'shrink' });
    expect(fitted).toEqual({ lines: ['Dasa Wisma A'], size: 7 });
  });

  it('wraps at the minimum size when shrinking is not enough', () => {
    const fitted = fitText('Paguyuban Warga Desa', mono, { size: 8, minSize: 7, maxWidth: 40, maxLines: 3, prefer: 'shrink' });
    expect(fitted.size).toBe(7);
    expect(fitted.lines).toEqual(['Paguyuban', 'Warga Desa']);
  });

  it('wraps at full size before shrinking when asked to', () => {
    const fitted = fitText('Jenis Kelompok', mono, { size: 8, minSize: 7, maxWidth: 40, maxLines: 3, prefer: 'wrap' });
    expect(fitted).toEqual({ lines: ['Jenis', 'Kelompok'], size: 8 });
  });

  it('ends in an ellipsis only when even maxLines lines are not enough', () => {
    const text = 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh';
    const fitted = fitText(text, mono, { size: 8, minSize: 7, maxWidth: 42, maxLines: 2, prefer: 'shrink' });
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]?.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(width(line, 7)).toBeLessThanOrEqual(42);
  });
});

describe('truncateText', () => {
  it('cuts to the width with an ellipsis', () => {
    const cut = truncateText('Kelompok Usaha Bersama', mono, 10, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(width(cut, 10)).toBeLessThanOrEqual(50);
    expect(truncateText('KUBE', mono, 10, 50)).toBe('KUBE');
  });
});

describe('widthToWrap', () => {
  it('is the narrowest width that keeps text within its lines, never splitting a word', () => {
    // "Paguyuban Warga Desa" at 8 pt: 4 pt a character; "Paguyuban" is 36 wide.
    expect(widthToWrap('Paguyuban Warga Desa', mono, 8, 3)).toBe(36);
    expect(wrapText('Paguyuban Warga Desa', mono, 8, 36)).toEqual(['Paguyuban', 'Warga', 'Desa']);
    const two = widthToWrap('Paguyuban Warga Desa', mono, 8, 2);
    expect(wrapText('Paguyuban Warga Desa', mono, 8, two)).toHaveLength(2);
    expect(wrapText('Paguyuban Warga Desa', mono, 8, two - 1)).toHaveLength(3);
    // One line asked: the whole text.
    expect(widthToWrap('R/1/KS', mono, 8, 1)).toBe(width('R/1/KS', 8));
  });
});
