/**
 * The form's events: checks as a field is left (only fields the volunteer changed, or that
 * already show a message), a message cleared as soon as the value is right, the draft saved on
 * every change, Ctrl+Enter to save from any field, and the submit itself.
 */
import { isFormField } from './check';
import type { FormView } from './form';
import type { FormFieldId } from './values';

export interface LiveHooks {
  /** The message for the field's current value, or null. */
  check(id: FormFieldId): string | null;
  /** After any change of a field's value. */
  changed(id: FormFieldId): void;
  submit(): void;
}

export interface Live {
  /** Forget which fields were changed (a fresh or reopened entry). */
  untouch(): void;
}

function fieldOf(target: EventTarget | null): FormFieldId | null {
  const id = target instanceof Element ? target.closest<HTMLElement>('[data-field]')?.dataset.field : undefined;
  return id !== undefined && isFormField(id) ? id : null;
}

export function watchForm(view: FormView, hooks: LiveHooks): Live {
  const form = view.form;
  const touched = new Set<FormFieldId>();
  const showing = (id: FormFieldId): boolean => view.control(id).root.querySelector('[aria-invalid]') !== null;

  const changed = (e: Event): void => {
    const id = fieldOf(e.target);
    if (id === null) return;
    touched.add(id);
    hooks.changed(id);
    // A message goes away as soon as the value is right; a new one waits for leaving the field.
    if (showing(id) && hooks.check(id) === null) view.control(id).setError(null);
  };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('focusout', (e) => {
    const id = fieldOf(e.target);
    if (id === null || fieldOf(e.relatedTarget) === id) return; // moving within a checkbox group
    if (touched.has(id) || showing(id)) view.control(id).setError(hooks.check(id));
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit(view.submit);
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    hooks.submit();
  });
  return { untouch: () => touched.clear() };
}
