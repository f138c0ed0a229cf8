/**
 * The volunteer's recent entries, each with an "Ubah" button that reopens it in the form.
 * Over unsaved typing the first press only asks ("Ganti isian?"); redrawing the list resets
 * that. Names come from the sheet: they are shown as text, never as markup.
 */
import type { RecentEntry } from '../src/addon/contract';
import { el, fill } from './dom';
import { server, type Jsonify } from './rpc';
import type { Words } from './text';

export type Recent = Jsonify<RecentEntry>;

export class RecentList {
  private entries: Recent[] = [];

  constructor(
    private readonly section: HTMLElement,
    private readonly list: HTMLElement,
    private readonly w: Words,
    private readonly hooks: { dirty(): boolean; open(entry: Recent): void },
  ) {}

  async load(): Promise<void> {
    this.section.hidden = false;
    try {
      this.entries = await server.getRecentEntries();
      this.render();
    } catch {
      fill(this.list, el('li', { class: 'empty' }, this.w.recentFailed));
    }
  }

  render(): void {
    if (this.entries.length === 0) return fill(this.list, el('li', { class: 'empty' }, this.w.recentEmpty));
    fill(this.list, ...this.entries.map((e) => this.item(e)));
  }

  private item(e: Recent): HTMLLIElement {
    const edit = el('button', { type: 'button', class: 'edit', 'aria-label': this.w.editLabel(e.namaKelompok, e.row) }, this.w.edit);
    edit.addEventListener('click', () => {
      if (this.hooks.dirty() && edit.dataset.confirm !== 'yes') {
        edit.dataset.confirm = 'yes';
        edit.textContent = this.w.confirmReplace;
        return;
      }
      this.hooks.open(e);
    });
    return el(
      'li',
      { 'data-id': e.id },
      el('span', { class: 'name' }, e.namaKelompok),
      el('span', { class: 'meta' }, `${e.jenisKelompok} · ${this.w.rowLabel(e.row)}`),
      edit,
    );
  }
}
