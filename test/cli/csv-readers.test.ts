/**
 * The byte reader (src/cli/csv-bytes.ts) is the text reader (csv-records.ts) on every file:
 * generated files full of quoting and encoding traps, read whole by the text reader and cut
 * into chunks anywhere by the byte reader (at every byte, inside a UTF-8 character, between
 * CR and LF, inside a quoted cell), give the same records with the same row numbers and the
 * same quote problems, and through the pipeline the same JSON (rows, tables, issues).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { cloneCategories, FIELDS, HEADER_SCAN_ROWS, isBlankCell, mapHeaders, NOTE_FIELDS, REQUIRED_FIELDS, requiredHits, Rollup, SurveyBuilder, SurveyStream, toJsonResult, type CellProblem, type SurveyOptions } from '../../src/core';
import { CsvRecords } from '../../src/cli/csv-records';
import { csvLayout, csvReaderOf, readCsv, readCsvChunks, BIG_INPUT_BYTES, type CsvReader, type UnreadColumns } from '../../src/cli/read-csv';
import { UNREAD } from '../../src/cli/csv-bytes';
import { fuzzParams } from '../fuzz/params';

const SAMPLE = `${__dirname}/../../src/cli/sample/cibeureum-2006.csv`;

/** A header no field's: its column is one the pipeline does not read. */
const UNKNOWN_HEADER = 'Lampiran Foto';

/** A piece of a file: text (encoded as the file's encoding) or raw bytes (UTF-8 files only). */
type Part = string | number[];

const DELIMS = [',', ';', '\t'] as const;
const BREAKS = ['\n', '\r\n', '\r'];

/** Bytes that are no UTF-8: lone continuation, overlong, a surrogate encoded, cut sequences. */
const INVALID: number[][] = [[0xff], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc3]];

