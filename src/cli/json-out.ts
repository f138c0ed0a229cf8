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
import { toJsonIssue, toJsonResult, type Issue, type Lang, type SurveyResult } from '../core';

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
    const text = JSON.stringify(toJsonIssue(issue, this.lang), null, 2).replace(/\n/g, '\n    ');
    const piece = `${this.count++ === 0 ? '\n    ' : ',\n    '}${text}`;
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

  dispose(): void {
    if (this.file === undefined) return;
    closeSync(this.file.fd);
    rmSync(this.file.dir, { recursive: true, force: true });
    this.file = undefined;
  }
}

/** The JSON of `result` with the spooled issues in place of `result.issues`, in pieces. */
export function* jsonPieces(result: SurveyResult, lang: Lang, spool: IssueSpool): Generator<string | Buffer> {
  const text = `${JSON.stringify({ ...toJsonResult(result, lang), issues: [] }, null, 2)}\n`;
  const empty = '"issues": []\n}\n';
  if (spool.count === 0 || !text.endsWith(empty)) {
    yield text;
    return;
  }
  yield `${text.slice(0, text.length - empty.length)}"issues": [`;
  yield* spool.pieces();
  yield '\n  ]\n}\n';
}
