/**
 * Entering a group in a real browser: keyboard only, checks before any server call, the
 * server's own field messages, and a hostile group name shown as text.
 */
import { open } from './browser';
import { fillValid } from './forms';
import type { PageControl } from './page-types';
import { calls, countEventually, dataRows, expectText, expectTextContaining, focusedId, Keys, text, usePreview } from './harness';
import { SETTINGS_KEY } from '../../src/addon/constants';

const env = usePreview();

/**
 * The study's most common row (CODEBOOK §6 and the sample): a Dasa Wisma founded ≥ 10 years
 * before the survey, 11–20 members, Peningkatan Penghasilan, leader with SLTA, network
 * Organisasi Sosial, with the sample's usual several-of answers. Typed with Tab, type-ahead in
 * the selects, Space on checkboxes and Control+Enter to save. Returns the keys pressed,
 * without the name's own characters.
 */
async function typeCommonRow(keys: Keys, name: string, first: boolean): Promise<number> {
  const start = keys.count;
  await keys.type(name);
  await keys.press('Tab'); // Jenis Kelompok
  await keys.type('d'); // Dasa Wisma
  await keys.press('Tab'); // RW (Kelurahan is the coordinator's setting: read-only, skipped)
  if (first) await keys.type('5');
  await keys.press('Tab'); // RT
  await keys.type('3');
  await keys.press('Tab'); // Tahun Berdiri
  await keys.type('1990');
  await keys.press('Tab'); // Tujuan
  await keys.type('p'); // Peningkatan Penghasilan
  await keys.press('Tab'); // Jumlah Anggota
  await keys.type('15');
  await keys.press('Tab'); // Pendidikan Pengurus
  await keys.type('sss'); // Sekolah Dasar -> ...Pertama -> ...Atas (type-ahead cycles)
  await keys.press('Tab'); // Syarat: Domisili
  await keys.press('Space');
  await keys.press('Tab', 5); // the other four, then Lama Kepengurusan
  await keys.type('2');
  await keys.press('Tab'); // Sumber Dana: Iuran Anggota
  await keys.press('Space');
  await keys.press('Tab'); // Sumbangan Masyarakat
  await keys.press('Space');
  await keys.press('Tab', 4); // three more, then Kegiatan
  await keys.type('arisan');
  await keys.press('Tab'); // Nilai: Gotong Royong
  await keys.press('Space');
  await keys.press('Tab'); // Membantu Warga
  await keys.press('Space');
  await keys.press('Tab', 2); // Lainnya, then Jaringan Kerja
  await keys.type('o'); // Organisasi Sosial
  if (first) {
    await keys.press('Tab', 2); // Nama Responden, Petugas Pendata
    await keys.type('Rina Marlina');
    await keys.press('Tab'); // Tanggal Pendataan: day, month, year, whatever the browser's language
    await keys.type('07022006');
  }
  await keys.press('Control+Enter');
  return keys.count - start - [...name].length;
}

/** The same row with only the required fields (RW, Petugas and date kept from the last entry). */
async function typeRequiredOnly(keys: Keys, name: string): Promise<number> {
  const start = keys.count;
  await keys.type(name);
  await keys.press('Tab');
  await keys.type('d'); // Dasa Wisma
  await keys.press('Tab', 3); // RW, RT, Tahun Berdiri
  await keys.type('1990');
  await keys.press('Tab');
  await keys.type('p'); // Peningkatan Penghasilan
  await keys.press('Tab');
  await keys.type('15');
  await keys.press('Tab');
  await keys.type('sss'); // Sekolah Menengah Tingkat Atas
  await keys.press('Tab', 16); // 5 + 1 + 5 + 1 + 3 optional stops, then Jaringan Kerja
  await keys.type('o'); // Organisasi Sosial
  await keys.press('Control+Enter');
  return keys.count - start - [...name].length;
}

