/**
 * Members of Apps Script's granular-consent API that @types/google-apps-script 2.0 does not
 * declare yet (reference: script-app#getAuthorizationInfo(AuthMode,String) and
 * authorization-info#getAuthorizedScopes()). Declaration merging only: no code.
 */
export {};

declare global {
  namespace GoogleAppsScript {
    namespace Script {
      interface ScriptApp {
        getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
      }
      interface AuthorizationInfo {
        getAuthorizedScopes(): string[];
      }
    }
  }
}
