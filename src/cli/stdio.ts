// The CLI's stdout and stderr, made only when first needed. Reading `process.stdout` or
// `process.stderr` builds a stream, which loads Node's net and stream modules: about 3 ms of
// the 307-row sample's start-up (issue 15), a run that writes its result to a file and says
// one line on stderr. That line is written to file descriptor 2 directly; the stream is
// made only if the pipe is full, and then keeps every later line, so lines never pass each
// other.
import { writeSync } from 'node:fs';
import type { Io } from './main';

/**
 * stderr: one synchronous write to fd 2 while that works. A pipe that is full (EAGAIN: a
 * non-blocking pipe whose reader is slow) hands the rest, and every later line, to
 * process.stderr, which queues them. Any other failure (the reader gone, a full disk, a closed
 * descriptor) means nothing can be said there: the lines are dropped, and the run's own
 * result and exit code stand (Node's stream would throw an unhandled 'error' and exit 1).
 */
export function lazyStderr(): Io['stderr'] {
  let stream: NodeJS.WriteStream | undefined;
  let gone = false;
  return {
    write(s: string): boolean {
      if (gone) return true;
      if (stream !== undefined) return stream.write(s);
      let rest = Buffer.from(s, 'utf8');
      try {
        while (rest.length > 0) rest = rest.subarray(writeSync(2, rest));
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') {
          gone = true;
          return true;
        }
        stream = process.stderr;
        stream.on('error', () => (gone = true));
        return stream.write(rest);
      }
    },
  };
}

/** stdout: process.stdout, made (and given `onError`) on the first write, isTTY or drain wait. */
export function lazyStdout(onError: (e: NodeJS.ErrnoException) => void): Io['stdout'] & { once(e: 'drain', f: () => void): void } {
  let stream: NodeJS.WriteStream | undefined;
  const out = (): NodeJS.WriteStream => {
    if (stream === undefined) {
      stream = process.stdout;
      stream.on('error', onError);
    }
    return stream;
  };
  return {
    write: (s: string | Uint8Array) => out().write(s),
    get isTTY() {
      return out().isTTY;
    },
    once(e: 'drain', f: () => void) {
      out().once(e, f);
    },
  };
}
