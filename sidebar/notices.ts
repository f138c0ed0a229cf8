/**
 * Messages above the form: a polite status line (loading, saved, draft restored) and an alert
 * for what went wrong, with a "Coba lagi" button when trying again can help. Text only.
 */
import { el, fill } from './dom';

export class Notices {
  constructor(
    private readonly status: HTMLElement,
    private readonly problem: HTMLElement,
  ) {}

  /** A status message, optionally with buttons (e.g. "Buang draf"); clears any problem. */
  info(text: string, ...actions: HTMLButtonElement[]): void {
    fill(this.problem);
    this.problem.hidden = true;
    fill(this.status, el('span', {}, text), ...actions);
    this.status.hidden = false;
  }

  /** A problem, with a retry button when `retry` is given; returns that button (to focus it). */
  fail(text: string, retryLabel?: string, retry?: () => void): HTMLButtonElement | null {
    fill(this.status);
    this.status.hidden = true;
    const button =
      retry === undefined || retryLabel === undefined
        ? null
        : el('button', { type: 'button', class: 'retry', id: 'retry' }, retryLabel);
    button?.addEventListener('click', retry ?? (() => undefined), { once: true });
    fill(this.problem, el('span', {}, text), ...(button === null ? [] : [button]));
    this.problem.hidden = false;
    return button;
  }

  clear(): void {
    fill(this.status);
    fill(this.problem);
    this.status.hidden = true;
    this.problem.hidden = true;
  }
}

export function button(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}
