/**
 * The form as a kader meets it (issue "a kinder form"): a second press after a save, the date
 * typed day first on an English browser and read back in words, the question when an entry
 * looks like a group already in the sheet, and a level found by typing "SLTA".
 */
import { axeProblems, sideways } from './a11y';
import { open } from './browser';
import { fillValid } from './forms';
import { calls, dataRows, expectTextContaining, text, usePreview } from './harness';

const env = usePreview();

test('a second press right after a save keeps the saved message and saves nothing, marks nothing', async () => {
  const { page, errors, context } = await open(env.browser, env.server.url);
  await fillValid(page, { name: 'Posyandu Teratai RW 09' });
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#status'), 'Tersimpan di baris 309');
  const rows = dataRows(env.server).length;
  await page.locator('#submit').click();
  await page.locator('#submit').click();
  expect(await page.locator('#status').textContent()).toContain('Tersimpan di baris 309');
  expect(await page.locator('#problem').isHidden()).toBe(true);
  expect(await page.locator('[aria-invalid=true]').count()).toBe(0);
  expect(calls(env.server, 'submitGroup')).toBe(1);
  expect(dataRows(env.server)).toHaveLength(rows);
  // The message goes once the next entry is begun.
  await page.locator('#f-namaKelompok').pressSequentially('K');
  expect(await page.locator('#status').isHidden()).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test('the date is day/month/year on an English browser too, read back in words, saved as typed', async () => {
  const english = await env.browser.newContext({ viewport: { width: 300, height: 700 }, locale: 'en-US' });
  const { page, errors } = await open(env.browser, env.server.url, english);
  await fillValid(page, { name: 'BKB Melati RW 04' });
  const date = page.locator('#f-tanggalPendataan');
  await date.pressSequentially('15032006');
  expect(await page.locator('#f-tanggalPendataan-words').textContent()).toBe('15 Maret 2006');
  await date.fill('31/02/2006'); // no such day: no words, and a message on leaving
  expect(await page.locator('#f-tanggalPendataan-words').textContent()).toBe('');
  await page.locator('#f-catatan').focus();
  await expectTextContaining(page.locator('#f-tanggalPendataan-err'), '"31/02/2006" bukan tanggal yang sah');
  await date.fill('15/03/2006');
  expect(await page.locator('#f-tanggalPendataan-words').textContent()).toBe('15 Maret 2006');
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#status'), 'Tersimpan di baris');
  expect(text(dataRows(env.server).at(-1)?.['Tanggal Pendataan'])).toBe('2006-03-15');
  // Kept for the next entry (one day's visit), shown day first again.
  expect(await date.inputValue()).toBe('15/03/2006');
  expect(errors).toEqual([]);
  await english.close();
});

test('an entry like a group in the sheet asks first: open that row, or save anyway', async () => {
  const { page, errors, context } = await open(env.browser, env.server.url);
  const study = dataRows(env.server)[0] ?? {};
  const rows = dataRows(env.server).length;
  // The study's first group (row 2), typed again with other spacing and case.
  await fillValid(page, { name: ` ${text(study['Nama Kelompok']).toLowerCase()} `, type: text(study['Jenis Kelompok']) });
  await page.locator('#f-rw').fill(text(study.RW));
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#status'), 'mirip dengan baris 2');
  expect(calls(env.server, 'submitGroup')).toBe(0);
  expect(await axeProblems(page)).toEqual([]);
  const fit = await sideways(page);
  expect(fit.wide).toEqual([]);

  await page.getByRole('button', { name: 'Buka baris 2' }).click();
  await expectTextContaining(page.locator('#editing'), 'Mengubah baris 2');
  expect(await page.locator('#f-namaKelompok').inputValue()).toBe(text(study['Nama Kelompok']));
  await page.getByRole('button', { name: 'Batal ubah' }).click();

  await fillValid(page, { name: text(study['Nama Kelompok']), type: text(study['Jenis Kelompok']) });
  await page.locator('#f-rw').fill(text(study.RW));
  await page.locator('#submit').click();
  await page.getByRole('button', { name: 'Simpan juga' }).click();
  await expectTextContaining(page.locator('#status'), 'Tersimpan di baris');
  expect(dataRows(env.server)).toHaveLength(rows + 1);
  expect(calls(env.server, 'submitGroup')).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
  // An axe run and three saves: about 18 s on this project's machine, longer under load.
}, 60_000);

test('each type, purpose and level says what it is; typing "SLTA" finds the level', async () => {
  const { page, errors, context } = await open(env.browser, env.server.url);
  const types = await page.locator('#f-jenisKelompok > option').allTextContents();
  expect(types).toContain('KWT – Kelompok Wanita Tani');
  expect(types).toContain('R/1/KS – Registrasi Keluarga Sejahtera (BKKBN)');
  expect(await page.locator('#f-pendidikanPengurus > option').allTextContents()).toContain('Sekolah Menengah Tingkat Atas – SMA/SLTA/SMK/MA');
  expect(await page.locator('#f-tujuan > option').allTextContents()).toContain('Peningkatan Penghasilan – Peningkatan Pendapatan');
  const level = page.locator('#f-pendidikanPengurus');
  await level.focus();
  await page.keyboard.type('SLTA');
  expect(await level.inputValue()).toBe('Sekolah Menengah Tingkat Atas');
  await fillValid(page, { name: 'KWT Mekar RW 06', type: 'KWT' });
  await level.focus();
  await page.keyboard.type('SLTA');
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#status'), 'Tersimpan di baris');
  expect(text(dataRows(env.server).at(-1)?.['Pendidikan Pengurus'])).toBe('Sekolah Menengah Tingkat Atas');
  // Everyday words for a number that is not one.
  await page.locator('#f-jumlahAnggota').fill('dua puluh');
  await page.locator('#f-catatan').focus();
  await expectTextContaining(page.locator('#f-jumlahAnggota-err'), 'Tulis angka saja, misalnya 12');
  const sizes = await page.evaluate(() => {
    const g = globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string }; document: { querySelector(s: string): unknown } };
    return ['label[for=f-namaKelompok]', '.hint'].map((s) => g.getComputedStyle(g.document.querySelector(s)).fontSize);
  });
  expect(sizes).toEqual(['15px', '13px']);
  expect(errors).toEqual([]);
  await context.close();
});
