/// <reference types="google-apps-script" />
/**
 * UrlFetchApp: nothing leaves the machine. A test scripts the answers (urlFetchControl(ctx)
 * .answer(...) or .respondWith(handler)) and every request is recorded (url, method,
 * headers, options) for assertions. As on Google: a status >= 400 throws unless
 * `muteHttpExceptions` is set; a handler that throws stands for a network failure (DNS,
 * timeout), which throws whatever the options say; getContent() gives signed bytes.
 */
import { newBlob } from './blob';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type UrlFetchApp = GoogleAppsScript.URL_Fetch.UrlFetchApp;
type HTTPResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;
type RequestOptions = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type Blob = GoogleAppsScript.Base.Blob;

/** One request as the code under test made it. */
export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  muteHttpExceptions: boolean;
  followRedirects: boolean;
}

/** What the fake server answers. A string body is sent as UTF-8. */
export interface FetchAnswer {
  status: number;
  body?: Uint8Array | string;
  headers?: Record<string, string>;
}

/** Answers a request; `index` counts requests from 0. Throw to model a network failure. */
export type FetchHandler = (request: FetchRequest, index: number) => FetchAnswer;

/** The test's side of the fake: scripted answers and the request log. */
export class UrlFetchControl {
  readonly requests: FetchRequest[] = [];
  private readonly queued: FetchAnswer[] = [];
  private handler: FetchHandler | null = null;

  /** Answers used first-in first-out, before the handler. */
  answer(...answers: FetchAnswer[]): this {
    this.queued.push(...answers);
    return this;
  }

  /** Answers every request that no queued answer takes. */
  respondWith(handler: FetchHandler): this {
    this.handler = handler;
    return this;
  }

  /** Records the request and finds its answer. */
  serve(ctx: FakeContext, request: FetchRequest): FetchAnswer {
    const index = this.requests.length;
    this.requests.push(request);
    const queued = this.queued.shift();
    if (queued !== undefined) return queued;
    if (this.handler === null) throw ctx.error(`FakeGas: no answer scripted for ${request.url} (the fake reaches no network).`);
    return this.handler(request, index);
  }
}

const CONTROLS = new WeakMap<FakeContext, UrlFetchControl>();

/** The control of one fake world's UrlFetchApp (made on first use). */
export function urlFetchControl(ctx: FakeContext): UrlFetchControl {
  let control = CONTROLS.get(ctx);
  if (control === undefined) {
    control = new UrlFetchControl();
    CONTROLS.set(ctx, control);
  }
  return control;
}

function bodyBytes(body: Uint8Array | string | undefined): Uint8Array {
  if (body === undefined) return new Uint8Array(0);
  return typeof body === 'string' ? new Uint8Array(Buffer.from(body, 'utf8')) : new Uint8Array(body);
}

function headerValue(headers: Record<string, string>, name: string): string | null {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : (headers[key] ?? null);
}

export class FakeUrlFetchApp implements Pick<UrlFetchApp, 'fetch'> {
  constructor(readonly ctx: FakeContext) {}

  fetch(url: string, params: RequestOptions = {}): HTTPResponse {
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) throw this.ctx.error(`Invalid argument: ${String(url)}`);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(params.headers ?? {})) headers[k] = String(v);
    const request: FetchRequest = {
      url,
      method: (params.method ?? 'get').toLowerCase(),
      headers,
      muteHttpExceptions: params.muteHttpExceptions === true,
      followRedirects: params.followRedirects !== false,
    };
    const answer = urlFetchControl(this.ctx).serve(this.ctx, request);
    const response = new FakeHTTPResponse(this.ctx, answer.status, bodyBytes(answer.body), { ...answer.headers });
    if (answer.status >= 400 && !request.muteHttpExceptions) {
      const text = Buffer.from(response.body.subarray(0, 200)).toString('utf8');
      // Google's wording, so code that parses it (it should not) meets the real shape.
      throw this.ctx.error(`Request failed for ${url} returned code ${answer.status}. Truncated server response: ${text}`);
    }
    return asGas<HTTPResponse>(response);
  }
}

export class FakeHTTPResponse implements Pick<HTTPResponse, 'getResponseCode' | 'getContent' | 'getContentText'
  | 'getBlob' | 'getAs' | 'getHeaders' | 'getAllHeaders'> {
  constructor(
    readonly ctx: FakeContext,
    readonly status: number,
    readonly body: Uint8Array,
    readonly headers: Record<string, string>,
  ) {}

  getResponseCode(): number { return this.status; }
  /** Signed bytes (-128..127), as Apps Script's Byte[]. */
  getContent(): number[] { return Array.from(this.body, (b) => (b > 127 ? b - 256 : b)); }
  getContentText(): string { return Buffer.from(this.body).toString('utf8'); }
  getBlob(): Blob { return newBlob(this.ctx, this.body, headerValue(this.headers, 'Content-Type'), null); }
  getAs(contentType: string): Blob { return this.getBlob().getAs(contentType); }
  getHeaders(): object { return { ...this.headers }; }
  getAllHeaders(): object { return { ...this.headers }; }
}

instrument(FakeUrlFetchApp, 'UrlFetchApp');
instrument(FakeHTTPResponse, 'HTTPResponse');

export function newUrlFetchApp(ctx: FakeContext): UrlFetchApp { return asGas<UrlFetchApp>(new FakeUrlFetchApp(ctx)); }

export type _Checks = [
  Assert<OnlyRealMethods<FakeUrlFetchApp, UrlFetchApp>>,
  Assert<OnlyRealMethods<FakeHTTPResponse, HTTPResponse>>,
];
