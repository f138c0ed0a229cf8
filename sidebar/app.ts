/**
 * The sidebar's behaviour: saving with a client id, the draft, and reopening a recent entry
 * for editing. The form (form.ts) displays, live.ts watches its events, this decides.
 */
import type { FormConfig } from '../src/addon/contract';
import type { SimilarGroup } from '../src/addon/contract';
import { LIST_IDS, parseDate, schemaContext, type Lang, type ListId } from '../src/core';
import { Checker, displayMessage, isFormField, type FieldMessage } from './check';
import { newClientId } from './client-id';
import { fill } from './dom';
import { clearDraft, loadDraft, loadSticky, saveDraft, saveSticky, type Editing } from './draft';
import { FormView } from './form';
import { watchForm, type Live } from './live';
import { button, Notices } from './notices';
import { RecentList, type Recent } from './recent';
import { server, type Jsonify } from './rpc';
import { save } from './saving';
import { words, type Words } from './text';
import { entryValues, hasEntry, isEmptyValue, pick, STICKY_FIELDS, toInput, type FormFieldId, type FormValues } from './values';

export interface Page {
  form: HTMLFormElement;
  notices: Notices;
  editing: HTMLElement;
  recent: HTMLElement;
  recentList: HTMLElement;
}

const FIRST: FormFieldId = 'namaKelompok';

export class App {
  private readonly lang: Lang;
  private readonly w: Words;
  private readonly checker: Checker;
  private readonly view: FormView;
  private readonly recent: RecentList;
  private live: Live | null = null;
  /** Made when the entry is begun; kept in the draft so a reopened sidebar retries with it. */
  private clientId: string | null = null;
  private editing: Editing | null = null;
  /** The client id of the entry the volunteer chose to save although it looks like another row. */
  private confirmedSimilar: string | null = null;
  /** The "saved" message is up: it stays until the next entry is begun. */
  private savedShown = false;

  constructor(
    private readonly config: Jsonify<FormConfig>,
    private readonly page: Page,
  ) {
    this.lang = config.lang;
    this.w = words(this.lang);
    const ctx = schemaContext(config.categories, config.settings);
    this.checker = new Checker(ctx, this.lang);
    const aliases = Object.fromEntries(LIST_IDS.map((id) => [id, config.categories[id].map((c) => c.aliases)])) as Record<ListId, string[][]>;
    this.view = new FormView(page.form, { lang: this.lang, lists: ctx.lists, aliases, settings: config.settings });
    this.recent = new RecentList(page.recent, page.recentList, this.w, {
      dirty: () => hasEntry(this.view.values()),
      open: (entry) => void this.open(entry),
    });
  }

  start(): void {
    const { kelurahan } = this.config.settings;
    if (kelurahan !== '') this.view.fix('kelurahan', kelurahan, this.w.fixedBySettings);
    const draft = loadDraft();
    this.view.setValues(draft?.values ?? this.kept());
    if (draft !== null) {
      this.clientId = draft.clientId;
      this.setEditing(draft.editing);
      if (hasEntry(draft.values) || draft.editing !== null) {
        this.page.notices.info(this.w.draftRestored, button(this.w.discardDraft, () => this.reset(null)));
        this.view.showErrors(this.checker.all(draft.values).filter((m) => !isEmptyValue(draft.values[m.field])));
      }
    }
    if (this.config.categoriesProblem) this.page.notices.info(this.config.categoriesProblem);
    this.live = watchForm(this.view, {
      check: (id) => {
        const c = this.view.control(id);
        return this.checker.field(id, c.read(), c.badInput());
      },
      changed: () => {
        this.clientId ??= newClientId();
        if (this.savedShown) {
          this.savedShown = false;
          this.page.notices.clear();
        }
        this.persist();
      },
      submit: () => void this.submit(),
    });
    this.page.form.hidden = false;
    this.view.focus(FIRST);
    void this.recent.load();
  }

  /** The kept fields as last saved, over the coordinator's Kelurahan. */
  private kept(): FormValues {
    return { kelurahan: this.config.settings.kelurahan, ...loadSticky() };
  }

  private persist(): void {
    saveDraft({ values: this.view.values(), clientId: this.clientId, editing: this.editing });
  }

  private showProblems(messages: FieldMessage[]): void {
    this.view.showErrors(messages);
    this.page.notices.fail(this.w.fixFields(messages.length));
    const first = messages[0];
    if (first !== undefined) this.view.focus(first.field);
  }

