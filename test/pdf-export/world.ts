/**
 * Set-up for the export tests: the fake with the study's Data sheet and settings, the five
 * tables made by the add-on's own Buat Tabel, a fake Google that answers each sheet's export
 * with a real PDF made by pdf-lib (its pages say which gid they are), and a clock whose
 * sleep records (Utilities.sleep) and moves time on.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { TABLE_IDS } from '../../src/core';
import { OWNER_KEY } from '../../src/addon/constants';
import type { Clock } from '../../src/addon/pdf/clock';
import { makeTablesIn } from '../../src/addon/tables-sheet';
import { installFake, NOW, storeSettings, studyRows } from '../addon/env';
import { driveControl, urlFetchControl, type FakeGas, type FakeGasOptions, type FetchAnswer, type FetchRequest } from '../fake';

export { NOW } from '../addon/env';

/** A PDF of `pages` A4 pages, each saying "<label> page <n>". */
export async function pdfBytes(label: string, pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    doc.addPage([595.28, 841.89]).drawText(`${label} page ${n}`, { x: 72, y: 760, size: 14, font });
  }
  return doc.save();
}

/** The export URL's parts, for assertions. */
export function parseExportUrl(url: string): { host: string; path: string; params: Record<string, string> } {
  const u = new URL(url);
  return { host: u.host, path: u.pathname, params: Object.fromEntries(u.searchParams) };
}

export function gidOf(request: FetchRequest): number {
  return Number(parseExportUrl(request.url).params.gid);
}

/** A fake clock: now() in ms from 0; sleep() is recorded by the fake's Utilities.sleep and moves time. */
export class TestClock implements Clock {
  t = 0;
  constructor(private readonly fake: FakeGas) {}
  now(): number { return this.t; }
  sleep(ms: number): void {
    this.fake.globals.Utilities.sleep(ms);
    this.t += ms;
  }
}

export interface World {
  fake: FakeGas;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Sheet ids of Tabel 1..9 in order. */
  gids: number[];
  /** PDF bytes served per gid (pages say "gid=<gid>"). */
  served: Map<number, Uint8Array>;
  fetch: ReturnType<typeof urlFetchControl>;
  drive: ReturnType<typeof driveControl>;
  clock: TestClock;
}

/** Sheet ids of the add-on's Tabel 1..9, by their metadata. */
export function tableGids(fake: FakeGas): number[] {
  const byName = new Map(fake.spreadsheet.getSheets().map((s) => [s.getName(), s.getSheetId()]));
  return TABLE_IDS.map((role) => {
    const name = fake.metadata().find((m) => m.key === OWNER_KEY && m.value === role)?.sheet;
    const gid = name === undefined || name === null ? undefined : byName.get(name);
    if (gid === undefined) throw new Error(`no sheet for ${role}`);
    return gid;
  });
}

/** Answers 200 with the gid's PDF. */
export function servePdfs(served: Map<number, Uint8Array>): (request: FetchRequest) => FetchAnswer {
  return (request) => {
    const body = served.get(gidOf(request));
    if (body === undefined) return { status: 404, body: 'no such sheet' };
    return { status: 200, body, headers: { 'Content-Type': 'application/pdf' } };
  };
}

/** Looks up Tabel 1..9 (made by now) and serves each one's PDF (`pagesPerTable` pages, default 1). */
export async function serveTables(w: World, pagesPerTable: number[] = []): Promise<void> {
  w.gids.splice(0, w.gids.length, ...tableGids(w.fake));
  w.served.clear();
  for (const [i, gid] of w.gids.entries()) w.served.set(gid, await pdfBytes(`gid=${gid}`, pagesPerTable[i] ?? 1));
}

/**
 * The study in the Data sheet, its settings, the nine tables made by Buat Tabel (so they are
 * fresh; unless `makeTables: false`), and every table sheet's export answering a PDF.
 */
export async function exportWorld(options: FakeGasOptions & { pagesPerTable?: number[]; makeTables?: boolean } = {}): Promise<World> {
  const fake = installFake(options);
  fake.seedSheet('Data', studyRows());
  storeSettings(fake);
  const ss = fake.spreadsheet;
  const served = new Map<number, Uint8Array>();
  const world: World = {
    fake, ss, gids: [], served, fetch: urlFetchControl(fake.ctx).respondWith(servePdfs(served)), drive: driveControl(fake.ctx), clock: new TestClock(fake),
  };
  if (options.makeTables !== false) {
    const made = makeTablesIn(ss, 'id', NOW);
    if (!made.ok) throw new Error(made.message);
    await serveTables(world, options.pagesPerTable);
  }
  fake.calls.reset();
  return world;
}
