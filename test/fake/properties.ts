/// <reference types="google-apps-script" />
/**
 * PropertiesService: document, user and script stores of strings. Values are stored as
 * strings (a number written comes back as a string, as on Google); a value over 9 KB is
 * refused like the real quota.
 */
import type { FakeContext } from './context';
import { instrument } from './counter';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type Properties = GoogleAppsScript.Properties.Properties;
type PropertiesService = GoogleAppsScript.Properties.PropertiesService;

/** Apps Script's limit for one property value. */
const MAX_VALUE_BYTES = 9 * 1024;

export class FakeProperties implements Pick<Properties, 'getProperty' | 'setProperty' | 'setProperties' | 'getProperties'
  | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'> {
  constructor(readonly ctx: FakeContext, readonly store: Map<string, string>) {}

  getProperty(key: string): string | null { return this.store.get(key) ?? null; }
  setProperty(key: string, value: string): Properties {
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) throw this.ctx.error('Argument too large: value');
    this.store.set(key, text);
    return asGas<Properties>(this);
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): Properties {
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.setProperty(key, value);
    return asGas<Properties>(this);
  }
  getProperties(): { [key: string]: string } { return Object.fromEntries(this.store); }
  deleteProperty(key: string): Properties { this.store.delete(key); return asGas<Properties>(this); }
  deleteAllProperties(): Properties { this.store.clear(); return asGas<Properties>(this); }
  getKeys(): string[] { return [...this.store.keys()]; }
}

export class FakePropertiesService implements Pick<PropertiesService, 'getDocumentProperties' | 'getUserProperties'
  | 'getScriptProperties'> {
  constructor(readonly ctx: FakeContext) {}
  getDocumentProperties(): Properties { return asGas<Properties>(new FakeProperties(this.ctx, this.ctx.properties.document)); }
  getUserProperties(): Properties { return asGas<Properties>(new FakeProperties(this.ctx, this.ctx.properties.user)); }
  getScriptProperties(): Properties { return asGas<Properties>(new FakeProperties(this.ctx, this.ctx.properties.script)); }
}

instrument(FakeProperties, 'Properties');
instrument(FakePropertiesService, 'PropertiesService');

export type _Checks = [
  Assert<OnlyRealMethods<FakeProperties, Properties>>,
  Assert<OnlyRealMethods<FakePropertiesService, PropertiesService>>,
];
