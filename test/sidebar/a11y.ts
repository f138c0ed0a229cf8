/** What the browser tests ask of every state of the sidebar: no serious axe violation, nothing wider than 300 px. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { PageGlobal } from './page-types';

/** Serious and critical axe violations, as "rule: target" lines (empty is the goal). */
export async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

/** Elements reaching past the page's width, and the page's scroll and client widths. */
export async function sideways(page: Page): Promise<{ scrollWidth: number; clientWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobal;
    const clientWidth = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > clientWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth, wide };
  });
}
