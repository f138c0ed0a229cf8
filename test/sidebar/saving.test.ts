/**
 * Saving when things go wrong: a lost network, a lost reply after the row was written, a
 * busy lock, a double click, a closed sidebar with unsaved typing, and editing a saved entry.
 */
import { open } from './browser';
import { fillValid, formValues } from './forms';
import type { PageGlobal } from './page-types';
import { calls, dataRows, expectText, expectTextContaining, focusedId, settle, text, type Row, usePreview } from './harness';

const env = usePreview();

const ids = (rows: Row[]): string[] => rows.map((r) => text(r.ID));

test.each([
  ['the request never arrives', 'network' as const, false],
  ['the row is written but the reply is lost', 'lost' as const, true],
])('a server failure (%s) keeps every field, and "Coba lagi" saves exactly one row', async (_what, kind, writtenFirst) => {
  const { page, errors, context } = await open(env.browser, env.server.url);
  const before = dataRows(env.server).length;
  await fillValid(page, { name: 'Posyandu Anggrek' });
  await page.locator('#f-syaratKeanggotaan-0').check();
  await page.locator('#f-kegiatan').fill('penimbangan balita');
  const typed = await formValues(page);

  env.server.inject('submitGroup', { kind });
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#problem'), 'Tidak tersambung ke server');
  expect(await focusedId(page)).toBe('retry');
  expect(await formValues(page)).toEqual(typed);
  expect(dataRows(env.server)).toHaveLength(writtenFirst ? before + 1 : before);

  await page.keyboard.press('Enter'); // "Coba lagi"
  const saved = writtenFirst ? `Sudah tersimpan di baris ${before + 2} (tidak digandakan).` : `Tersimpan di baris ${before + 2}.`;
  await expectText(page.locator('#status'), saved);
  const rows = dataRows(env.server);
  expect(rows).toHaveLength(before + 1);
  expect(text(rows.at(-1)?.['Nama Kelompok'])).toBe('Posyandu Anggrek');
  expect(new Set(ids(rows)).size).toBe(rows.length);
  // Both tries carried the same client id.
  const sent = env.server.calls.filter((c) => c.name === 'submitGroup').map((c) => c.args[1]);
  expect(sent).toHaveLength(2);
  expect(sent[0]).toBe(sent[1]);
  expect(sent[0]).toBe(text(rows.at(-1)?.ID));
  expect(errors.filter((e) => !e.includes('ERR_') && !e.includes('Failed to load resource'))).toEqual([]);
  await context.close();
});

test('another volunteer holding the lock: a clear message, then the retry saves', async () => {
  const { page, errors, context } = await open(env.browser, env.server.url);
  const before = dataRows(env.server).length;
  await fillValid(page, { name: 'BKB Seruni' });
  const release = env.server.backend.fake.holdLock('document');
  await page.locator('#submit').click();
  await expectTextContaining(page.locator('#problem'), 'Lembar sedang dipakai relawan lain');
  expect(await page.locator('#f-namaKelompok').inputValue()).toBe('BKB Seruni');
  expect(dataRows(env.server)).toHaveLength(before);
  release();
  await page.locator('#retry').click();
  await expectText(page.locator('#status'), `Tersimpan di baris ${before + 2}.`);
  expect(dataRows(env.server)).toHaveLength(before + 1);
  expect(errors).toEqual([]);
  await context.close();
});

test('a double click while saving saves one row; the button shows progress', async () => {
  const { page, errors, context } = await open(env.browser, env.server.url);
  const before = dataRows(env.server).length;
  await fillValid(page, { name: 'KUBE Sejahtera' });
  env.server.inject('submitGroup', { kind: 'delay', ms: 700 });
  const submit = page.locator('#submit');
  await submit.dblclick();
  expect(await submit.textContent()).toBe('Menyimpan…');
  expect(await submit.getAttribute('aria-disabled')).toBe('true');
  // A third press while saving. `force`: Playwright itself would wait for aria-disabled to go.
  await submit.click({ force: true });
  await expectText(page.locator('#status'), `Tersimpan di baris ${before + 2}.`);
  expect(await submit.textContent()).toBe('Simpan');
  expect(await submit.getAttribute('aria-disabled')).toBeNull();
  expect(calls(env.server, 'submitGroup')).toBe(1);
  expect(dataRows(env.server)).toHaveLength(before + 1);
  expect(errors).toEqual([]);
  await context.close();
});