test('a volunteer enters the common row with the keyboard alone; it lands as one correct row', async () => {
  const { page, errors, context } = await open(env.browser, env.server.url);
  const before = dataRows(env.server).length;
  expect(await focusedId(page)).toBe('f-namaKelompok');
  const keys = new Keys(page);

  const firstKeys = await typeCommonRow(keys, 'Dasa Wisma Melati', true);
  await expectText(page.locator('#status'), `Tersimpan di baris ${before + 2}.`, 10_000);

  const rows = dataRows(env.server);
  expect(rows).toHaveLength(before + 1);
  const row = rows[rows.length - 1] ?? {};
  const got = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, text(v)]));
  expect(got).toMatchObject({
    'Nama Kelompok': 'Dasa Wisma Melati',
    'Jenis Kelompok': 'Dasa Wisma',
    Kelurahan: 'Cibeureum',
    RW: '5',
    RT: '3',
    'Tahun Berdiri': '1990',
    Tujuan: 'Peningkatan Penghasilan',
    'Jumlah Anggota': '15',
    'Pendidikan Pengurus': 'Sekolah Menengah Tingkat Atas',
    'Jaringan Kerja': 'Organisasi Sosial',
    'Syarat Keanggotaan': 'Domisili',
    'Lama Kepengurusan (tahun)': '2',
    'Sumber Dana': 'Iuran Anggota; Sumbangan Masyarakat',
    Kegiatan: 'arisan',
    'Nilai Solidaritas': 'Gotong Royong; Membantu Warga yang Terkena Musibah',
    'Petugas Pendata': 'Rina Marlina',
    'Tanggal Pendataan': '2006-02-07',
  });
  expect(got.ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  // Ready for the next entry: kept fields stay, the rest is empty, focus back on the name.
  expect(await focusedId(page)).toBe('f-namaKelompok');
  const form = page.locator('#form');
  expect(await form.locator('#f-namaKelompok').inputValue()).toBe('');
  expect(await form.locator('#f-jenisKelompok').inputValue()).toBe('');
  expect(await form.locator('#f-tahunBerdiri').inputValue()).toBe('');
  expect(await countEventually(form.locator('input[type=checkbox]:checked'), 0)).toBe(0);
  expect(await form.locator('#f-kelurahan').inputValue()).toBe('Cibeureum');
  expect(await form.locator('#f-kelurahan').evaluate((e) => (e as unknown as PageControl).readOnly)).toBe(true);
  expect(await form.locator('#f-rw').inputValue()).toBe('5');
  expect(await form.locator('#f-petugas').inputValue()).toBe('Rina Marlina');
  expect(await form.locator('#f-tanggalPendataan').inputValue()).toBe('07/02/2006');

  // The next group of the same RW, same day: fewer keys.
  const nextKeys = await typeCommonRow(keys, 'Dasa Wisma Mawar', false);
  await expectText(page.locator('#status'), `Tersimpan di baris ${before + 3}.`, 10_000);
  const next = dataRows(env.server).at(-1) ?? {};
  expect(text(next['Nama Kelompok'])).toBe('Dasa Wisma Mawar');
  expect(text(next.RW)).toBe('5');
  expect(text(next['Tanggal Pendataan'])).toBe('2006-02-07');
  expect(text(next.ID)).not.toBe(text(row.ID));
  const requiredKeys = await typeRequiredOnly(keys, 'Dasa Wisma Anyelir');
  await expectText(page.locator('#status'), `Tersimpan di baris ${before + 4}.`, 10_000);
  const minimal = dataRows(env.server).at(-1) ?? {};
  expect([minimal['Jenis Kelompok'], minimal.Tujuan, minimal['Pendidikan Pengurus'], minimal['Jaringan Kerja']].map(text)).toEqual([
    'Dasa Wisma',
    'Peningkatan Penghasilan',
    'Sekolah Menengah Tingkat Atas',
    'Organisasi Sosial',
  ]);
  expect(text(minimal['Jumlah Anggota'])).toBe('15');
  expect(text(minimal['Syarat Keanggotaan'])).toBe('');
  expect(calls(env.server, 'submitGroup')).toBe(3);
  console.info(
    `key presses for the common row, name not counted: first entry ${firstKeys}, next entry ${nextKeys}, ` +
      `next entry with required fields only ${requiredKeys}`,
  );
  expect(errors).toEqual([]);
  await context.close();
});

