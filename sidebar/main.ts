/**
 * Entry point of the sidebar bundle: finds the page skeleton (index.html), loads the form's
 * configuration from the server, and starts the form. A failed load offers "Coba lagi".
 */
import type { FormConfig } from '../src/addon/contract';
import { App } from './app';
import { byId } from './dom';
import { Notices } from './notices';
import { server, type Jsonify } from './rpc';
import { words } from './text';

async function boot(): Promise<void> {
  const notices = new Notices(byId('status', HTMLElement), byId('problem', HTMLElement));
  const first = words(document.documentElement.lang === 'en' ? 'en' : 'id');
  notices.info(first.loading);
  let config: Jsonify<FormConfig>;
  try {
    config = await server.getFormConfig();
  } catch {
    notices.fail(first.loadFailed, first.retry, () => void boot())?.focus();
    return;
  }
  const w = words(config.lang);
  document.documentElement.lang = config.lang;
  byId('title', HTMLElement).textContent = w.title;
  byId('where', HTMLElement).textContent = w.where(config.settings.kelurahan, config.settings.surveyYear);
  byId('recent-title', HTMLElement).textContent = w.recentTitle;
  notices.clear();
  new App(config, {
    form: byId('form', HTMLFormElement),
    notices,
    editing: byId('editing', HTMLElement),
    recent: byId('recent', HTMLElement),
    recentList: byId('recent-list', HTMLElement),
  }).start();
}

void boot();
