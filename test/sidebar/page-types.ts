/**
 * The little of the browser that page-side test code touches (inside page.evaluate), typed
 * here: test/ is compiled without the DOM library (so src/cli, in the same project, cannot use
 * the DOM by accident). Use as `(globalThis as unknown as PageGlobal).document`: the cast is
 * erased, so the function stays self-contained when Playwright sends it to the page.
 */
export interface PageElement {
  id: string;
  tagName: string;
  className: string;
  textContent: string | null;
  getBoundingClientRect(): { right: number };
}

export interface PageControl extends PageElement {
  name: string;
  type: string;
  value: string;
  checked: boolean;
  readOnly: boolean;
  labels: ArrayLike<PageElement> | null;
}

/** HtmlService's client runner as the shim offers it (server functions by name). */
export interface PageRunner {
  withSuccessHandler(f: (value: unknown, user: unknown) => void): PageRunner;
  withFailureHandler(f: (error: Error, user: unknown) => void): PageRunner;
  withUserObject(o: unknown): PageRunner;
  [server: string]: ((...args: never[]) => unknown) | undefined;
}

export interface PageGlobal {
  document: {
    documentElement: { lang: string; scrollWidth: number; clientWidth: number; scrollHeight: number };
    querySelectorAll<T extends PageElement = PageElement>(selector: string): Iterable<T>;
  };
  innerWidth: number;
  localStorage: { getItem(key: string): string | null };
  google: { script: { run: PageRunner } };
}
