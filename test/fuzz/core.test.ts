/**
 * Fuzzing the core (read + validate + tables) with arbitrary cells in every field. A failure
 * prints fast-check's seed and path; replay it with FUZZ_SEED=<seed> FUZZ_PATH=<path>.
 */
import fc from 'fast-check';
import { cloneCategories, computeSurvey, locateHeader, SurveyStream, toJsonResult, type RawCell } from '../../src/core';
import { junkCell, settingsArb, sheetArb } from './cells';
import { checkResult } from './invariants';
import { fuzzParams } from './params';

describe('core under arbitrary cells', () => {
  test('never throws; rows, issues, counts and percents add up', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(sheetArb, settingsArb, (sheet, settings) => {
        const out = computeSurvey(sheet.values, { settings, categories: cloneCategories() });
        // Every required column is in the header row, so the sheet is always readable.
        if (!out.ok) throw new Error(`fatal ${out.error.code} on a sheet with every required column`);
        checkResult(out.value, sheet.dataRows);
        expect(() => JSON.parse(JSON.stringify(toJsonResult(out.value, 'en')))).not.toThrow();
        seen.valid += out.value.rows.valid;
        seen.invalid += out.value.rows.invalid;
      }),
      fuzzParams(300),
    );
    // The generator is not vacuous: the tables counted rows, and rows were rejected.
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });

  test('the streaming reader (the CLI path) gives the same result as the 2-D path', () => {
    fc.assert(
      fc.property(sheetArb, settingsArb, (sheet, settings) => {
        const opts = { settings, categories: cloneCategories() };
        const whole = computeSurvey(sheet.values, opts);
        const stream = new SurveyStream(opts);
        sheet.values.forEach((cells, i) => stream.push([...cells], i + 1));
        expect(stream.finish()).toEqual(whole);
      }),
      fuzzParams(150),
    );
  });

  test('junk rows above the header, or no header at all: a result or a fatal error, never an exception', () => {
    const junkRow = fc.array(junkCell, { maxLength: 8 });
    const values = fc
      .tuple(fc.array(junkRow, { maxLength: 4 }), fc.option(sheetArb, { freq: 3 }), fc.array(junkRow, { maxLength: 4 }))
      .map(([above, sheet, below]) => [...above, ...(sheet?.values ?? []), ...below]);
    fc.assert(
      fc.property(values, settingsArb, (rows: RawCell[][], settings) => {
        const out = computeSurvey(rows, { settings, categories: cloneCategories() });
        if (out.ok) {
          const header = locateHeader(rows);
          if (!header.ok) throw new Error('computeSurvey found a header that locateHeader does not');
          checkResult(out.value, rows.length - header.value.headerRow, header.value.headerRow);
        } else expect(['no_header', 'missing_columns', 'duplicate_column']).toContain(out.error.code);
      }),
      fuzzParams(200),
    );
  });
});
