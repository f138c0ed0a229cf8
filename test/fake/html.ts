/// <reference types="google-apps-script" />
/**
 * HtmlService: outputs and templates. File contents come from the `htmlFiles` option
 * (or FakeGas.setHtmlFile), keyed by name without '.html'. Templates run their
 * scriptlets (<?= ?> escaped, <?!= ?> raw, <? ?> code) with the template's properties and
 * the `templateScope` option as variables.
 */
import { newBlob } from './blob';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { SandboxMode, XFrameOptionsMode, enumName } from './enums';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type H = typeof GoogleAppsScript.HTML;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type HtmlService = GoogleAppsScript.HTML.HtmlService;
type BlobSource = GoogleAppsScript.Base.BlobSource;

function fileContent(ctx: FakeContext, filename: string): string {
  const name = filename.replace(/\.html$/, '');
  const content = ctx.htmlFiles.get(name);
  if (content === undefined) throw ctx.error(`No HTML file named ${name} was found.`);
  return content;
}

function textOf(source: string | BlobSource | undefined): string {
  if (source === undefined) return '';
  return typeof source === 'string' ? source : source.getBlob().getDataAsString();
}

export class FakeHtmlService implements Pick<HtmlService, 'SandboxMode' | 'XFrameOptionsMode' | 'createHtmlOutput'
  | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile' | 'getUserAgent'> {
  readonly SandboxMode: H['SandboxMode'] = SandboxMode;
  readonly XFrameOptionsMode: H['XFrameOptionsMode'] = XFrameOptionsMode;

  constructor(readonly ctx: FakeContext) {}

  createHtmlOutput(html?: string | BlobSource): HtmlOutput { return newOutput(this.ctx, textOf(html)); }
  createHtmlOutputFromFile(filename: string): HtmlOutput { return newOutput(this.ctx, fileContent(this.ctx, filename)); }
  createTemplate(html: string | BlobSource): HtmlTemplate { return newTemplate(this.ctx, textOf(html)); }
  createTemplateFromFile(filename: string): HtmlTemplate { return newTemplate(this.ctx, fileContent(this.ctx, filename)); }
  getUserAgent(): string { return 'Mozilla/5.0 (FakeGas)'; }
}

export class FakeHtmlOutput implements Pick<HtmlOutput, 'append' | 'appendUntrusted' | 'clear' | 'getContent' | 'setContent'
  | 'getTitle' | 'setTitle' | 'getWidth' | 'setWidth' | 'getHeight' | 'setHeight' | 'setXFrameOptionsMode' | 'setSandboxMode'
  | 'addMetaTag' | 'getBlob'> {
  title = '';
  width = 0;
  height = 0;
  xFrameOptionsMode = 'DEFAULT';
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(readonly ctx: FakeContext, public content: string) {}

  append(addedContent: string): HtmlOutput { this.content += addedContent; return out(this); }
  appendUntrusted(addedContent: string): HtmlOutput { this.content += escapeHtml(addedContent); return out(this); }
  clear(): HtmlOutput { this.content = ''; return out(this); }
  getContent(): string { return this.content; }
  setContent(content: string): HtmlOutput { this.content = content; return out(this); }
  getTitle(): string { return this.title; }
  setTitle(title: string): HtmlOutput { this.title = title; return out(this); }
  getWidth(): number { return this.width; }
  setWidth(width: number): HtmlOutput { this.width = width; return out(this); }
  getHeight(): number { return this.height; }
  setHeight(height: number): HtmlOutput { this.height = height; return out(this); }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this.xFrameOptionsMode = enumName(mode) ?? 'DEFAULT';
    return out(this);
  }
  /** Only IFRAME exists nowadays; the call is accepted and ignored. */
  setSandboxMode(): HtmlOutput { return out(this); }
  addMetaTag(name: string, content: string): HtmlOutput { this.metaTags.push({ name, content }); return out(this); }
  getBlob(): GoogleAppsScript.Base.Blob {
    return newBlob(this.ctx, new Uint8Array(Buffer.from(this.content, 'utf8')), 'text/html', null);
  }
}

function out(o: FakeHtmlOutput): HtmlOutput {
  return asGas<HtmlOutput>(o);
}

function newOutput(ctx: FakeContext, content: string): HtmlOutput {
  return out(new FakeHtmlOutput(ctx, content));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Template source -> the body of a function that returns the page. */
export function compileTemplate(source: string): string {
  const lines = ['const __out = [];'];
  let last = 0;
  for (const m of source.matchAll(/<\?(!=|=)?([\s\S]*?)\?>/g)) {
    lines.push(`__out.push(${JSON.stringify(source.slice(last, m.index))});`);
    const code = m[2]!.trim();
    if (m[1] === '=') lines.push(`__out.push(__esc(String(${code})));`);
    else if (m[1] === '!=') lines.push(`__out.push(String(${code}));`);
    else lines.push(code);
    last = m.index + m[0].length;
  }
  lines.push(`__out.push(${JSON.stringify(source.slice(last))});`, "return __out.join('');");
  return lines.join('\n');
}

const SOURCE = Symbol('templateSource');
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export class FakeHtmlTemplate implements Pick<HtmlTemplate, 'evaluate' | 'getCode' | 'getRawContent'> {
  readonly [SOURCE]: string;

  constructor(readonly ctx: FakeContext, source: string) {
    this[SOURCE] = source;
  }

  getRawContent(): string { return this[SOURCE]; }
  getCode(): string { return compileTemplate(this[SOURCE]); }
  evaluate(): HtmlOutput {
    const scope: Record<string, unknown> = { ...this.ctx.options.templateScope };
    for (const key of Object.keys(this)) if (key !== 'ctx') scope[key] = (this as Record<string, unknown>)[key];
    const names = Object.keys(scope).filter((k) => IDENTIFIER.test(k));
    // The template is the test's own file: running it as code is what HtmlService does.
    const run = new Function('__esc', ...names, compileTemplate(this[SOURCE])) as (...args: unknown[]) => string;
    return newOutput(this.ctx, run(escapeHtml, ...names.map((k) => scope[k])));
  }
}

function newTemplate(ctx: FakeContext, source: string): HtmlTemplate {
  return asGas<HtmlTemplate>(new FakeHtmlTemplate(ctx, source));
}

instrument(FakeHtmlService, 'HtmlService');
instrument(FakeHtmlOutput, 'HtmlOutput');
instrument(FakeHtmlTemplate, 'HtmlTemplate');

export type _Checks = [
  Assert<OnlyRealMethods<FakeHtmlService, HtmlService>>,
  Assert<OnlyRealMethods<FakeHtmlOutput, HtmlOutput>>,
  Assert<OnlyRealMethods<FakeHtmlTemplate, HtmlTemplate>>,
];
