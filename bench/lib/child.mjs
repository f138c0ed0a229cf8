// Runs one measured child process: wall time from the parent, peak RSS of the child from
// /usr/bin/time -v when present (GNU time reads the kernel's ru_maxrss of the child), else
// from a preloaded module that prints process.resourceUsage().maxRSS as the child exits.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TIME = '/usr/bin/time';
const PRELOAD = fileURLToPath(new URL('../children/maxrss.cjs', import.meta.url));
export const RSS_SOURCE = existsSync(TIME) ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS (preload)';

/**
 * Runs `node <args…>` and resolves { ms, cpuMs, rssMb, code, stdout, stderr } (cpuMs: null
 * without /usr/bin/time). Rejects when it exits
 * non-zero or outlives `timeoutMs`: a bench figure of a failed run would be meaningless.
 */
export function runNode(args, { timeoutMs = 30 * 60_000, nodeFlags = [], env = process.env } = {}) {
  const useTime = existsSync(TIME);
  const cmd = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-v', process.execPath, ...nodeFlags, ...args] : [...nodeFlags, '-r', PRELOAD, ...args];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], env });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      const kb = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : /__MAXRSS_KB=(\d+)/.exec(stderr);
      // GNU time reports a child's own exit status in "Exit status"; a signal shows as code null.
      const status = useTime ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? code) : code;
      if (signal !== null || status !== 0) {
        reject(new Error(`node ${args.join(' ')} failed (exit ${status}, signal ${signal}):\n${stderr.slice(-2000)}`));
        return;
      }
      // CPU time (user + system) of the child: steadier than wall time on a shared machine.
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : null;
      resolve({ ms, cpuMs, rssMb: kb ? Number(kb[1]) / 1024 : null, code: status, stdout, stderr });
    });
  });
}
