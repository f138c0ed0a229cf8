/**
 * The CLI's two CSV readers (src/cli/read-csv.ts): the byte reader, the default, and the
 * text reader it must equal (test/cli/csv-readers.test.ts proves it on generated files).
 * The CSV tests that run the CLI run once per reader: `eachReader` repeats a block of tests
 * with PRANATA_CSV_READER set for the children they start.
 */
import type { CsvReader } from '../../src/cli/read-csv';

export const CSV_READERS: readonly CsvReader[] = ['bytes', 'text'];

let current: CsvReader = 'bytes';

/** The environment of a CLI child: the reader of the running block. */
export function readerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PRANATA_CSV_READER: current };
}

/** Defines the tests of `body` once for each reader ("… (reader bytes)", "… (reader text)"). */
export function eachReader(name: string, body: () => void): void {
  describe.each(CSV_READERS)(`${name} (reader %s)`, (reader) => {
    beforeAll(() => {
      current = reader;
    });
    body();
  });
}
