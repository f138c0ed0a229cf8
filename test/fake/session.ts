/// <reference types="google-apps-script" />
/** Session (who and where), ScriptApp (auth modes, token) and the Charts enums. */
import type { FakeContext } from './context';
import { instrument } from './counter';
import { authorizationInfo, requireScopes } from './authorization';
import { AuthMode, AuthorizationStatus, ChartHiddenDimensionStrategy, ChartPosition, ChartType } from './enums';
import { asGas, type Assert, type OnlyRealMethods } from './gas';
import { newUser } from './protection';

type Session = GoogleAppsScript.Base.Session;
type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type Charts = GoogleAppsScript.Charts.Charts;

export class FakeSession implements Pick<Session, 'getActiveUser' | 'getEffectiveUser' | 'getActiveUserLocale'
  | 'getScriptTimeZone' | 'getTemporaryActiveUserKey'> {
  constructor(readonly ctx: FakeContext) {}
  getActiveUser(): GoogleAppsScript.Base.User { return newUser(this.ctx, this.ctx.options.userEmail); }
  getEffectiveUser(): GoogleAppsScript.Base.User { return newUser(this.ctx, this.ctx.options.effectiveUserEmail); }
  getActiveUserLocale(): string { return this.ctx.options.activeUserLocale; }
  getScriptTimeZone(): string { return this.ctx.options.scriptTimeZone; }
  getTemporaryActiveUserKey(): string { return `temp-key-${this.ctx.options.userEmail}`; }
}

export class FakeScriptApp implements Pick<ScriptApp, 'AuthMode' | 'AuthorizationStatus' | 'getOAuthToken' | 'getScriptId'
  | 'getAuthorizationInfo' | 'requireScopes' | 'requireAllScopes'> {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  constructor(readonly ctx: FakeContext) {}
  getAuthorizationInfo(_authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]): GoogleAppsScript.Script.AuthorizationInfo {
    return authorizationInfo(this.ctx, oAuthScopes);
  }
  requireScopes(_authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void { requireScopes(this.ctx, oAuthScopes); }
  requireAllScopes(_authMode: GoogleAppsScript.Script.AuthMode): void { requireScopes(this.ctx, this.ctx.options.oauthScopes); }
  /** A fixed fake token: nothing here can reach Google with it. */
  getOAuthToken(): string { return 'fake-oauth-token'; }
  getScriptId(): string { return '1FakeScriptId'; }
}

/** The Charts global: only the enums the embedded chart builders take. */
export class FakeCharts implements Pick<Charts, 'ChartType' | 'Position' | 'ChartHiddenDimensionStrategy'> {
  readonly ChartType = ChartType;
  readonly Position = ChartPosition;
  readonly ChartHiddenDimensionStrategy = ChartHiddenDimensionStrategy;
  constructor(readonly ctx: FakeContext) {}
}

instrument(FakeSession, 'Session');
instrument(FakeScriptApp, 'ScriptApp');

export function newSession(ctx: FakeContext): Session { return asGas<Session>(new FakeSession(ctx)); }

export type _Checks = [
  Assert<OnlyRealMethods<FakeSession, Session>>,
  Assert<OnlyRealMethods<FakeScriptApp, ScriptApp>>,
  Assert<OnlyRealMethods<FakeCharts, Charts>>,
];
