/** Filling the form the quick way (the keyboard path has its own test in entry.test.ts). */
import type { Page } from 'playwright-core';
import type { PageControl, PageGlobal } from './page-types';

export interface Entry {
  name: string;
  type?: string;
  year?: string;
  members?: string;
}

export async function fillValid(page: Page, e: Entry): Promise<void> {
  const form = page.locator('#form');
  await form.locator('#f-namaKelompok').fill(e.name);
  await form.locator('#f-jenisKelompok').selectOption(e.type ?? 'Posyandu');
  await form.locator('#f-tahunBerdiri').fill(e.year ?? '1990');
  await form.locator('#f-tujuan').selectOption('Pelayanan Kesehatan');
  await form.locator('#f-jumlahAnggota').fill(e.members ?? '25');
  await form.locator('#f-pendidikanPengurus').selectOption('Sekolah Dasar');
  await form.locator('#f-jaringanKerja').selectOption('Pemerintah');
}

/** Every field's value as the page holds it (checkbox groups as the ticked labels). */
export async function formValues(page: Page): Promise<Record<string, string | string[]>> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobal;
    const out: Record<string, string | string[]> = {};
    for (const el of document.querySelectorAll<PageControl>('#form [name]')) {
      if (el.type === 'checkbox') {
        const list = (out[el.name] as string[] | undefined) ?? [];
        if (el.checked) list.push(el.value);
        out[el.name] = list;
      } else out[el.name] = el.value;
    }
    return out;
  });
}
