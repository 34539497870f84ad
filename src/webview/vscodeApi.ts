import { panelState, type FromWebview, type PanelState } from '../checklist/protocol';

/** What VS Code gives a webview script: messages out, and a state kept while the panel is hidden. */
interface WebviewApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): WebviewApi;

const api = acquireVsCodeApi();

export function send(message: FromWebview): void {
  api.postMessage(message);
}

/** The saved state, validated: anything else (an older version's) counts as none. */
export function savedState(): PanelState {
  const parsed = panelState.safeParse(api.getState());
  return parsed.success ? parsed.data : {};
}

export function saveState(patch: PanelState): void {
  api.setState({ ...savedState(), ...patch });
}
