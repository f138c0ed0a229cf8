/**
 * The marks Periksa Data leaves on the Data sheet: a background and a note on each cell the
 * core reports, lighter for warnings. A run also clears the marks of cells that are now right,
 * but only its own marks: a cell coloured or annotated by a person keeps its colour and note.
 * Ours are recognised by their colours (shades the palette does not offer) and by the note's
 * prefix; a person's note in the same cell is kept above ours.
 */
import type { Issue, Lang } from '../core';

export const MARK_COLOURS = { error: '#f7c9c5', warning: '#fdebb0' } as const;
/** Starts the add-on's part of a note. */
export const NOTE_MARK = '⚠ Pranata: ';

/** getBackgrounds() reports a cell without fill as white. */
const NO_FILL = '#ffffff';

export interface MarkBlock {
  /** 1-based first row and column of the block. */
  firstRow: number;
  firstColumn: number;
  backgrounds: string[][];
  notes: string[][];
}

export interface MarkPlan {
  /** null resets a cell to no fill. */
  backgrounds: (string | null)[][];
  notes: string[][];
}

/** The note without the add-on's part. */
export function userNote(note: string): string {
  const at = note.indexOf(NOTE_MARK);
  return at < 0 ? note : note.slice(0, at).replace(/\s+$/, '');
}

function isOurColour(colour: string): boolean {
  const c = colour.toLowerCase();
  return c === MARK_COLOURS.error || c === MARK_COLOURS.warning;
}

/** True when some cell of a `markable` column (0-based) carries the add-on's colour or note. */
export function hasOwnMarks(block: MarkBlock, markable: ReadonlySet<number>): boolean {
  const ours = (r: number, c: number): boolean => {
    if (!markable.has(block.firstColumn - 1 + c)) return false;
    return isOurColour(block.backgrounds[r]?.[c] ?? NO_FILL) || (block.notes[r]?.[c] ?? '').includes(NOTE_MARK);
  };
  return block.backgrounds.some((row, r) => row.some((_, c) => ours(r, c)));
}

interface Want {
  severity: Issue['severity'];
  messages: string[];
}

/**
 * New backgrounds and notes for a block: issue cells marked; cells of `markable` columns
 * (0-based sheet columns) that carry our mark and have no issue now, cleared; every other
 * cell written back as it was (no fill stays no fill, so banding shows through).
 */
export function planMarks(block: MarkBlock, markable: ReadonlySet<number>, issues: readonly Issue[], lang: Lang): MarkPlan {
  const want = new Map<string, Want>();
  for (const i of issues) {
    const key = `${i.row}:${i.columnIndex}`;
    const w = want.get(key);
    if (w === undefined) want.set(key, { severity: i.severity, messages: [i.messages[lang]] });
    else {
      if (i.severity === 'error') w.severity = 'error';
      w.messages.push(i.messages[lang]);
    }
  }
  const backgrounds = block.backgrounds.map((row, r) =>
    row.map((bg, c): string | null => {
      const column = block.firstColumn - 1 + c;
      const w = markable.has(column) ? want.get(`${block.firstRow + r}:${column}`) : undefined;
      if (w !== undefined) return MARK_COLOURS[w.severity];
      if (bg.toLowerCase() === NO_FILL || (markable.has(column) && isOurColour(bg))) return null;
      return bg;
    }),
  );
  const notes = block.notes.map((row, r) =>
    row.map((note, c) => {
      const column = block.firstColumn - 1 + c;
      if (!markable.has(column)) return note;
      const base = userNote(note);
      const w = want.get(`${block.firstRow + r}:${column}`);
      if (w === undefined) return base;
      const ours = NOTE_MARK + w.messages.join('\n');
      return base === '' ? ours : `${base}\n\n${ours}`;
    }),
  );
  return { backgrounds, notes };
}
