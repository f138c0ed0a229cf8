/**
 * The volunteer's recent entries: the last ten ids they saved, newest first, with when, kept
 * in their own user properties (one small JSON value: other volunteers never see it, and no
 * document lock is needed for it).
 */
import { RECENT_KEY } from './constants';

export const RECENT_LIMIT = 10;

export interface Remembered {
  id: string;
  /** ISO timestamp of the save. */
  savedAt: string;
}

function isRemembered(x: unknown): x is Remembered {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return typeof o.id === 'string' && typeof o.savedAt === 'string';
}

type Properties = GoogleAppsScript.Properties.Properties;

const userStore = (): Properties => PropertiesService.getUserProperties();

export function readRecent(store: Properties = userStore()): Remembered[] {
  const text = store.getProperty(RECENT_KEY);
  if (!text) return [];
  try {
    const raw: unknown = JSON.parse(text);
    return Array.isArray(raw) ? raw.filter(isRemembered).slice(0, RECENT_LIMIT) : [];
  } catch {
    return [];
  }
}

export function writeRecent(list: readonly Remembered[], store: Properties = userStore()): void {
  store.setProperty(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_LIMIT)));
}

/** Puts `id` first (once), keeping the ten newest. */
export function remember(id: string, savedAt: string): void {
  const store = userStore();
  writeRecent([{ id, savedAt }, ...readRecent(store).filter((r) => r.id !== id)], store);
}
