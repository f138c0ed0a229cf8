/**
 * The form on screen: the study's sections in order, one control per field, a submit button
 * that shows progress. It knows nothing of saving; app.ts drives it.
 */
import { el } from './dom';
import { makeControl, type Control, type ControlEnv } from './controls';
import type { FieldMessage } from './check';
import { words, type Words } from './text';
import { FORM_SECTIONS, type FormFieldId, type FormValues } from './values';

export class FormView {
  readonly form: HTMLFormElement;
  readonly submit: HTMLButtonElement;
  readonly controls = new Map<FormFieldId, Control>();
  private readonly w: Words;
  private saving = false;
  private idleLabel: string;
  /** Fields the coordinator's settings decide (shown, not typed). */
  private readonly fixed = new Map<FormFieldId, string>();

  constructor(form: HTMLFormElement, env: ControlEnv) {
    this.form = form;
    this.w = words(env.lang);
    this.idleLabel = this.w.save;
    const sections = FORM_SECTIONS.map((s) => {
      const heading = el('h2', { id: `s-${s.id}` }, this.w.sections[s.id]);
      const fields = s.fields.map((f) => {
        const c = makeControl(f, env);
        this.controls.set(f.id, c);
        return c.root;
      });
      return el('section', { class: 'section', 'aria-labelledby': `s-${s.id}` }, heading, ...pairUp(fields));
    });
    this.submit = el('button', { type: 'submit', class: 'primary', id: 'submit' }, this.idleLabel);
    const actions = el('div', { class: 'actions' }, this.submit, el('p', { class: 'hint' }, this.w.shortcut));
    form.replaceChildren(el('p', { class: 'hint' }, this.w.requiredNote), ...sections, actions);
  }

  control(id: FormFieldId): Control {
    const c = this.controls.get(id);
    if (c === undefined) throw new Error(`no control for ${id}`);
    return c;
  }

  values(): FormValues {
    const out: FormValues = {};
    for (const [id, c] of this.controls) out[id] = c.read();
    return out;
  }

  /** Writes every field: those absent from `values` are emptied; fixed fields keep their value. */
  setValues(values: FormValues): void {
    for (const [id, c] of this.controls) c.write(this.fixed.get(id) ?? values[id]);
  }

  /**
   * Shows a value the settings decide (the server writes the coordinator's Kelurahan whatever
   * is typed): read-only, out of the tab order, with a note saying why.
   */
  fix(id: FormFieldId, value: string, note: string): void {
    const c = this.control(id);
    const input = c.focusTarget();
    if (!(input instanceof HTMLInputElement)) return;
    this.fixed.set(id, value);
    c.write(value);
    input.readOnly = true;
    input.tabIndex = -1;
    const hint = el('p', { class: 'hint', id: `${input.id}-fixed` }, note);
    input.before(hint);
    input.setAttribute('aria-describedby', `${hint.id} ${input.getAttribute('aria-describedby') ?? ''}`.trim());
  }

  badInputs(): Set<FormFieldId> {
    return new Set([...this.controls].filter(([, c]) => c.badInput()).map(([id]) => id));
  }

  /** Shows these messages and clears every other field's. */
  showErrors(messages: readonly FieldMessage[]): void {
    const byField = new Map(messages.map((m) => [m.field, m.message]));
    for (const [id, c] of this.controls) c.setError(byField.get(id) ?? null);
  }

  focus(id: FormFieldId): void {
    const target = this.control(id).focusTarget();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }

  isSaving(): boolean {
    return this.saving;
  }

  /**
   * While saving, the button says so and ignores presses. It stays focusable (aria-disabled,
   * not disabled) so a keyboard user's focus is not thrown back to the top of the page.
   */
  setSaving(saving: boolean): void {
    this.saving = saving;
    this.submit.textContent = saving ? this.w.saving : this.idleLabel;
    this.submit.classList.toggle('busy', saving);
    if (saving) this.submit.setAttribute('aria-disabled', 'true');
    else this.submit.removeAttribute('aria-disabled');
    this.form.setAttribute('aria-busy', String(saving));
  }

  setEditing(editing: boolean): void {
    this.idleLabel = editing ? this.w.saveChanges : this.w.save;
    if (!this.saving) this.submit.textContent = this.idleLabel;
  }
}

/** RW and RT side by side: two short numbers share a line in a 300 px sidebar. */
function pairUp(nodes: HTMLElement[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const n of nodes) {
    const prev = out[out.length - 1];
    if (n.dataset.field === 'rt' && prev?.dataset.field === 'rw') {
      out[out.length - 1] = el('div', { class: 'pair' }, prev, n);
    } else out.push(n);
  }
  return out;
}
