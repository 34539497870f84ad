import * as vscode from 'vscode';
// Not from '../core': this module is in dist/optional.js, and the index would bring the whole core along.
import { checklistContent } from '../core/checklist/model';
import { dayToIso, instantToDay, instantToIso } from '../core/dates';
import type { CommandContext } from '../commands/context';
import { applyIntent } from '../commands/applyIntent';
import { isContractNode } from '../tree/nodes';
import { checklistHtml } from './checklistHtml';
import { checklistLabels } from './checklistLabels';
import { fromWebview, panelState, type FromWebview, type ToWebview } from './protocol';
import { CHECKLIST_VIEW_TYPE } from './viewType';

const LOAD_WAIT_MS = 5000;
const LOAD_ATTEMPTS = 3;
/** Workspace state: the contract the panel showed last. */
const SHOWN_KEY = 'contractGuard.checklist.shown';

/**
 * One checklist panel: it shows the contract chosen last (Open Checklist, or a row selected in the
 * Contracts view while it is open) and follows every change of the contracts file through the
 * status model. It never edits text itself: ticks and records go through the store's edits.
 */
export class ChecklistPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private key: string | undefined;
  private ready = false;
  /** The page's HTML as last set, for the tests' look at the Content Security Policy. */
  html: string | undefined;
  /** The state last posted to the page, for the tests and for diagnosis. */
  lastPosted: ToWebview | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private panelDisposables: vscode.Disposable[] = [];

  constructor(
    private readonly ctx: CommandContext,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      ctx.model.onDidChange(() => this.post()),
      ctx.view.onDidChangeSelection((e) => {
        const node = e.selection[0];
        if (this.panel && isContractNode(node)) {
          this.show(node.entry.key, false);
        }
      }),
    );
  }

  /** Shows the panel on this contract, creating it beside the editor if there is none. */
  show(key: string | undefined, reveal = true): void {
    this.remember(key);
    if (!this.panel) {
      this.create(vscode.ViewColumn.Beside, false, 0);
    } else if (reveal) {
      this.panel.reveal(undefined, true);
    }
    this.post();
  }

  /** After a reload: VS Code hands back the panel and the state the webview saved. */
  revive(panel: vscode.WebviewPanel, state: unknown): void {
    const saved = panelState.safeParse(state);
    // The webview's own state is written with the window's layout, at shutdown, and a browser tab that
    // reloads may not wait for it: workspace state is written at once, so it wins when both are there.
    this.key = this.ctx.workspaceState.get<string>(SHOWN_KEY) ?? (saved.success ? saved.data.key : undefined);
    const previous = this.panel;
    // A revived panel comes with the options it was saved with; these are the ones in force now.
    panel.webview.options = this.options();
    // The contract's name at once: the title otherwise waits for the page to load.
    panel.title = this.titleFor(this.key);
    this.attach(panel);
    // Closed only after the new one is set up: see watchLoading.
    previous?.dispose();
  }

  get contractKey(): string | undefined {
    return this.panel ? this.key : undefined;
  }

  /** Handles a message as if the webview had sent it (the tests use this for malformed ones). */
  async receive(raw: unknown): Promise<void> {
    const parsed = fromWebview.safeParse(raw);
    if (!parsed.success) {
      this.ctx.log.warn(`Ignored a malformed message from the checklist: ${describe(raw)}`);
      return;
    }
    try {
      await this.handle(parsed.data);
    } catch (error) {
      this.ctx.log.error(`The checklist could not carry out "${parsed.data.type}"`, error);
    }
  }

  private remember(key: string | undefined): void {
    if (this.ctx.workspaceState.get<string>(SHOWN_KEY) !== key) {
      void this.ctx.workspaceState.update(SHOWN_KEY, key);
    }
    this.key = key;
  }

  private create(column: vscode.ViewColumn, preserveFocus: boolean, attempt: number): void {
    const panel = vscode.window.createWebviewPanel(CHECKLIST_VIEW_TYPE, this.titleFor(this.key), { viewColumn: column, preserveFocus }, this.options());
    this.attach(panel, attempt);
  }

  private options(): vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  /**
   * In a browser (code-server, vscode.dev) a webview opened right after another closed sometimes
   * never loads: its frame waits for a service worker that does not come. If the page has not said
   * "ready" in time, the panel is opened again in its place, at most twice.
   */
  private watchLoading(panel: vscode.WebviewPanel, attempt: number): vscode.Disposable {
    const timer = setTimeout(() => {
      if (this.panel !== panel || this.ready) {
        return;
      }
      if (attempt >= LOAD_ATTEMPTS - 1) {
        this.ctx.log.warn('The checklist page did not load. Close the panel and open it again.');
        return;
      }
      this.ctx.log.warn(`The checklist page did not load within ${LOAD_WAIT_MS / 1000} s; opening it again.`);
      const column = panel.viewColumn ?? vscode.ViewColumn.Beside;
      // The new panel first: a webview opened just after another one closed is the one that hangs.
      this.create(column, true, attempt + 1);
      panel.dispose();
    }, LOAD_WAIT_MS);
    return new vscode.Disposable(() => clearTimeout(timer));
  }

  private attach(panel: vscode.WebviewPanel, attempt = 0): void {
    for (const d of this.panelDisposables) {
      d.dispose();
    }
    this.panel = panel;
    this.ready = false;
    this.lastPosted = undefined;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity-bar.svg');
    this.html = checklistHtml(panel.webview, this.extensionUri, vscode.env.language);
    panel.webview.html = this.html;
    const own: vscode.Disposable[] = [
      this.watchLoading(panel, attempt),
      // Only the current panel's page is listened to: a replaced one may still be closing.
      panel.webview.onDidReceiveMessage((m: unknown) => (this.panel === panel ? void this.receive(m) : undefined)),
      panel.onDidDispose(() => {
        for (const d of own) {
          d.dispose();
        }
        if (this.panel === panel) {
          this.panel = undefined;
          this.html = undefined;
          this.lastPosted = undefined;
          this.panelDisposables = [];
        }
      }),
    ];
    this.panelDisposables = own;
  }

  private async handle(message: FromWebview): Promise<void> {
    if (message.type === 'ready') {
      // Nothing is posted before the page listens: state goes out only after it says so.
      this.ready = true;
      this.post();
      return;
    }
    if (message.type === 'openLink') {
      if (/^https:\/\//i.test(message.url)) {
        await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
      } else {
        this.ctx.log.warn(`The checklist asked to open a link that is not https: ${describe(message.url)}`);
      }
      return;
    }
    const entry = this.key === undefined ? undefined : this.ctx.model.entryFor(this.key);
    const store = entry && this.ctx.stores.storeFor(entry.folder.uri.toString());
    if (!entry || !store) {
      return;
    }
    const contract = { contractId: entry.status.contract.id, folder: entry.folder.uri.toString() };
    if (message.type === 'toggleStep') {
      const at = dayToIso(instantToDay(this.ctx.clock.now(), this.ctx.clock.utcOffsetMinutes()));
      await applyIntent(this.ctx, store, { kind: 'setChecklistStep', contractId: contract.contractId, stepId: message.stepId, done: message.done, at });
      return;
    }
    const action = message.action;
    const now = { at: instantToIso(this.ctx.clock.now(), this.ctx.clock.utcOffsetMinutes()) };
    switch (action.kind) {
      case 'insertTemplate':
        await vscode.commands.executeCommand('contractGuard.insertTemplate', { ...contract, templateId: action.templateId });
        break;
      case 'recordOperatorReport':
        await vscode.commands.executeCommand('contractGuard.recordOperatorReport', contract, now);
        break;
      case 'recordTerminationRequest':
        await vscode.commands.executeCommand('contractGuard.recordTerminationRequest', contract, now);
        break;
      case 'openContractPage':
        await vscode.commands.executeCommand('contractGuard.openClientPage', contract);
        break;
      case 'setStage':
        await vscode.commands.executeCommand('contractGuard.setStage', contract, { stage: action.stage });
        break;
      case 'exportTimeline':
        await vscode.commands.executeCommand('contractGuard.exportTimeline', contract, { format: 'markdown' });
        break;
    }
  }

  private post(): void {
    if (!this.panel) {
      return;
    }
    const entry = this.key === undefined ? undefined : this.ctx.model.entryFor(this.key);
    this.panel.title = this.titleFor(this.key);
    if (!this.ready) {
      return;
    }
    const snapshot = entry && this.ctx.model.snapshots.find((s) => s.uri.toString() === entry.uri.toString());
    const problem = snapshot?.kind === 'loaded' && snapshot.invalid ? snapshot.problems[0]?.message : undefined;
    const message: ToWebview = {
      type: 'state',
      labels: checklistLabels(),
      ...(entry ? { content: checklistContent(entry.status, this.ctx.locale), key: entry.key } : {}),
      ...(problem === undefined ? {} : { problem }),
    };
    this.lastPosted = message;
    void this.panel.webview.postMessage(message);
  }

  private titleFor(key: string | undefined): string {
    const entry = key === undefined ? undefined : this.ctx.model.entryFor(key);
    return entry ? vscode.l10n.t('Checklist: {0}', entry.status.contract.title) : vscode.l10n.t('Checklist');
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of [...this.disposables, ...this.panelDisposables]) {
      d.dispose();
    }
  }
}

/** A short, safe description of something that arrived from outside, for the log. */
function describe(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