  async submit(): Promise<void> {
    if (this.view.isSaving()) return; // a second press while saving does nothing
    const values = this.view.values();
    // Nothing typed (a second press right after a save, say): nothing to save, nothing wrong.
    if (this.editing === null && !hasEntry(values)) return this.emptyPress();
    const problems = this.checker.all(values, this.view.badInputs());
    if (problems.length > 0) return this.showProblems(problems);
    this.view.showErrors([]);
    this.clientId ??= newClientId();
    this.persist(); // the id is on disk before the request leaves
    this.view.setSaving(true);
    this.page.notices.info(this.w.saving);
    const editing = this.editing;
    const input = toInput(values);
    if (editing === null && this.confirmedSimilar !== this.clientId) {
      const similar = await this.similarTo(input, this.clientId);
      if (similar !== null) {
        this.view.setSaving(false);
        return this.askSimilar(similar);
      }
    }
    const out = await save({ input, clientId: this.clientId, editId: editing?.id ?? null });
    this.view.setSaving(false);
    if (out.kind === 'saved') {
      saveSticky(pick(values, STICKY_FIELDS));
      this.reset(editing !== null ? this.w.updated(out.row) : out.already ? this.w.savedAlready(out.row) : this.w.saved(out.row));
      this.savedShown = true;
      void this.recent.load();
    } else if (out.kind === 'invalid') {
      const messages = out.errors.filter((e) => isFormField(e.field)).map((e) => ({
        field: e.field as FormFieldId,
        message: displayMessage(e.field, e.code, e.message, this.lang),
      }));
      if (messages.length > 0) this.showProblems(messages);
      else this.page.notices.fail(out.errors.map((e) => e.message).join(' '));
    } else {
      const text = out.reason === 'server' ? out.message : out.reason === 'network' ? this.w.network : this.w.unexpected;
      this.page.notices.fail(text, this.w.retry, () => void this.submit())?.focus();
    }
  }

  /** The "saved" message stays; otherwise a calm word that there is nothing to save. */
  private emptyPress(): void {
    if (!this.savedShown) this.page.notices.info(this.w.emptyForm);
    this.view.focus(FIRST);
  }

  /** The row this entry looks like, or null; a failed question never stops the save. */
  private async similarTo(input: ReturnType<typeof toInput>, clientId: string): Promise<Jsonify<SimilarGroup> | null> {
    try {
      return await server.findSimilarGroup(input, clientId);
    } catch {
      return null;
    }
  }

  /** Save anyway, or open that row (when it has an ID to open it by). */
  private askSimilar(g: Jsonify<SimilarGroup>): void {
    const anyway = button(this.w.saveAnyway, () => {
      this.confirmedSimilar = this.clientId;
      void this.submit();
    });
    const open = g.id === null
      ? []
      : [button(this.w.openRow(g.row), () => void this.open({ id: g.id ?? '', row: g.row, namaKelompok: g.namaKelompok, jenisKelompok: g.jenisKelompok, savedAt: '' }))];
    this.page.notices.info(this.w.similar(g.row, g.namaKelompok, g.jenisKelompok, g.rw), anyway, ...open);
    anyway.focus();
  }

  /**
   * A fresh entry: the kept fields stay (as just saved, or as last saved when a draft or an
   * edit is dropped), the rest is emptied, focus goes to the first field. `message` null: dropped.
   */
  private reset(message: string | null): void {
    this.savedShown = false;
    const keep = pick(message === null ? this.kept() : this.view.values(), STICKY_FIELDS);
    this.clientId = null;
    this.setEditing(null);
    this.live?.untouch();
    this.view.setValues(keep);
    this.view.showErrors([]);
    clearDraft();
    this.recent.render();
    if (message === null) this.page.notices.clear();
    else this.page.notices.info(message);
    this.view.focus(FIRST);
  }

  private setEditing(editing: Editing | null): void {
    this.editing = editing;
    this.view.setEditing(editing !== null);
    const banner = this.page.editing;
    banner.hidden = editing === null;
    if (editing === null) return fill(banner);
    fill(banner, this.w.editing(editing.name, editing.row), button(this.w.cancelEdit, () => this.reset(null)));
  }

  /** Reopens a saved entry for editing (saved back with updateGroup). */
  private async open(entry: Recent): Promise<void> {
    this.page.notices.info(this.w.opening);
    let stored;
    try {
      stored = await server.getEntry(entry.id);
    } catch {
      this.page.notices.fail(this.w.network, this.w.retry, () => void this.open(entry))?.focus();
      return;
    }
    if (stored === null) return void this.page.notices.fail(this.w.entryGone);
    const { values, badDate } = entryValues(stored.input, parseDate);
    this.live?.untouch();
    this.clientId = newClientId();
    this.setEditing({ id: stored.id, row: stored.row, name: entry.namaKelompok });
    this.view.setValues(values);
    const problems = this.checker.all(values);
    if (badDate !== null) problems.push({ field: 'tanggalPendataan', message: this.w.badStoredDate(badDate) });
    this.view.showErrors(problems);
    this.persist();
    this.recent.render();
    this.page.notices.clear();
    this.view.focus(FIRST);
  }
}