test('reopening the sidebar restores an unsaved draft, with the same client id', async () => {
  const first = await open(env.browser, env.server.url);
  await fillValid(first.page, { name: 'Pengajian Al-Ikhlas', type: 'Pengajian' });
  await first.page.locator('#f-sumberDana-1').check();
  await first.page.locator('#f-catatan').fill('Ketua baru sejak Januari');
  const typed = await formValues(first.page);
  const draftId = await first.page.evaluate(() => {
    const d = JSON.parse((globalThis as unknown as PageGlobal).localStorage.getItem('pranata.sidebar.draft.v1') ?? '{}') as { clientId?: string };
    return d.clientId ?? '';
  });
  expect(draftId).not.toBe('');
  await first.page.close(); // closed by accident

  const again = await open(env.browser, env.server.url, first.context);
  expect(await formValues(again.page)).toEqual(typed);
  await expectText(again.page.locator('#status span'), 'Draf yang belum disimpan dipulihkan.');
  const before = dataRows(env.server).length;
  await again.page.locator('#submit').click();
  await expectText(again.page.locator('#status'), `Tersimpan di baris ${before + 2}.`);
  expect(text(dataRows(env.server).at(-1)?.ID)).toBe(draftId);

  // Saved: the draft is gone, the kept fields stay.
  await again.page.close();
  const third = await open(env.browser, env.server.url, first.context);
  expect(await third.page.locator('#f-namaKelompok').inputValue()).toBe('');
  expect(await third.page.locator('#f-kelurahan').inputValue()).toBe('Cibeureum');
  expect(await third.page.locator('#status').isHidden()).toBe(true);
  expect([...first.errors, ...again.errors, ...third.errors]).toEqual([]);
  await first.context.close();
});

test('editing a recent entry changes that row only', async () => {
  const { page, errors, context } = await open(env.browser, env.server.url);
  const before = dataRows(env.server).length;
  for (const name of ['Dasa Wisma Flamboyan', 'Dasa Wisma Kenanga']) {
    await fillValid(page, { name, type: 'Dasa Wisma' });
    await page.locator('#f-tanggalPendataan').fill('07/02/2006');
    await page.locator('#submit').click();
    await expectTextContaining(page.locator('#status'), 'Tersimpan di baris');
  }
  const items = page.locator('#recent-list li');
  await settle(() => items.count(), (n) => n === 2);
  expect(await items.locator('.name').allTextContents()).toEqual(['Dasa Wisma Kenanga', 'Dasa Wisma Flamboyan']);
  const target = before + 2; // Flamboyan's row (header is row 1)
  const sheetBefore = dataRows(env.server);

  await items.nth(1).getByRole('button', { name: `Ubah Dasa Wisma Flamboyan, baris ${target}` }).click();
  await expectText(page.locator('#editing > :first-child, #editing'), `Mengubah baris ${target}: Dasa Wisma FlamboyanBatal ubah`);
  expect(await page.locator('#f-namaKelompok').inputValue()).toBe('Dasa Wisma Flamboyan');
  expect(await page.locator('#f-jumlahAnggota').inputValue()).toBe('25');
  expect(await page.locator('#f-tanggalPendataan').inputValue()).toBe('07/02/2006');
  expect(await page.locator('#submit').textContent()).toBe('Simpan perubahan');

  await page.locator('#f-jumlahAnggota').fill('31');
  await page.locator('#f-tujuan').selectOption('Kesejahteraan Ibu dan Anak');
  await page.locator('#submit').click();
  await expectText(page.locator('#status'), `Baris ${target} diperbarui.`);
  expect(await page.locator('#editing').isHidden()).toBe(true);
  expect(await page.locator('#submit').textContent()).toBe('Simpan');

  const after = dataRows(env.server);
  expect(after).toHaveLength(sheetBefore.length);
  const changed = after.flatMap((row, i) =>
    Object.keys(row)
      .filter((k) => text(row[k]) !== text(sheetBefore[i]?.[k]))
      .map((k) => `${i + 2}:${k}`),
  );
  expect(changed.sort()).toEqual([`${target}:Jumlah Anggota`, `${target}:Tujuan`]);
  expect(calls(env.server, 'updateGroup')).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('a form that cannot load offers "Coba lagi"', async () => {
  env.server.inject('getFormConfig', { kind: 'network' });
  const context = await env.browser.newContext({ viewport: { width: 300, height: 700 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await expectTextContaining(page.locator('#problem'), 'Formulir tidak dapat dimuat');
  expect(await page.locator('#form').isHidden()).toBe(true);
  await page.locator('#retry').click();
  await page.locator('#form:not([hidden])').waitFor();
  expect(await focusedId(page)).toBe('f-namaKelompok');
  await context.close();
});
