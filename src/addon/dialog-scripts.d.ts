/**
 * The dialogs' scripts as the build bundles them (build/dialog-scripts.cjs) from the sidebar's
 * type environment, each calling the server through the typed RPC of sidebar/rpc.ts.
 * Under jest the module maps to test/fixtures/dialog-scripts.cjs (the same bundles).
 */
declare module 'pranata:dialog-scripts' {
  export const SETTINGS_SCRIPT: string;
  export const EXPORT_SCRIPT: string;
}
