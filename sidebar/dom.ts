/**
 * The one way the sidebar makes elements. Children are appended with `append`, which turns
 * strings into text nodes: a group called `<img src=x onerror=alert(1)>` shows those
 * characters and runs nothing. Nothing in sidebar/ assigns innerHTML.
 */
export type Attrs = Record<string, string | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

/** Replaces an element's content with text or nodes (never markup). */
export function fill(node: Element, ...children: (Node | string)[]): void {
  node.replaceChildren(...children);
}

/** The element with this id, typed; throws if the page skeleton lacks it (a build error). */
export function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`#${id} missing from sidebar/index.html`);
  return node;
}
