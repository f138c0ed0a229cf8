/**
 * Before Periksa Data, Buat Tabel, Rekap Pendataan or Bandingkan reads a very large Data
 * sheet, the user is asked whether to go on: an execution that Google stops at its 6-minute
 * limit would leave the work half done (some cells marked, some tables new and some old) with
 * no message at all.
 *
 * The size is the block the action reads: rows x columns up to the last ones holding
 * anything. What the actions cost on Apps Script, by their service calls (test/addon/budget):
 * both make a fixed number of calls whatever the size (91 for Periksa Data and 274 for Buat
 * Tabel's first run, at 1,000 rows as at 500,000: test/robustness/time-limit.test.ts), so
 * their time is the time to move the Data block through the Sheets service, which grows
 * with the cells:
 * - Periksa Data moves it five times: getValues, then getBackgrounds, getNotes,
 *   setBackgrounds and setNotes over the rows x the marked columns (about the same block).
 * - Buat Tabel moves it once (getValues); the tables it writes are a few hundred cells.
 * Google publishes no throughput for these calls. Taking a pessimistic 50,000–100,000 cells a
 * second for whole-block calls (the slow end for formats and notes; to be measured on a real
 * account), Periksa Data over 3,000,000 cells moves 15,000,000: 2.5–5 minutes, most or all of
 * the 6. Buat Tabel over 5,000,000 cells needs 1–2 minutes for the read, and an array of that
 * size is near what one execution's memory holds (the fake needs about 1 GB of Node memory
 * for 10,000,000 cells). Hence the thresholds below: about 150,000 and 250,000 rows of the
 * codebook's 20 columns. Rekap Pendataan reads the Data block once as Buat Tabel does and
 * writes less; Bandingkan reads it and the last round's sheet, as a rule of about its size, so
 * it asks at half Buat Tabel's size of the Data sheet. A sheet of the study's size (307 rows)
 * or a kota's (a few thousand) is far below them and is never asked about.
 */
import { formatCount, type Lang } from '../core';
import { say, sayf, type MessageKey } from './messages';

export type LargeAction = 'check' | 'tables' | 'rekap' | 'compare';

/** Cells (rows x columns of the Data block) above which the action asks before reading. */
export const ASK_ABOVE_CELLS: Readonly<Record<LargeAction, number>> = { check: 3_000_000, tables: 5_000_000, rekap: 5_000_000, compare: 2_500_000 };

/** The alert's title (the menu item) and its question; the last three share one, naming the item. */
const WORDS: Readonly<Record<LargeAction, { title: MessageKey; question: MessageKey }>> = {
  check: { title: 'menuCheck', question: 'largeSheetCheck' },
  tables: { title: 'menuTables', question: 'largeSheetRead' },
  rekap: { title: 'menuRekap', question: 'largeSheetRead' },
  compare: { title: 'menuCompare', question: 'largeSheetRead' },
};

/**
 * readDataSheet's confirmSize for `action`: true at once below the threshold; above it, a
 * Yes/No alert, true only for Yes (No, or closing the alert, stops with nothing changed).
 */
export function confirmLargeSheet(action: LargeAction, lang: Lang): (rows: number, columns: number) => boolean {
  return (rows, columns) => {
    if (rows * columns <= ASK_ABOVE_CELLS[action]) return true;
    const ui = SpreadsheetApp.getUi();
    const question = sayf(WORDS[action].question, lang, {
      rows: formatCount(rows, lang),
      columns: formatCount(columns, lang),
      cells: formatCount(rows * columns, lang),
      action: say(WORDS[action].title, lang),
    });
    return ui.alert(say(WORDS[action].title, lang), question, ui.ButtonSet.YES_NO) === ui.Button.YES;
  };
}
