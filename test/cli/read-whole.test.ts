/**
 * A file that fits in the first read (`PROBE` bytes) is parsed from that read, a longer one
 * from the file stream (src/cli/read-csv.ts `head`): at PROBE − 1, PROBE and PROBE + 1 bytes
 * both ways give the records that reading the whole buffer as one chunk gives, with each reader.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROBE, readCsv, readCsvChunks, type CsvReader } from '../../src/cli/read-csv';
import type { RowSink } from '../../src/cli/rows';
import { CSV_READERS } from './readers';

type Rec = [number, unknown[]];

/** A CSV of exactly `size` bytes: a header, rows with a multi-byte name, padded by the last cell. */
function fileOf(size: number): Buffer {
  const row = (i: number): string => `"Kelompok ${i}; é";Posyandu;catatan ${i}\r\n`;
  const last = '"akhir";PKK;';
  const header = 'Nama Kelompok;Jenis Kelompok;Catatan\r\n';
  const parts = [header];
  let length = Buffer.byteLength(header);
  for (let i = 1; length + Buffer.byteLength(row(i)) + last.length + 2 < size; i++) {
    parts.push(row(i));
    length += Buffer.byteLength(row(i));
  }
  parts.push(last + 'x'.repeat(size - length - last.length - 2) + '\r\n');
  const bytes = Buffer.from(parts.join(''), 'utf8');
  expect(bytes.length).toBe(size);
  return bytes;
}

async function collect(read: (sink: RowSink) => Promise<unknown>): Promise<Rec[]> {
  const out: Rec[] = [];
  await read((cells, row) => out.push([row, cells]));
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'pranata-whole-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(CSV_READERS.map((r) => [r]))('reader %s', (reader: CsvReader) => {
  it.each([[PROBE - 1], [PROBE], [PROBE + 1]])('a file of %i bytes reads as the whole buffer does', async (size) => {
    const bytes = fileOf(size);
    const path = join(dir, `f-${size}-${reader}.csv`);
    writeFileSync(path, bytes);
    const fromFile = await collect((sink) => readCsv(path, sink, reader));
    const whole = await collect((sink) => readCsvChunks(bytes.subarray(0, PROBE), () => [bytes], sink, reader));
    expect(fromFile.length).toBeGreaterThan(1000);
    expect(fromFile.at(-1)?.[1][0]).toBe('akhir');
    expect(fromFile).toEqual(whole);
  });
});
