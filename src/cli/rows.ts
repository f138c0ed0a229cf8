import type { RawCell } from '../core';

/** Receives the records of an input file one at a time, with their spreadsheet row numbers. */
export type RowSink = (cells: RawCell[], row: number) => void;
