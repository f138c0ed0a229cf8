/**
 * Set-up for the export tests: the fake with the study's Data sheet and settings (the tables
 * need not be made: Ekspor PDF reads the Data sheet itself), and helpers that take the PDF
 * back out of the dialog the export shows, as the dialog's own script would.
 */
import { installFake, NOW, storeSettings, studyRows } from '../addon/env';
import { driveControl, type FakeGas, type FakeGasOptions } from '../fake';

export { NOW } from '../addon/env';

export interface World {
  fake: FakeGas;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  drive: ReturnType<typeof driveControl>;
}

export function exportWorld(options: FakeGasOptions & { rows?: unknown[][] } = {}): World {
  const fake = installFake(options);
  fake.seedSheet('Data', options.rows ?? studyRows());
  storeSettings(fake);
  fake.calls.reset();
  return { fake, ss: fake.spreadsheet, drive: driveControl(fake.ctx) };
}

/** The dialog's PDF (base64 in the download link's data-pdf) and the download's file name. */
export function dialogPdf(html: string): { bytes: Uint8Array; base64: string; name: string } {
  const base64 = /data-pdf="([A-Za-z0-9+/=]+)"/.exec(html)?.[1];
  const name = /download="([^"]*)"/.exec(html)?.[1];
  if (base64 === undefined || name === undefined) throw new Error('no PDF in the dialog');
  return { bytes: new Uint8Array(Buffer.from(base64, 'base64')), base64, name: name.replace(/&amp;/g, '&') };
}
