/**
 * Before exporting: are the tables still what the data says? Buat Tabel records a fingerprint
 * of what it read (Data sheet, settings, category lists; freshness.ts), and a new fingerprint
 * is compared with it. That is sharper than comparing times: Apps Script cannot tell when one
 * sheet was last edited (Drive's modified time is the whole file's, moves whenever the table
 * sheets themselves are written, and needs a wider scope), and an edit the tables do not read
 * (a column width, a note) should not nag. When they differ, the coordinator chooses.
 */
import type { Lang } from '../../core';
import { tablesFreshness } from '../freshness';
import { say } from '../messages';
import { makeTablesIn } from '../tables-sheet';
import { localTime } from './clock';
import { formatLocalTime } from './cover-text';
import { pdfSay } from './text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

/**
 * The sheet ids to export: `gids` as they are when fresh or when the user says No; the
 * remade tables' ids when Yes. A string is a failure's message; null means Cancel (or closed).
 */
export function tablesToExport(ss: Spreadsheet, ui: Ui, lang: Lang, gids: number[], now: Date): number[] | string | null {
  const freshness = tablesFreshness(ss, lang, now);
  if (freshness.fresh) return gids;
  const madeAt = freshness.madeAt === null ? null : new Date(freshness.madeAt);
  const question =
    madeAt !== null && !Number.isNaN(madeAt.getTime())
      ? pdfSay('stale', lang, { madeAt: formatLocalTime(localTime(ss, madeAt), lang) })
      : pdfSay('staleUnknown', lang);
  const answer = ui.alert(say('menuExportPdf', lang), question, ui.ButtonSet.YES_NO_CANCEL);
  if (answer === ui.Button.NO) return gids;
  if (answer !== ui.Button.YES) return null;
  const made = makeTablesIn(ss, lang, now);
  if (!made.ok) return made.message;
  // The export endpoint renders what Sheets has saved: the new tables must be written first.
  SpreadsheetApp.flush();
  return made.sheetIds;
}
