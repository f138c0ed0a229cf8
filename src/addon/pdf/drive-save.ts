/**
 * "Simpan ke Drive": the report's bytes, sent back by the dialog, saved as a new file through
 * the Drive advanced service v3 (`Drive.Files.create`), which works under `drive.file` (files
 * the add-on creates). DriveApp would need the full `drive` scope for the same call. Nothing
 * from the dialog is trusted: the data must be base64 of a PDF, the name is made safe.
 */
import { userLang } from '../lang';
import { looksLikePdf, fromGasBytes } from './bytes';
import { safeFileName } from './file-name';
import { say, sayf } from '../messages';

/** Largest report accepted back (base64 characters): far above a 60-category report's ~0.5 MB. */
const MAX_BASE64 = 40_000_000;

export type DriveSaveOutcome = { ok: true; fileId: string; name: string; url: string } | { ok: false; message: string };

function errorText(e: unknown): string {
  const text = (typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e)).trim();
  return text === '' || /[.!?]$/.test(text) ? text : `${text}.`;
}

/** google.script.run: saves the PDF and says where, or why not (never throws at the dialog). */
export function savePdfToDrive(base64: unknown, name: unknown): DriveSaveOutcome {
  const lang = userLang();
  if (typeof base64 !== 'string' || base64.length > MAX_BASE64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
    return { ok: false, message: say('pdfBad', lang) };
  }
  const bytes = Utilities.base64Decode(base64);
  if (!looksLikePdf(fromGasBytes(bytes.slice(0, 5)))) return { ok: false, message: say('pdfBad', lang) };
  // An advanced service not enabled in the manifest is simply absent.
  const drive = typeof Drive === 'undefined' ? undefined : Drive;
  if (drive === undefined) return { ok: false, message: say('pdfDriveMissing', lang) };
  const fileName = safeFileName(name);
  try {
    const blob = Utilities.newBlob(bytes, 'application/pdf', fileName);
    const file = drive.Files.create({ name: fileName, mimeType: 'application/pdf' }, blob, { fields: 'id,name,webViewLink' });
    return { ok: true, fileId: file.id ?? '', name: file.name ?? fileName, url: file.webViewLink ?? '' };
  } catch (e) {
    return { ok: false, message: sayf('pdfSaveFailed', lang, { detail: errorText(e) }) };
  }
}
