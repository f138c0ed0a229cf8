/**
 * One native control per field (keyboard entry, labels and type-ahead come with them):
 * a text input, a numeric text input for whole numbers, a date input, a select for a category
 * and a fieldset of checkboxes for a "several of" field. Each control reads and writes the
 * field's FormValue and shows its own error message.
 */
import { CATEGORY_MEANINGS, CORE_WORDS, fieldHeader, normalizeLabel, parseDate, type CompiledList, type FieldDef, type Lang, type ListId, type Lists, type Settings } from '../src/core';
import { el } from './dom';
import { words, type Words } from './text';
import type { FormFieldId, FormValue } from './values';

type FormField = FieldDef & { id: FormFieldId };

export interface Control {
  readonly field: FormField;
  readonly root: HTMLElement;
  /** Where focus goes for this field (the first checkbox of a group). */
  focusTarget(): HTMLElement;
  read(): FormValue;
  write(value: FormValue | undefined): void;
  /** The browser holds input it cannot give as a value (a half-typed date). */
  badInput(): boolean;
  setError(message: string | null): void;
}

export interface ControlEnv {
  lang: Lang;
  lists: Lists;
  /** Each list's aliases, by position of its label (the other names a choice is known by). */
  aliases: Record<ListId, string[][]>;
  settings: Settings;
}

const fid = (id: FormFieldId): string => `f-${id}`;

function labelText(field: FormField, lang: Lang): (Node | string)[] {
  const out: (Node | string)[] = [fieldHeader(field.id, lang)];
  if (field.required) out.push(el('span', { class: 'req', 'aria-hidden': 'true' }, ' *'));
  return out;
}

function hintOf(field: FormField, env: ControlEnv, w: Words): string | null {
  const k = field.kind;
  if (k.type === 'integer') {
    const b = (x: number | 'surveyYear'): number => (x === 'surveyYear' ? env.settings.surveyYear : x);
    // The rule's hint in the core's words: the XLSForm's hint for the same field says the same.
    return CORE_WORDS[env.lang].wholeHint(b(k.min), b(k.max));
  }
  if (k.type === 'date') return w.dateHint;
  return field.id === 'kegiatan' ? w.kegiatanHint : null;
}

/** Label, optional hint, the control, the error line; wires aria-describedby and aria-invalid. */
function wrap(field: FormField, env: ControlEnv, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) {
  const id = fid(field.id);
  const hint = hintOf(field, env, words(env.lang));
  const err = el('p', { class: 'err', id: `${id}-err`, 'aria-live': 'polite' });
  const described = [hint === null ? '' : `${id}-hint`, `${id}-err`].filter(Boolean).join(' ');
  input.id = id;
  input.name = field.id;
  input.setAttribute('aria-describedby', described);
  if (field.required) input.setAttribute('aria-required', 'true');
  const root = el(
    'div',
    { class: `field field-${field.kind.type}`, 'data-field': field.id },
    el('label', { for: id }, ...labelText(field, env.lang)),
    ...(hint === null ? [] : [el('p', { class: 'hint', id: `${id}-hint` }, hint)]),
    input,
    err,
  );
  const setError = (message: string | null): void => {
    err.textContent = message ?? '';
    if (message === null) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  };
  return { root, setError };
}

function plainControl(field: FormField, env: ControlEnv, input: HTMLInputElement | HTMLTextAreaElement): Control {
  const { root, setError } = wrap(field, env, input);
  return {
    field,
    root,
    focusTarget: () => input,
    read: () => input.value,
    write: (v) => {
      input.value = v === undefined ? '' : Array.isArray(v) ? v.join('; ') : v;
    },
    badInput: () => input.validity.badInput,
    setError,
  };
}

function textControl(field: FormField, env: ControlEnv): Control {
  const input =
    field.id === 'catatan'
      ? el('textarea', { rows: '2', maxlength: '1000' })
      : el('input', { type: 'text', autocomplete: 'off', maxlength: '200', spellcheck: 'false' });
  return plainControl(field, env, input);
}

/**
 * Whole numbers: a text input with inputmode="numeric" rather than type="number", which
 * silently empties "12a" (so the volunteer would be told "required" instead of what is wrong),
 * changes on a turn of the mouse wheel and is read badly by some screen readers (the GOV.UK
 * Design System's reasoning). The shared schema then says exactly what is wrong.
 */
