/**
 * The merged cells of each sheet of an XLSX file, by sheet name. A sheet's XML lists its
 * merges after all its rows, where a streaming reader comes too late to apply them; so this
 * pass reads them first, decompressing each sheet once and keeping nothing but the
 * `<mergeCell ref="…"/>` elements (about 1 s for a sheet of a million rows).
 */
import { createReadStream } from 'node:fs';
import { mergedBlock, type MergedBlock } from '../core';

interface ZipEntry extends NodeJS.ReadableStream {
  path: string;
  autodrain(): void;
}

// unzipper ships no types; exceljs reads the file with the same library.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const unzipper = require('unzipper') as { Parse(opts: { forceStream: true }): NodeJS.ReadWriteStream };

const SHEET_ENTRY = /^xl\/worksheets\/(sheet\d+\.xml)$/;
const MERGE = /<mergeCell\s[^>]*?ref="([^"]+)"/g;

async function text(entry: ZipEntry): Promise<string> {
  let s = '';
  for await (const chunk of entry as AsyncIterable<Buffer>) s += chunk.toString('utf8');
  return s;
}

/** The `ref`s of the merges in a sheet's XML, read chunk by chunk (the rows are skipped). */
async function mergeRefs(entry: ZipEntry): Promise<string[]> {
  const refs: string[] = [];
  let carry = '';
  for await (const chunk of entry as AsyncIterable<Buffer>) {
    const s = carry + chunk.toString('latin1');
    let last = 0;
    for (const m of s.matchAll(MERGE)) {
      refs.push(m[1] ?? '');
      last = (m.index ?? 0) + m[0].length;
    }
    // Keep the tail: an element may be cut between two chunks.
    carry = s.slice(Math.max(last, s.length - 256));
  }
  return refs;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

/** Merged blocks per sheet name (sheets without merges are absent). */
export async function xlsxMerges(path: string): Promise<Map<string, MergedBlock[]>> {
  const byFile = new Map<string, string[]>();
  let workbook = '';
  let rels = '';
  const zip = createReadStream(path).pipe(unzipper.Parse({ forceStream: true }));
  for await (const e of zip as AsyncIterable<ZipEntry>) {
    const sheet = SHEET_ENTRY.exec(e.path);
    if (sheet) byFile.set(sheet[1] ?? '', await mergeRefs(e));
    else if (e.path === 'xl/workbook.xml') workbook = await text(e);
    else if (e.path === 'xl/_rels/workbook.xml.rels') rels = await text(e);
    else e.autodrain();
  }
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\s[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target.replace(/^\/?(xl\/)?worksheets\//, ''));
  }
  const out = new Map<string, MergedBlock[]>();
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const file = targets.get(attr(tag, 'r:id') ?? '');
    const refs = file === undefined ? undefined : byFile.get(file);
    if (name === undefined || refs === undefined || refs.length === 0) continue;
    out.set(unescapeXml(name), refs.map(mergedBlock).filter((b): b is MergedBlock => b !== null));
  }
  return out;
}
