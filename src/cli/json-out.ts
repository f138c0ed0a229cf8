/**
 * `--format json` written as it goes. The issues come first in the run (while the file is
 * read) but last in the JSON (CODEBOOK §7 puts rows and tables before them), so each issue is
 * written, already in its final JSON text, to a spool file as it is found, and the output is
 * the head, the spool and the tail: a file with millions of issues never becomes one giant
 * string (V8's limit is 512 MB) nor millions of objects in memory. The text is byte for byte
 * what `JSON.stringify(result, null, 2)` gives.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonKelurahan, toJsonIssue, toJsonResult, type Issue, type Lang, type SurveyResult } from '../core';

const FLUSH_CHARS = 1 << 20;

/**
 * Issues as JSON text in a temporary file, in the order they were added. The file is made at
 * the first megabyte: a run with fewer issues (the 307-row sample, most kelurahan) keeps
 * them in memory and never creates, nor removes, a temporary folder (that was 5–10 % of the
 * sample's run: mkdtemp, and rmSync's recursive removal, which Node 20 does in JavaScript).
 */
export class IssueSpool {
  private file: { dir: string; fd: number } | undefined;
  private pending: string[] = [];
  private chars = 0;
  private bytes = 0;
  count = 0;

  /** `root`: where the spool's folder goes (the system's temporary folder; the tests give their own). */
  constructor(
    private readonly lang: Lang,
    private readonly root = tmpdir(),
  ) {}

  add(issue: Issue): void {
    // Indented as JSON.stringify(…, null, 2) indents an element of the top-level "issues".
    const piece = element(toJsonIssue(issue, this.lang), this.count++ === 0);
    this.pending.push(piece);
    this.chars += piece.length;
    if (this.chars >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const buf = Buffer.from(this.pending.join(''), 'utf8');
    if (this.file === undefined) {
      const dir = mkdtempSync(join(this.root, 'pranata-issues-'));
      this.file = { dir, fd: openSync(join(dir, 'issues.json'), 'w+') };
      // A run stopped early (its reader gone: `pranata … | head`, main.ts) leaves no folder behind.
      process.once('exit', this.removeOnExit);
    }
    writeSync(this.file.fd, buf, 0, buf.length, this.bytes);
    this.bytes += buf.length;
    this.pending = [];
    this.chars = 0;
  }

  /** The spooled text in pieces of about a megabyte. */
  *pieces(): Generator<Buffer> {
    if (this.file === undefined) {
      // Under a megabyte: never written out.
      if (this.pending.length > 0) yield Buffer.from(this.pending.join(''), 'utf8');
      return;
    }
    this.flush();
    const fd = this.file.fd;
    const buf = Buffer.alloc(FLUSH_CHARS);
    for (let at = 0; at < this.bytes; ) {
      const n = readSync(fd, buf, 0, buf.length, at);
      if (n <= 0) break;
      at += n;
      yield Buffer.from(buf.subarray(0, n));
    }
  }

  private readonly removeOnExit = (): void => this.dispose();

  dispose(): void {
    if (this.file === undefined) return;
    process.removeListener('exit', this.removeOnExit);
    closeSync(this.file.fd);
    rmSync(this.file.dir, { recursive: true, force: true });
    this.file = undefined;
  }
}

/** A top-level array's element as JSON.stringify(result, null, 2) indents it. */
function element(value: unknown, first: boolean): string {
  return `${first ? '\n    ' : ',\n    '}${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`;
}

/** Where an empty top-level "byKelurahan" stands in the result's text (a line no string can start). */
const KELURAHAN_SLOT = '\n  "byKelurahan": []';

/**
 * The JSON of `result` in pieces: the spooled issues in place of `result.issues`, and each
 * kelurahan of `byKelurahan` (`--by kelurahan`) written on its own, so 5,000 kelurahan × nine
 * tables never become one string and one tree of objects.
 */
export function* jsonPieces(result: SurveyResult, lang: Lang, spool: IssueSpool): Generator<string | Buffer> {
  const kelurahan = result.byKelurahan ?? [];
  const head = toJsonResult(kelurahan.length === 0 ? result : { ...result, byKelurahan: [] }, lang);
  let text = `${JSON.stringify({ ...head, issues: [] }, null, 2)}\n`;
  if (kelurahan.length > 0) {
    const at = text.indexOf(KELURAHAN_SLOT) + KELURAHAN_SLOT.length - 1;
    yield `${text.slice(0, at)}`;
    for (let i = 0; i < kelurahan.length; i++) yield element(jsonKelurahan(kelurahan[i]!), i === 0);
    yield '\n  ';
    text = text.slice(at);
  }
  const empty = '"issues": []\n}\n';
  if (spool.count === 0 || !text.endsWith(empty)) {
    yield text;
    return;
  }
  yield `${text.slice(0, text.length - empty.length)}"issues": [`;
  yield* spool.pieces();
  yield '\n  ]\n}\n';
}
