/**
 * A top-to-bottom cursor over A4 pages: content is placed at `y` (PDF y grows upwards) and
 * a new page is started when the next block would run into the bottom margin. Modules ask
 * `fits(height)` before drawing a block and `take(height)` after, so no block is ever
 * drawn across the page edge.
 */
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { MARGIN, PAGE_HEIGHT, PAGE_WIDTH } from './theme';

/** Lowest y content may reach: the footer lives below it. */
export const CONTENT_BOTTOM = MARGIN;
export const CONTENT_TOP = PAGE_HEIGHT - MARGIN;

export class PageFlow {
  private current: PDFPage;
  private cursor = CONTENT_TOP;

  constructor(private readonly doc: PDFDocument) {
    this.current = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  }

  get page(): PDFPage {
    return this.current;
  }

  /** Top of the free space on the current page. */
  get y(): number {
    return this.cursor;
  }

  /** 1-based number of the current page in the document. */
  get pageNumber(): number {
    return this.doc.getPageCount();
  }

  /** Space left above the bottom margin. */
  get remaining(): number {
    return this.cursor - CONTENT_BOTTOM;
  }

  /** True while nothing has been placed on the current page. */
  get atTop(): boolean {
    return this.cursor === CONTENT_TOP;
  }

  fits(height: number): boolean {
    return height <= this.remaining + 1e-6;
  }

  /** Moves the cursor down past a block just drawn. */
  take(height: number): void {
    this.cursor -= height;
  }

  newPage(): PDFPage {
    this.current = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.cursor = CONTENT_TOP;
    return this.current;
  }
}
