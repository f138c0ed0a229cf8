/// <reference types="google-apps-script" />
/**
 * Granular consent (ScriptApp.requireScopes, requireAllScopes, getAuthorizationInfo): the user
 * may have granted only some of the scopes the manifest declares (ctx.granted). Behaviour
 * from the reference pages script-app#requireScopes(AuthMode,String) and authorization-info;
 * what the prompt looks like inside an editor add-on is not modelled (README.md).
 */
import '../../src/addon/gas-granular';
import type { FakeContext } from './context';
import { instrument } from './counter';
import { AuthorizationStatus } from './enums';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type Info = GoogleAppsScript.Script.AuthorizationInfo;

/** Thrown where requireScopes "ends the current execution": the add-on must not catch it. */
export const EXECUTION_ENDED = 'FakeGas: execution ended by an authorization prompt';

export class FakeAuthorizationInfo implements Pick<Info, 'getAuthorizationStatus' | 'getAuthorizationUrl' | 'getAuthorizedScopes'> {
  constructor(readonly ctx: FakeContext, private readonly asked: readonly string[]) {}
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return this.missing().length === 0 ? AuthorizationStatus.NOT_REQUIRED : AuthorizationStatus.REQUIRED;
  }
  /** null when nothing is missing, as the reference says. */
  getAuthorizationUrl(): string {
    return (this.missing().length === 0 ? null : 'https://script.google.com/macros/d/fake/authorize') as string;
  }
  getAuthorizedScopes(): string[] { return this.asked.filter((s) => this.ctx.granted.has(s)); }
  private missing(): string[] { return this.asked.filter((s) => !this.ctx.granted.has(s)); }
}

instrument(FakeAuthorizationInfo, 'AuthorizationInfo');

/** "Scopes that are invalid or not required by the script lead to an error." */
function declared(ctx: FakeContext, scopes: readonly string[]): void {
  const unknown = scopes.filter((s) => !ctx.options.oauthScopes.includes(s));
  if (unknown.length > 0) throw ctx.error(`Invalid argument: oAuthScopes (not required by the script: ${unknown.join(', ')})`);
}

export function authorizationInfo(ctx: FakeContext, scopes?: readonly string[]): Info {
  const asked = scopes ?? ctx.options.oauthScopes;
  declared(ctx, asked);
  return asGas<Info>(new FakeAuthorizationInfo(ctx, [...asked]));
}

/**
 * Missing consents: record the prompt and end the execution. A test may answer the prompt
 * (`fake.answerConsent(true)`): then the scopes count as granted for the next execution.
 */
export function requireScopes(ctx: FakeContext, scopes: readonly string[]): void {
  declared(ctx, scopes);
  const missing = scopes.filter((s) => !ctx.granted.has(s));
  if (missing.length === 0) return;
  ctx.records.consentPrompts.push(missing);
  if (ctx.consentAnswers.shift() === true) for (const s of missing) ctx.granted.add(s);
  const ended = new Error(EXECUTION_ENDED);
  ended.name = 'ExecutionEnded';
  throw ended;
}

export type _Checks = [Assert<OnlyRealMethods<FakeAuthorizationInfo, Info>>];
