/**
 * The settings dialog's script (the page is src/addon/settings-dialog.ts): sends the form's
 * values to saveSettingsForm through the sidebar's typed RPC, so a misspelt server function or
 * a wrong argument does not compile. Bundled into the page by the build
 * (build/dialog-scripts.cjs); it runs in the browser, never in Apps Script.
 */
import type { SettingsForm } from '../src/addon/dialogs';
import { server } from './rpc';

declare const google: { script: { host: { close(): void } } };

const form = document.getElementById('f') as HTMLFormElement;
const status = document.getElementById('status') as HTMLElement;
const submit = form.querySelector('button[type=submit]') as HTMLButtonElement;

/** The inputs by name; a number input's value as a number (the server checks the range), a checkbox as true or false. */
function values(): SettingsForm {
  const data: Record<string, string | number | boolean> = {};
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement) || el.name === '') continue;
    data[el.name] = el.type === 'checkbox' ? el.checked : el.type === 'number' ? Number(el.value) : el.value;
  }
  return data;
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  submit.disabled = true;
  server.saveSettingsForm(values()).then(
    () => google.script.host.close(),
    (err: unknown) => {
      status.textContent = String(err instanceof Error ? err.message : err);
      submit.disabled = false;
    },
  );
});
(document.getElementById('cancel') as HTMLElement).addEventListener('click', () => google.script.host.close());
