import { toWebview } from '../checklist/protocol';
import { render } from './render';
import { savedState, saveState, send } from './vscodeApi';

/**
 * The checklist page: it asks for its state once it listens ("ready"), validates every message,
 * and keeps its scroll position and open details while the panel is hidden or VS Code restarts.
 */
const app = document.getElementById('app');

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = toWebview.safeParse(event.data);
  if (!parsed.success || !app) {
    // A message the page does not understand changes nothing on it.
    return;
  }
  // Another contract starts at the top with its details closed; the same one keeps both.
  const saved = savedState();
  const key = parsed.data.key;
  const state = key !== undefined && key !== saved.key ? { key, scrollY: 0, expanded: [] } : saved;
  saveState(state);
  render(app, parsed.data, state);
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => saveState({ scrollY: window.scrollY }), 150);
});

send({ type: 'ready' });
