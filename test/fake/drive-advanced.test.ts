/** The fake Drive advanced service (v3) behaves as Google documents files.create. */
import { createFakeGas, driveControl } from '.';

describe('fake Drive.Files.create (v3)', () => {
  test('stores the media under the given name and type; returns only the default fields', () => {
    const fake = createFakeGas();
    const blob = fake.globals.Utilities.newBlob([0x25, 0x50, -1], 'application/pdf', 'ignored.pdf');
    const file = fake.globals.Drive.Files.create({ name: 'Laporan.pdf', mimeType: 'application/pdf' }, blob);
    expect(Object.keys(file).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(file).toMatchObject({ kind: 'drive#file', name: 'Laporan.pdf', mimeType: 'application/pdf' });
    const [stored] = driveControl(fake.ctx).files();
    expect(stored).toMatchObject({ id: file.id, name: 'Laporan.pdf' });
    expect(Array.from(stored!.bytes)).toEqual([0x25, 0x50, 0xff]);
    expect(fake.calls.count('Drive.Files.create')).toBe(1);
  });

  test('`fields` picks what comes back (webViewLink only when asked)', () => {
    const fake = createFakeGas();
    const blob = fake.globals.Utilities.newBlob([1], 'application/pdf');
    const file = fake.globals.Drive.Files.create({ name: 'a.pdf' }, blob, { fields: 'id,name,webViewLink' });
    expect(Object.keys(file).sort()).toEqual(['id', 'name', 'webViewLink']);
    expect(file.webViewLink).toBe(`https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`);
  });

  test('no name: "Untitled"; no type: the media\'s', () => {
    const fake = createFakeGas();
    const file = fake.globals.Drive.Files.create({}, fake.globals.Utilities.newBlob([1], 'text/plain'));
    expect(file).toMatchObject({ name: 'Untitled', mimeType: 'text/plain' });
  });

  test('a scripted failure throws as the API does and stores nothing', () => {
    const fake = createFakeGas();
    driveControl(fake.ctx).failNextCreate = 'Insufficient Permission';
    expect(() => fake.globals.Drive.Files.create({ name: 'a.pdf' }, fake.globals.Utilities.newBlob([1]))).toThrow(
      'API call to drive.files.create failed with error: Insufficient Permission',
    );
    expect(driveControl(fake.ctx).files()).toEqual([]);
  });
});