const word = fc.oneof(
  fc.constantFrom('Dasa Wisma', 'Posyandu', 'dasawisma', ' PKK ', 'SLTA', 'Orsos', '15', '1990', ' 12.0 ', '2006-02-10', '10/02/2006', 'Ya', 'Tidak', '', ' ', 'RW 3', 'Iuran Anggota; Bantuan'),
  fc.constantFrom('é', 'Bandung – Cimahi', '😀', 'ÿ', '\u00a0', '\ufeff', 'Ω', '\u0085', '€'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

/** One cell as it is written: plain, properly quoted, or one of the quote traps. */
function cellArb(d: string): fc.Arbitrary<Part[]> {
  const trap = fc.constantFrom<Part[]>(
    ['"'],
    ['""'],
    ['"a""b"'],
    ['"Sauyunan" RW 3'],
    ['a"b'],
    ['"unclosed'],
    [`"a${d}b`],
    ['"a\nb'],
    ['"a\r\nb"'],
    [`"x\n${d}${d}${d}`],
    ['"x\r'],
    ['"'],
    [d],
    ['\r'],
    ['\n'],
    ['\r\n'],
  );
  const invalid = fc.constantFrom(...INVALID).map((b): Part[] => [b]);
  const plain = word.map((w): Part[] => [w.replace(/["\r\n]/g, '').split(d).join('')]);
  const quoted = fc
    .array(fc.oneof(word, fc.constantFrom(d, '\n', '\r\n', '\r', '"')), { maxLength: 4 })
    .map((ws): Part[] => [`"${ws.join('').replaceAll('"', '""')}"`]);
  const mixed = fc.array(fc.oneof(plain, invalid, trap), { minLength: 1, maxLength: 3 }).map((xs) => xs.flat());
  return fc.oneof({ arbitrary: plain, weight: 6 }, { arbitrary: quoted, weight: 3 }, { arbitrary: trap, weight: 2 }, { arbitrary: invalid, weight: 1 }, { arbitrary: mixed, weight: 2 });
}

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

interface File {
  bytes: Buffer;
  /** The probe: the whole file, or only its start (the first megabyte of a large file). */
  probe: number;
}

function encode(parts: Part[], enc: Encoding): Buffer {
  if (enc === 'utf-8' || enc === 'utf-8-bom') {
    const body = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
    return enc === 'utf-8' ? body : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
  }
  const text = parts.filter((p): p is string => typeof p === 'string').join('');
  if (enc === 'windows-1252') return Buffer.from(text.replace(/[^\x00-\xff]/g, '?'), 'latin1');
  const le = Buffer.from(text, 'utf16le');
  if (enc === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
}

/** A file: maybe a `sep=` line or a title, a header naming the columns, rows of trap-laden cells. */
const fileArb: fc.Arbitrary<File> = fc
  .record({
    d: fc.constantFrom(...DELIMS),
    br: fc.constantFrom(...BREAKS),
    mixBreaks: fc.boolean(),
    sep: fc.constantFrom('', 'sep', 'title'),
    enc: fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le', 'utf-16be'),
    width: fc.integer({ min: 3, max: FIELDS.length }),
    quoteHeader: fc.boolean(),
    trailing: fc.boolean(),
    /** A column no field is read from, after the fields' (its cells only count for a blank row). */
    extra: fc.boolean(),
  })
  .chain((o) =>
    fc
      .tuple(
        fc.array(fc.array(cellArb(o.d), { minLength: 1, maxLength: o.width + 1 }), { maxLength: 14 }),
        fc.array(fc.constantFrom(...BREAKS), { minLength: 14, maxLength: 14 }),
        // A real probe is the first megabyte: it holds the BOM and the sep= line of any file that has them.
        fc.option(fc.integer({ min: 64, max: 4000 }), { nil: undefined }),
      )
      .map(([rows, breaks, probe]) => {
        const header = FIELDS.slice(0, o.width).map((f, i) => (o.quoteHeader && i === 0 ? `"${f.header}"` : f.header));
        if (o.extra) header.push(UNKNOWN_HEADER);
        const parts: Part[] = [];
        if (o.sep === 'sep') parts.push(`sep=${o.d}${o.br}`);
        if (o.sep === 'title') parts.push(`Data WKSBM Cibeureum${o.d} 2006${o.br}`);
        parts.push(header.join(o.d));
        rows.forEach((cells, r) => {
          parts.push(o.mixBreaks ? (breaks[r] as string) : o.br);
          cells.forEach((c, i) => {
            if (i > 0) parts.push(o.d);
            parts.push(...c);
          });
        });
        if (o.trailing) parts.push(o.br);
        const bytes = encode(parts, o.enc);
        return { bytes, probe: probe === undefined ? bytes.length : Math.min(probe, bytes.length) };
      }),
  );

interface Read {
  records: [string[], number, CellProblem[] | undefined][];
  encoding: string;
}

/** Cells the byte reader gave a value number, over every read() so far. */
let numbered = 0;

/**
 * The records as the reader hands them. The byte reader's value numbers are held to what the
 * validator takes them for (RowValidator.check): in a column, a number stands for one string
 * only, and a string has one number (or none, once decoded).
 */
async function read(file: File, reader: CsvReader, chunks: Buffer[], unread?: UnreadColumns): Promise<Read> {
  const records: Read['records'] = [];
  const textOf: Map<number, string>[] = [];
  const numberOf: Map<string, number>[] = [];
  const { encoding } = await readCsvChunks(file.bytes.subarray(0, file.probe), () => chunks, (cells, row, problems, ids) => {
    records.push([cells.map(String), row, problems === undefined ? undefined : problems.map((p) => ({ ...p }))]);
    if (ids === undefined) return;
    expect(ids.length).toBeGreaterThanOrEqual(cells.length);
    cells.forEach((c, i) => {
      const id = ids[i] as number;
      if (id === 0) return;
      numbered++;
      const t = (textOf[i] ??= new Map());
      const n = (numberOf[i] ??= new Map());
      expect(typeof c).toBe('string');
      if (t.get(id) !== c) expect(t.has(id)).toBe(false);
      if (n.get(c as string) !== id) expect(n.has(c as string)).toBe(false);
      t.set(id, c as string);
      n.set(c as string, id);
    });
  }, reader, unread);
  return { records, encoding };
}

/** The file cut at these byte offsets (sorted, any values). */
function cut(bytes: Buffer, at: number[]): Buffer[] {
  const points = [...new Set(at.map((k) => Math.min(Math.max(k, 0), bytes.length)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

const SETTINGS = { surveyYear: 2006, kelurahan: '', ageYears: 10, membersSmall: 10, membersLarge: 20 };

/** The pipeline's JSON over a reader's records (or its fatal error). */
function pipeline(r: Read): string {
  const stream = new SurveyStream({ settings: SETTINGS, categories: cloneCategories() });
  for (const [cells, row, problems] of r.records) stream.push(cells, row, problems);
  return jsonOf(stream);
}

function jsonOf(stream: SurveyStream): string {
  const out = stream.finish();
  return JSON.stringify(out.ok ? toJsonResult(out.value, 'en') : out.error);
}

describe('the byte reader reads as the text reader', () => {
  test('same records, rows and problems, the file cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, fc.array(fc.nat(), { maxLength: 6 }), async (file, at) => {
        const want = await read(file, 'text', [file.bytes]);
        const scaled = at.map((k) => k % (file.bytes.length + 1));
        const got = await read(file, 'bytes', cut(file.bytes, scaled));
        expect(got).toEqual(want);
        expect(pipeline(got)).toBe(pipeline(want));
      }),
      fuzzParams(400),
    );
  });

  test('cut at every byte, and one byte at a time', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, async (file) => {
        const want = await read(file, 'text', [file.bytes]);
        const n = file.bytes.length;
        for (let k = 0; k <= n; k++) expect(await read(file, 'bytes', cut(file.bytes, [k]))).toEqual(want);
        expect(await read(file, 'bytes', cut(file.bytes, Array.from({ length: n }, (_, i) => i)))).toEqual(want);
      }),
      fuzzParams(40),
    );
  });

  test('a record longer than the first chunk and a quoted cell spanning many chunks', async () => {
    const header = FIELDS.map((f) => f.header).join(',');
    const long = `${'x'.repeat(20_000)}é`;
    const body = `${header}\r\n"${long},\r\n${long}""${long}",Dasa Wisma\r\n${long},Posyandu\r\n`;
    const file = { bytes: Buffer.from(body, 'utf8'), probe: Buffer.byteLength(body) };
    const want = await read(file, 'text', [file.bytes]);
    expect(want.records).toHaveLength(3);
    for (const size of [7, 4095, 4096, 4097, 30_000]) {
      const at = Array.from({ length: Math.ceil(file.bytes.length / size) }, (_, i) => i * size);
      expect(await read(file, 'bytes', cut(file.bytes, at))).toEqual(want);
    }
  });
});

/**
 * The columns the pipeline reads only for blankness (SurveyBuilder.unreadColumns: the note
 * fields and columns of no field) are passed over by the byte reader (CsvBytes.skip): a cell
 * of theirs comes as UNREAD only where the text reader's cell is not blank, every other cell
 * as the text reader reads it, and the pipeline's JSON is the text reader's.
 */
/** The sample's header and rows, and a column of no field after them. */
const [SAMPLE_HEAD = [], ...SAMPLE_BODY] = Papa.parse<string[]>(readFileSync(SAMPLE, 'utf8'), { skipEmptyLines: true }).data;
const WIDE_HEAD = [...SAMPLE_HEAD, UNKNOWN_HEADER];
const SAMPLE_MAP = mapHeaders(WIDE_HEAD, 1, {});
/** The columns the pipeline reads only for blankness: the note fields' and the unknown one. */
const UNREAD_AT = SAMPLE_MAP.ok ? [...NOTE_FIELDS.map((f) => SAMPLE_MAP.map.index[f] ?? -1), WIDE_HEAD.length - 1] : [];
const csvCell = (c: string): string => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);

/**
 * Files of the sample's rows (valid ones, so duplicates, tables and the Kelurahan tally all
 * count), some picked twice, with cells replaced by generated ones (quote traps, blanks,
 * invalid bytes) and rows left with only their unread cells (blank or not by those alone).
 */
const sampleFileArb: fc.Arbitrary<File> = fc
  .record({
    picks: fc.array(fc.nat(SAMPLE_BODY.length - 1), { minLength: HEADER_SCAN_ROWS + 2, maxLength: 80 }),
    edits: fc.array(fc.record({ row: fc.nat(), col: fc.nat(), cell: cellArb(',') }), { maxLength: 30 }),
    notesOnly: fc.array(fc.nat(), { maxLength: 6 }),
  })
  .map(({ picks, edits, notesOnly }) => {
    const rows: Part[][][] = picks.map((k) => [...(SAMPLE_BODY[k] ?? []), 'foto.jpg'].map((c) => [csvCell(c)]));
    for (const r of notesOnly) {
      const row = rows[r % rows.length] as Part[][];
      row.forEach((_, i) => {
        if (!UNREAD_AT.includes(i)) row[i] = [''];
      });
    }
    for (const e of edits) {
      const row = rows[e.row % rows.length] as Part[][];
      row[e.col % row.length] = e.cell;
    }
    const parts: Part[] = [WIDE_HEAD.map(csvCell).join(',')];
    for (const row of rows) {
      parts.push('\r\n');
      row.forEach((c, i) => {
        if (i > 0) parts.push(',');
        parts.push(...c);
      });
    }
    parts.push('\r\n');
    const bytes = encode(parts, 'utf-8');
    return { bytes, probe: bytes.length };
  });

describe('unread columns', () => {
  const utf8 = (f: File): boolean => f.bytes[0] !== 0xff && f.bytes[0] !== 0xfe;

  test('a skipped cell is UNREAD only where it is not blank, the rest read as the text reader reads it', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb.filter(utf8), fc.array(fc.nat(), { maxLength: 6 }), fc.uniqueArray(fc.nat({ max: FIELDS.length + 1 }), { maxLength: 12 }), async (file, at, skipped) => {
        const want = await read(file, 'text', [file.bytes]);
        // An empty first chunk: the reader is told the columns before its first record.
        const chunks = cut(file.bytes, [0, ...at.map((k) => k % (file.bytes.length + 1))]);
        const got = await read(file, 'bytes', chunks, () => skipped);
        expect(got.records.map(([, row, problems]) => [row, problems])).toEqual(want.records.map(([, row, problems]) => [row, problems]));
        got.records.forEach(([cells], r) => {
          const real = (want.records[r] as Read['records'][number])[0];
          expect(cells).toHaveLength(real.length);
          cells.forEach((c, i) => {
            if (c === UNREAD && skipped.includes(i)) expect(isBlankCell(real[i])).toBe(false);
            else expect(c).toBe(real[i]);
          });
        });
      }),
      fuzzParams(400),
    );
  });

  test("the pipeline's JSON with the builder's unread columns skipped is the text reader's", async () => {
    await fc.assert(
      fc.asyncProperty(sampleFileArb, fc.integer({ min: 16, max: 4096 }), async (file, size) => {
        const want = pipeline(await read(file, 'text', [file.bytes]));
        const stream = new SurveyStream({ settings: SETTINGS, categories: cloneCategories() });
        // Cut small: the builder, once found, is asked early.
        const chunks = cut(file.bytes, Array.from({ length: Math.ceil(file.bytes.length / size) }, (_, k) => k * size));
        // With the reader's value numbers, as the CLI passes them (main.ts): the validator checks a numbered cell by its number.
        await readCsvChunks(file.bytes.subarray(0, file.probe), () => chunks, (cells, row, problems, ids) => stream.push(cells, row, problems, ids), 'bytes', () => stream.started?.unreadColumns());
        expect(jsonOf(stream)).toBe(want);
      }),
      fuzzParams(150),
    );
  });

  test('which they are: the note fields and the columns of no field, none when records, the Rekap or a roll-up are kept', () => {
    const header = [...FIELDS.map((f) => f.header), UNKNOWN_HEADER, 'Sumber Dana/Iuran Anggota', '_validation_status'];
    const mapped = mapHeaders(header.filter((h) => h !== 'Sumber Dana'), 1, {});
    if (!mapped.ok) throw new Error('header');
    const map = mapped.map;
    expect(map.choiceColumns.sumberDana?.length).toBe(1);
    expect(map.review).toBeDefined();
    const base: SurveyOptions = { settings: SETTINGS, categories: cloneCategories() };
    const unread = new SurveyBuilder(map, base).unreadColumns();
    const notes = NOTE_FIELDS.map((f) => map.index[f]);
    expect(unread).toEqual([...notes, map.texts.indexOf(UNKNOWN_HEADER)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    // Nothing a table, a check, the duplicate search or the review state reads.
    for (const f of ['id', 'namaKelompok', 'kelurahan', 'jenisKelompok', 'tanggalPendataan'] as const) expect(unread).not.toContain(map.index[f]);
    expect(unread).not.toContain(map.review);
    expect(unread).not.toContain(map.choiceColumns.sumberDana?.[0]?.index);
    // Every note field is optional free text: skipping one never hides an issue of its own.
    for (const f of NOTE_FIELDS) expect(FIELDS.find((x) => x.id === f)).toMatchObject({ kind: { type: 'text' }, required: false });
    const keeping: SurveyOptions[] = [{ ...base, onRecord: () => undefined }, { ...base, progress: true }, { ...base, rollup: { into: new Rollup(base.categories, SETTINGS), kelurahan: '' } }];
    for (const o of keeping) expect(new SurveyBuilder(map, o).unreadColumns()).toEqual([]);
  });
});

/**
 * The byte reader's per-column table of earlier values (csv-bytes.ts Interner) grows from 16
 * slots by doubling and gives up past 4,096 distinct values: columns of few values, of values
 * that differ in one middle byte (the same length, first and last bytes), of 4,096 and 4,097
 * distinct values, and of values around its 256-byte limit, each repeated in a shuffled order,
 * read as the text reader reads them.
 */
test('the byte reader\'s value tables, grown and given up, read as the text reader', async () => {
  const few = ['Posyandu', 'Dasa Wisma', 'PKK', 'KUBE'];
  const middle = Array.from({ length: 300 }, (_, i) => `KW-${String.fromCharCode(33 + (i % 90))}${String.fromCharCode(48 + Math.floor(i / 90))}-2006`.replace(/[",]/g, '_'));
  const exact = Array.from({ length: 4096 }, (_, i) => `v${i}`);
  const over = Array.from({ length: 4097 }, (_, i) => `w${i}`);
  const edge = [255, 256, 257].map((n) => 'z'.repeat(n));
  const rows = 2 * 4097;
  let seed = 7;
  const pick = <T,>(xs: readonly T[], r: number): T => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return xs[r < xs.length ? r : seed % xs.length] as T;
  };
  const lines = ['a,b,c,d,e'];
  for (let r = 0; r < rows; r++) lines.push([pick(few, rows), pick(middle, r), pick(exact, r), pick(over, r), pick(edge, rows)].join(','));
  const bytes = Buffer.from(`${lines.join('\n')}\n`, 'latin1');
  const file = { bytes, probe: bytes.length };
  const want = await read(file, 'text', [bytes]);
  expect(want.records).toHaveLength(rows + 1);
  numbered = 0;
  const got = await read(file, 'bytes', cut(bytes, Array.from({ length: 40 }, (_, i) => Math.floor((i * bytes.length) / 40))));
  expect(got).toEqual(want);
  expect(new Set(got.records.slice(1).map(([cells]) => cells[1])).size).toBe(new Set(middle).size);
  // Every cell of the few, middle and exact columns is numbered: their values, one record each, and the header's.
  expect(numbered).toBeGreaterThanOrEqual(3 * rows);
});

describe('which reader reads a file', () => {
  it('is the one PRANATA_CSV_READER names, else the text reader below BIG_INPUT_BYTES and the byte reader from there', () => {
    expect(csvReaderOf('bytes', 10)).toBe('bytes');
    expect(csvReaderOf('text', 10 * BIG_INPUT_BYTES)).toBe('text');
    expect(csvReaderOf(undefined, 0)).toBe('text');
    expect(csvReaderOf(undefined, BIG_INPUT_BYTES - 1)).toBe('text');
    expect(csvReaderOf(undefined, BIG_INPUT_BYTES)).toBe('bytes');
    expect(csvReaderOf('papaparse', BIG_INPUT_BYTES)).toBe('bytes');
  });

  it('readCsv picks it by the file\'s size: only the byte reader passes an unread column over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pranata-reader-'));
    const saved = process.env.PRANATA_CSV_READER;
    delete process.env.PRANATA_CSV_READER;
    try {
      const line = 'Posyandu,Catatan panjang tentang kegiatan\n';
      const secondCells = async (path: string): Promise<Set<string>> => {
        const seen = new Set<string>();
        await readCsv(path, (cells) => seen.add(String(cells[1] ?? '')), undefined, () => [1]);
        return seen;
      };
      const small = join(dir, 'small.csv');
      writeFileSync(small, `Jenis,Catatan\n${line.repeat(100)}`);
      const big = join(dir, 'big.csv');
      writeFileSync(big, `Jenis,Catatan\n${line.repeat(Math.ceil(BIG_INPUT_BYTES / line.length))}`);
      expect([...(await secondCells(small))]).toEqual(['Catatan', 'Catatan panjang tentang kegiatan']);
      // The first chunk is read before the hook is asked, the rest is passed over.
      expect(await secondCells(big)).toContain(UNREAD);
    } finally {
      if (saved === undefined) delete process.env.PRANATA_CSV_READER;
      else process.env.PRANATA_CSV_READER = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CsvRecords.stop (the delimiter sniffer reads 20 records, not its whole head)', () => {
  test('no record after stop(), in this push, later pushes or end()', () => {
    const seen: string[][] = [];
    const reader = new CsvRecords(',', (cells) => {
      seen.push([...cells]);
      if (seen.length === 2) reader.stop();
    });
    reader.push('a,b\nc,"d\ne"\nf,g\n');
    reader.push('h,i\n');
    reader.end();
    expect(seen).toEqual([
      ['a', 'b'],
      ['c', 'd\ne'],
    ]);
  });
});

/** What it chose before it skipped any matching: every one of the 20 records scored under each delimiter. */
function everyRecordScoredOf(text: string): string {
  let best = ',';
  let score = [-1, -1];
  for (const d of DELIMS) {
    let hits = 0;
    let width = 0;
    let seen = 0;
    const reader = new CsvRecords(d, (cells) => {
      if (seen++ >= 20) return;
      hits = Math.max(hits, requiredHits(cells));
      width = Math.max(width, cells.length);
    });
    reader.push(text.slice(0, 1 << 16));
    if (text.length <= 1 << 16) reader.end();
    if (hits > score[0]! || (hits === score[0] && width > score[1]!)) [best, score] = [d, [hits, width]];
  }
  return best;
}

describe('the delimiter sniffer', () => {
  test('chooses what scoring every record chooses (headers naming all, some or none of the required columns)', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const text = new TextDecoder('utf-8').decode(file.bytes);
        if (/^sep=/i.test(text)) return; // named, not sniffed
        expect(csvLayout(text).delimiter).toBe(everyRecordScoredOf(text));
      }),
      fuzzParams(400),
    );
  });

  test('a wider record naming every required column wins after one under another delimiter', () => {
    const names = REQUIRED_FIELDS.map((f) => f.header);
    const text = [names.join(','), [...names, 'a', 'b'].join(';'), ''].join('\n');
    expect(everyRecordScoredOf(text)).toBe(';');
    expect(csvLayout(text).delimiter).toBe(';');
    // and the other way round: the narrower one first, under `;`
    const text2 = [names.join(';'), [...names, 'a', 'b'].join('\t'), ''].join('\n');
    expect(csvLayout(text2).delimiter).toBe('\t');
  });
});