test('a bad year, 0 members and a missing type are caught before any server call', async () => {
  const { page, errors, context } = await open(env.browser, env.server.url);
  const form = page.locator('#form');
  await form.locator('#f-namaKelompok').fill('Posyandu Melati');
  await form.locator('#f-tahunBerdiri').fill('2030');
  await form.locator('#f-jumlahAnggota').focus(); // leaving the year shows its message at once
  await expectText(form.locator('#f-tahunBerdiri-err'), '2030 di luar batas: harus antara 1900 dan 2006.');
  expect(await form.locator('#f-tahunBerdiri').getAttribute('aria-invalid')).toBe('true');
  await form.locator('#f-jumlahAnggota').fill('0');
  await form.locator('#f-pendidikanPengurus').focus();
  await expectText(form.locator('#f-jumlahAnggota-err'), '0 di luar batas: harus antara 1 dan 100000.');

  await form.locator('#submit').click();
  // The first bad field on screen gets focus: the missing type, above the year.
  expect(await focusedId(page)).toBe('f-jenisKelompok');
  await expectText(form.locator('#f-jenisKelompok-err'), 'Jenis Kelompok wajib diisi.');
  await expectText(form.locator('#f-tujuan-err'), 'Tujuan wajib diisi.');
  await expectText(form.locator('#f-jaringanKerja-err'), 'Jaringan Kerja wajib diisi.');
  await expectTextContaining(page.locator('#problem'), 'isian yang perlu diperbaiki');
  expect(calls(env.server, 'submitGroup')).toBe(0);

  // Fixing a field clears its message as it is typed; text that is no number says so.
  await form.locator('#f-tahunBerdiri').fill('1990');
  await expectText(form.locator('#f-tahunBerdiri-err'), '');
  expect(await form.locator('#f-tahunBerdiri').getAttribute('aria-invalid')).not.toBe('true');
  await form.locator('#f-jumlahAnggota').fill('12a');
  await form.locator('#f-jumlahAnggota').blur();
  await expectTextContaining(form.locator('#f-jumlahAnggota-err'), '"12a" bukan angka utuh');
  expect(calls(env.server, 'submitGroup')).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test("the server's own field messages are shown the same way", async () => {
  const { page, errors, context } = await open(env.browser, env.server.url);
  await fillValid(page, { name: 'Posyandu Kenanga' });
  // The coordinator changes the survey year after this form was loaded: the browser's check
  // passes, the server's (the same schema, with the new settings) does not.
  env.server.backend.fake.ctx.properties.document.set(SETTINGS_KEY, JSON.stringify({ surveyYear: 1985, kelurahan: 'Cibeureum' }));
  const before = dataRows(env.server).length;
  await page.locator('#submit').click();
  await expectText(page.locator('#f-tahunBerdiri-err'), '1990 di luar batas: harus antara 1900 dan 1985.');
  expect(await focusedId(page)).toBe('f-tahunBerdiri');
  expect(await page.locator('#f-namaKelompok').inputValue()).toBe('Posyandu Kenanga');
  expect(dataRows(env.server)).toHaveLength(before);
  expect(errors).toEqual([]);
  await context.close();
});

test('a group named like markup is shown as text and runs nothing', async () => {
  const { page, errors, dialogs, context } = await open(env.browser, env.server.url);
  const name = '<img src=x onerror=alert(1)>';
  await fillValid(page, { name });
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#status'), 'Tersimpan di baris');
  expect(text(dataRows(env.server).at(-1)?.['Nama Kelompok'])).toBe(name);

  const item = page.locator('#recent-list li').first();
  await expectText(item.locator('.name'), name);
  expect(await countEventually(page.locator('#recent-list img'), 0)).toBe(0);
  await item.getByRole('button').click(); // reopen it: the banner and the field show it as text too
  await expectTextContaining(page.locator('#editing'), name);
  expect(await page.locator('#f-namaKelompok').inputValue()).toBe(name);
  expect(await countEventually(page.locator('img'), 0)).toBe(0);
  await page.waitForTimeout(200); // an onerror would have fired by now
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test("a coordinator's own group type (Kategori sheet) is in the dropdown and can be saved", async () => {
  const rows = env.server.backend.fake.values('Kategori').length;
  env.server.backend.fake.seedSheet('Kategori', [['Jenis Kelompok', 'Koperasi Wanita', 'Kopwan', '']], { startRow: rows + 1 });
  const { page, errors, context } = await open(env.browser, env.server.url);
  const options = await page.locator('#f-jenisKelompok > option').allTextContents();
  expect(options.at(-1)).toBe('Koperasi Wanita – Kopwan');
  await fillValid(page, { name: 'Kopwan Melati' });
  await page.locator('#f-jenisKelompok').focus();
  await page.keyboard.type('kop'); // type-ahead reaches the new label too
  expect(await page.locator('#f-jenisKelompok').inputValue()).toBe('Koperasi Wanita');
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#status'), 'Tersimpan di baris');
  expect(text(dataRows(env.server).at(-1)?.['Jenis Kelompok'])).toBe('Koperasi Wanita');
  expect(errors).toEqual([]);
  await context.close();
});
