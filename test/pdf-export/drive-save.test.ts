/**
 * "Simpan ke Drive" over the fake Drive advanced service: the dialog's base64 saved as a
 * PDF file with Drive.Files.create (v3), or a message saying why not, never an exception.
 */
import { PDFDocument } from 'pdf-lib';
import { savePdfToDrive } from '../../src/addon/pdf/drive-save';
import { MANIFEST_SCOPES } from '../fake';
import { exportWorld } from './world';

async function pdfBase64(): Promise<string> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return Buffer.from(await doc.save()).toString('base64');
}

describe('savePdfToDrive', () => {
  test('creates one PDF file named as asked, and returns its https link', async () => {
    const w = exportWorld();
    const base64 = await pdfBase64();
    const out = savePdfToDrive(base64, 'Laporan WKSBM Cibeureum 2006.pdf');
    expect(out).toMatchObject({ ok: true, name: 'Laporan WKSBM Cibeureum 2006.pdf' });
    if (!out.ok) throw new Error(out.message);
    expect(out.url).toBe(`https://drive.google.com/file/d/${out.fileId}/view?usp=drivesdk`);
    expect(w.fake.calls.count('Drive.Files.create')).toBe(1);
    expect(w.fake.calls.countPrefix('DriveApp.')).toBe(0);
    const [file] = w.drive.files();
    expect(file).toMatchObject({ name: 'Laporan WKSBM Cibeureum 2006.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(file!.bytes).toString('base64')).toBe(base64);
  });

  test('a name with slashes or control characters is made safe', async () => {
    const w = exportWorld();
    savePdfToDrive(await pdfBase64(), '../../etc/passwd\u0000');
    expect(w.drive.files()[0]!.name).toBe('.. .. etc passwd.pdf');
  });

  test.each([
    ['not a string', 42],
    ['not base64', 'JVBER<script>'],
    ['base64 of no PDF', Buffer.from('<html>sign in</html>').toString('base64')],
  ])('%s: "damaged", nothing saved', (_what, data) => {
    const w = exportWorld();
    expect(savePdfToDrive(data, 'x.pdf')).toEqual({ ok: false, message: 'Data PDF yang diterima rusak. Jalankan Ekspor PDF lagi.' });
    expect(w.drive.files()).toEqual([]);
    expect(w.fake.calls.count('Drive.Files.create')).toBe(0);
  });

  test('the advanced service not enabled: says so and points to the download', async () => {
    exportWorld();
    const g = globalThis as { Drive?: unknown };
    const saved = g.Drive;
    delete g.Drive;
    try {
      const out = savePdfToDrive(await pdfBase64(), 'x.pdf');
      expect(out).toMatchObject({ ok: false });
      expect(out.ok ? '' : out.message).toContain('Gunakan Unduh PDF');
    } finally {
      g.Drive = saved;
    }
  });

  test('Drive refuses (quota, permission): the reason, nothing saved, no exception', async () => {
    const w = exportWorld();
    w.drive.failNextCreate = 'The user has exceeded their Drive storage quota';
    const out = savePdfToDrive(await pdfBase64(), 'x.pdf');
    expect(out).toEqual({
      ok: false,
      message: 'PDF tidak dapat disimpan ke Google Drive: GoogleJsonResponseException: API call to drive.files.create failed with error: The user has exceeded their Drive storage quota. Unduh PDF tetap bisa dipakai.',
    });
    expect(w.drive.files()).toEqual([]);
  });

  test('drive.file not granted (granular consent): refused as Apps Script does, the reason, nothing saved', async () => {
    const w = exportWorld({ grantedScopes: MANIFEST_SCOPES.filter((s) => !s.endsWith('/drive.file')) });
    const out = savePdfToDrive(await pdfBase64(), 'x.pdf');
    expect(out.ok).toBe(false);
    expect(out.ok ? '' : out.message).toContain('Required permissions: (https://www.googleapis.com/auth/drive || ');
    expect(out.ok ? '' : out.message).toContain('Unduh PDF tetap bisa dipakai.');
    expect(w.drive.files()).toEqual([]);
  });
});
