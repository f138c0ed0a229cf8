/**
 * The local preview: an HTTP server on 127.0.0.1 that serves the built sidebar
 * (dist/sidebar.html) with a google.script.run shim, and answers the shim's calls by running
 * the real server code (dist/Code.js in node:vm) over the in-memory Apps Script fake.
 * `npm run sidebar` starts it (serve.mjs); the browser tests start one per test file.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { createBackend, type Backend, type BackendOptions } from './backend';
import { Faults, type Fault } from './faults';
import { untransportable } from './transport';

export interface PreviewOptions extends BackendOptions {
  /** 0 (the default here) picks a free port; serve.mjs passes $PORT or 8080. */
  port?: number;
  /** Repository root (holds dist/); defaults to the one this file is in. */
  root?: string;
}

export interface CallRecord {
  name: string;
  args: unknown[];
  /** What happened: the server ran and answered, or a fault was applied. */
  outcome: 'answered' | 'threw' | Fault['kind'];
}

export interface Preview {
  url: string;
  port: number;
  backend: Backend;
  /** Every RPC received, in order (delayed ones are recorded when they arrive). */
  calls: CallRecord[];
  /** Makes the next `times` calls of `name` fail or wait (see faults.ts). */
  inject(name: string, fault: Fault, times?: number): void;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

/**
 * The script's time zone from its manifest (appsscript.json: Asia/Jakarta). On Apps Script a
 * script reads Dates in it; in node:vm they are read in the process's TZ, so serve.mjs sets
 * TZ to this before anything reads a Date.
 */
export function scriptTimeZone(root: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, 'appsscript.json'), 'utf8')) as { timeZone?: unknown };
  return typeof manifest.timeZone === 'string' ? manifest.timeZone : 'UTC';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error('request too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function send(res: ServerResponse, status: number, type: string, body: string): void {
  // No keep-alive: a browser silently re-sends a request whose reused connection was reset,
  // which would turn an injected network failure into a success.
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', connection: 'close' });
  res.end(body);
}

/** The built page with the shim in front of the sidebar's script (read per request: a rebuild shows). */
function page(root: string, names: readonly string[]): string {
  const html = readFileSync(path.join(root, 'dist', 'sidebar.html'), 'utf8');
  const shim = readFileSync(path.join(__dirname, 'shim.js'), 'utf8').replace('/*NAMES*/ []', () => JSON.stringify(names));
  return html.replace('</head>', () => `<script>\n${shim}</script>\n</head>`);
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const root = options.root ?? path.resolve(__dirname, '..', '..');
  const backend = createBackend(root, options);
  const faults = new Faults();
  const calls: CallRecord[] = [];

  async function rpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let name = '';
    let args: unknown[] = [];
    try {
      const body = JSON.parse(await readBody(req)) as { name?: unknown; args?: unknown };
      name = typeof body.name === 'string' ? body.name : '';
      args = Array.isArray(body.args) ? body.args : [];
    } catch {
      return send(res, 400, 'text/plain', 'bad request');
    }
    const record: CallRecord = { name, args, outcome: 'answered' };
    calls.push(record);
    const fault = faults.take(name);
    if (fault?.kind === 'delay') await sleep(fault.ms);
    if (fault?.kind === 'network') {
      record.outcome = 'network';
      res.socket?.destroy();
      return;
    }
    if (fault?.kind === 'error') {
      record.outcome = 'error';
      return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: fault.message }));
    }
    let reply: { ok: true; value: unknown } | { ok: false; error: string };
    try {
      if (!backend.names.includes(name)) throw new Error(`Script function not found: ${name}`);
      const value = backend.call(name, JSON.stringify(args));
      const bad = untransportable(value);
      reply = bad === null ? { ok: true, value } : { ok: false, error: `${name}: google.script.run cannot carry this result (${bad})` };
    } catch (e) {
      record.outcome = 'threw';
      reply = { ok: false, error: e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e) ? String((e as Error).message) : String(e) };
    }
    if (fault?.kind === 'lost') {
      record.outcome = 'lost';
      res.socket?.destroy();
      return;
    }
    send(res, 200, 'application/json', JSON.stringify(reply));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/rpc') {
      rpc(req, res).catch((e: unknown) => send(res, 500, 'text/plain', String(e)));
    } else if (req.method === 'GET' && url.pathname === '/') {
      try {
        send(res, 200, 'text/html', page(root, backend.names));
      } catch (e) {
        send(res, 500, 'text/plain', `Build the sidebar first (node build.mjs): ${String(e)}`);
      }
    } else if (req.method === 'GET' && url.pathname === '/data.json') {
      // For a developer: the Data sheet as the fake holds it now.
      send(res, 200, 'application/json', JSON.stringify(backend.dataValues()));
    } else if (req.method === 'GET' && url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
    } else send(res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    backend,
    calls,
    inject: (name, fault, times) => faults.add(name, fault, times),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
