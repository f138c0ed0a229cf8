/**
 * One of Pranata's lists (core/listing.ts: the comparison of two rounds, Rekap, Daftar
 * Kelompok) as a report section: its title, the ruled list continuing over as many pages as
 * it needs under a repeated header, and its notes.
 */
import type { Listing } from '../core/listing';
import type { ReportContext } from './context';
import type { PageFlow } from './flow';
import { listingGrid } from './grid';
import { drawParagraph, paragraphHeight } from './paragraph';
import { drawTable } from './table';
import { CONTENT_WIDTH, SIZE } from './theme';

const TITLE_GAP = 8;
const NOTE_GAP = 4;

/** The list with every string of the user's made printable (charset.ts). */
export function printableListing(l: Listing, printable: (s: string) => string): Listing {
  return {
    ...l,
    title: printable(l.title),
    name: printable(l.name),
    header: l.header.map((h) => ({ ...h, text: printable(h.text) })),
    body: l.body.map((r) => ({ ...r, cells: r.cells.map((c) => (c.kind === 'label' ? { ...c, text: printable(c.text) } : c)) })),
    notes: l.notes.map(printable),
  };
}

export function drawListingSection(flow: PageFlow, listing: Listing, ctx: ReportContext): void {
  const { fonts, fmt, labels } = ctx;
  const heading = (next: PageFlow, title: string): void => {
    drawParagraph(next, title, fonts.bold, SIZE.title);
    next.take(TITLE_GAP);
  };
  heading(flow, listing.title);
  const grid = listingGrid(listing, fmt, CONTENT_WIDTH);
  if (grid.body.length > 0) {
    drawTable(flow, grid, fonts, {
      onContinue: (next) => heading(next, `${listing.title} ${labels.continued}`),
      keepWithLast: NOTE_GAP + grid.notes.reduce((h, note) => h + paragraphHeight(note, fonts.regular, SIZE.source), 0),
    });
    flow.take(NOTE_GAP);
  }
  for (const note of grid.notes) {
    if (!flow.fits(paragraphHeight(note, fonts.regular, SIZE.source))) flow.newPage();
    drawParagraph(flow, note, fonts.regular, SIZE.source);
  }
}