function wholeControl(field: FormField, env: ControlEnv): Control {
  return plainControl(field, env, el('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'num', maxlength: '12' }));
}

/**
 * Tanggal Pendataan: a text box for day/month/year, never the browser's date input, whose
 * order follows the browser's language (on an English browser 15032006 became 3 December).
 * What it holds is read back in words under it ("15 Maret 2006"), so a slip shows at once.
 * The value it gives is yyyy-mm-dd when the text is a day-first date, else the text itself,
 * which the shared schema then reads or reports.
 */
function dateControl(field: FormField, env: ControlEnv): Control {
  const w = words(env.lang);
  const input = el('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'date', maxlength: '20', placeholder: w.datePlaceholder });
  const plain = plainControl(field, env, input);
  const readback = el('p', { class: 'readback', id: `${fid(field.id)}-words`, 'aria-live': 'polite' });
  input.after(readback);
  input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${readback.id}`.trim());
  const show = (): void => {
    const iso = dayFirst(input.value) ?? parseDate(input.value);
    readback.textContent = iso === null ? '' : w.dateInWords(iso);
  };
  input.addEventListener('input', show);
  return {
    ...plain,
    read: () => (input.value.trim() === '' ? '' : (dayFirst(input.value) ?? input.value.trim())),
    write: (v) => {
      const text = typeof v === 'string' ? v.trim() : '';
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      input.value = iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text;
      show();
    },
    badInput: () => false,
  };
}

/** 15/03/2006, 15-3-2006, 15.03.2006, 15 03 2006 or 15032006 as yyyy-mm-dd; null for anything else. */
export function dayFirst(text: string): string | null {
  const s = text.trim();
  const m = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (m === null || Number(m[2]) > 12) return null;
  // Day first is possible: the core's date rule then reads it day first.
  return parseDate(`${m[1]}/${m[2]}/${m[3]}`);
}

/**
 * What a choice means or its other names, for its option: the codebook's meaning of a default
 * category ("KWT – Kelompok Wanita Tani"), else its aliases ("Peningkatan Penghasilan –
 * Peningkatan Pendapatan"), else nothing.
 */
function noteOf(listId: ListId, label: string, aliases: readonly string[]): string {
  const meaning = CATEGORY_MEANINGS[listId]?.[label];
  if (meaning !== undefined) return meaning;
  const key = normalizeLabel(label);
  return aliases.filter((a) => normalizeLabel(a) !== key).slice(0, 3).join(', ');
}

function selectControl(field: FormField, env: ControlEnv, listId: ListId, list: CompiledList, aliases: readonly (readonly string[])[]): Control {
  const w = words(env.lang);
  const main = list.labels.map((l, i) => {
    const note = noteOf(listId, l, aliases[i] ?? []);
    return el('option', { value: l }, note === '' ? l : `${l} – ${note}`);
  });
  // Every other name of a choice is an option of its own, so the select's type-ahead finds a
  // level by "SLTA" or a type by "Karang Taruna"; choosing one chooses its label.
  const others = list.labels.flatMap((l, i) => {
    const key = normalizeLabel(l);
    return (aliases[i] ?? []).filter((a) => normalizeLabel(a) !== key).map((a) => el('option', { value: l }, w.aliasOption(a, l)));
  });
  const select = el(
    'select',
    {},
    el('option', { value: '' }, w.choose),
    ...main,
    ...(others.length === 0 ? [] : [el('optgroup', { label: w.otherNames }, ...others)]),
  );
  const { root, setError } = wrap(field, env, select);
  return {
    field,
    root,
    focusTarget: () => select,
    read: () => select.value,
    write: (v) => {
      const text = (Array.isArray(v) ? v.join('; ') : v ?? '').trim();
      const i = text === '' ? -1 : list.match(text);
      const label = i >= 0 ? list.labels[i] ?? text : text;
      // A stored value that is no longer a choice stays visible, so the check can flag it.
      if (label !== '' && ![...select.options].some((o) => o.value === label)) {
        select.append(el('option', { value: label, 'data-unknown': 'true' }, w.unknownOption(label)));
      }
      select.value = label;
    },
    badInput: () => false,
    setError,
  };
}

function multiControl(field: FormField, env: ControlEnv, list: CompiledList): Control {
  const id = fid(field.id);
  const w = words(env.lang);
  const box = el('div', { class: 'checks' });
  const err = el('p', { class: 'err', id: `${id}-err`, 'aria-live': 'polite' });
  const add = (value: string, text: string): HTMLInputElement => {
    const input = el('input', { type: 'checkbox', id: `${id}-${box.children.length}`, name: field.id, value });
    box.append(el('label', { class: 'check' }, input, ` ${text}`));
    return input;
  };
  list.labels.forEach((l) => add(l, l));
  const boxes = (): HTMLInputElement[] => [...box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const root = el(
    'fieldset',
    { class: 'field field-multi', id, 'data-field': field.id, 'aria-describedby': `${id}-err` },
    el('legend', {}, ...labelText(field, env.lang)),
    box,
    err,
  );
  return {
    field,
    root,
    focusTarget: () => boxes()[0] ?? root,
    read: () => boxes().filter((b) => b.checked).map((b) => b.value),
    write: (v) => {
      const parts = (Array.isArray(v) ? v : (v ?? '').split(/[;,]/)).map((p) => p.trim()).filter((p) => p !== '');
      const want = parts.map((p) => list.labels[list.match(p)] ?? p);
      for (const label of want) {
        if (!boxes().some((b) => b.value === label)) add(label, w.unknownOption(label)).dataset.unknown = 'true';
      }
      for (const b of boxes()) b.checked = want.includes(b.value);
    },
    badInput: () => false,
    setError: (message) => {
      err.textContent = message ?? '';
      for (const b of boxes()) {
        if (message === null) b.removeAttribute('aria-invalid');
        else b.setAttribute('aria-invalid', 'true');
      }
    },
  };
}

export function makeControl(field: FormField, env: ControlEnv): Control {
  const k = field.kind;
  switch (k.type) {
    case 'text':
    case 'code':
      return textControl(field, env);
    case 'integer':
      return wholeControl(field, env);
    case 'date':
      return dateControl(field, env);
    case 'category':
      return selectControl(field, env, k.list, env.lists[k.list], env.aliases[k.list]);
    case 'multi':
      return multiControl(field, env, env.lists[k.list]);
  }
}
