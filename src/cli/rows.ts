import type { CellProblem, RawCell } from '../core';

/**
 * Receives the records of an input file one at a time, with their spreadsheet row numbers
 * and what the reader found wrong in their cells (quotes, formulas without a value); from the
 * byte reader also each cell's value number (RecordSink), valid during the call only.
 */
export type RowSink = (cells: RawCell[], row: number, problems?: readonly CellProblem[], ids?: Int32Array) => void;
