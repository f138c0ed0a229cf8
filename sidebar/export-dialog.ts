/**
 * The PDF export dialog's script (the page is src/addon/pdf/export-dialog.ts): turns the
 * report's base64 into a Blob URL for "Unduh PDF", and sends the same bytes to savePdfToDrive
 * through the sidebar's typed RPC for "Simpan ke Drive", so a misspelt server function or a
 * wrong argument does not compile. It reads its data and words from the page's attributes,
 * never from code. Bundled into the page by the build (build/dialog-scripts.cjs); it runs in
 * the browser, never in Apps Script.
 */
import { server } from './rpc';

declare const google: { script: { host: { close(): void } } };

const link = document.getElementById('download') as HTMLAnchorElement;
const status = document.getElementById('status') as HTMLElement;
const drive = document.getElementById('drive') as HTMLButtonElement;
const base64 = link.getAttribute('data-pdf') ?? '';
const name = link.getAttribute('download') ?? '';
const words = { saving: status.getAttribute('data-saving') ?? '', saved: status.getAttribute('data-saved') ?? '' };

const binary = atob(base64);
const bytes = new Uint8Array(binary.length);
for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
link.href = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));

function show(text: string): void {
  status.textContent = text;
}

drive.addEventListener('click', () => {
  drive.disabled = true;
  show(words.saving);
  server.savePdfToDrive(base64, name).then(
    (out) => {
      if (!out.ok) {
        show(out.message);
        drive.disabled = false;
        return;
      }
      show(`${words.saved} `);
      const a = document.createElement('a');
      a.textContent = out.name;
      // Only an https link is followed: the text is shown whatever the server answered.
      if (/^https:\/\//i.test(out.url)) {
        a.href = out.url;
        a.rel = 'noopener';
      }
      status.appendChild(a);
    },
    (err: unknown) => {
      show(String(err instanceof Error ? err.message : err));
      drive.disabled = false;
    },
  );
});
(document.getElementById('close') as HTMLElement).addEventListener('click', () => google.script.host.close());
