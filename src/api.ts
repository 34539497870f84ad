import * as vscode from 'vscode';
import { optionalModules } from './optional/loadOptional';
import { log, type LogRecording } from './log/log';
import type { ChecklistSlot } from './checklist/openChecklist';
import type { ToWebview } from './checklist/protocol';
import type { AttentionIndicators } from './statusBar/attentionStatusBar';
import type { TemplateLibrary } from './templates/templateLibrary';
import type { StatusModel } from './status/statusModel';
import type { ContractsTree } from './tree/contractsTree';
import type { TreeNode } from './tree/nodes';
import type { MergeQuestions, OpenQuestion } from './merge/askConflicts';

export type { LogRecording } from './log/log';

/** One row of the Contracts view as VS Code is given it. */
export interface ViewRow {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** The hover as VS Code gets it: Markdown source for contract rows, plain text otherwise. */
  readonly tooltip?: string;
  readonly contextValue?: string;
  /** What clicking the row runs, if anything. */
  readonly command?: { readonly command: string; readonly arguments?: readonly unknown[] };
  readonly children: readonly ViewRow[];
}

/**
 * What activate() returns: a read-only look at the Contracts view for other extensions and for the
 * integration tests, which check what the writer would see rather than internal state.
 */
export interface ContractGuardApi {
  /** The rows of the Contracts view, rendered by the real tree provider, three levels deep. */
  viewRows(): ViewRow[];
  /** The number on the view's badge (contracts that need action today). */
  badge(): number | undefined;
  /** The status bar item's text, or undefined while it is hidden. */
  statusBarText(): string | undefined;
  /** The status bar item's hover (the count, then the money at stake over every folder), or undefined while hidden. */
  statusBarTooltip(): string | undefined;
  /** Re-reads every contracts file; resolves when the view is up to date. */
  reload(): Promise<void>;
  /** Fires after the view's data changed. */
  readonly onDidChange: vscode.Event<void>;
  /** The tree node of a contract row, as VS Code hands it to a context-menu command. */
  contractNode(contractId: string): unknown;
  /**
   * The rows under one contract (next step, recent contacts), from the real tree provider: what the
   * writer sees on expanding it, without rendering the whole view (which, for 10,000 contracts, is
   * what a check of one row would otherwise cost).
   */
  contractRows(contractId: string): ViewRow[];
  /** What Insert Message Template offers for a contract, in the picker's order: those that fit first. */
  templateChoices(contractId: string): TemplateChoice[];
  /** Fires after the writer's own templates were read again. */
  readonly onDidChangeTemplates: vscode.Event<void>;
  /** The last lines of the Contract Guard log ("[error] …"), for diagnosis and the tests. */
  recentLog(): readonly string[];
  /**
   * The checklist panel, or undefined when closed: the contract it shows (its id, and the key the
   * serializer restores it by), the HTML of its page, and the state last posted to the page (set
   * once the page has said it is ready).
   */
  checklist(): ChecklistInfo | undefined;
}

/**
 * Drivers for the integration tests, which can tick steps and so write the writer's contracts file.
 * They are on the API only while the extension runs under a test harness or from source
 * (ExtensionMode.Test / Development): an installed extension never hands them to other extensions,
 * and the installed-package suite checks that they are absent there.
 */
export interface ContractGuardTestHooks {
  /** Hands the checklist a message as if its webview had sent it (for the tests of malformed input). */
  sendToChecklist(message: unknown): Promise<void>;
  /** Gives the checklist's serializer a panel and a saved state, as VS Code does after a reload. */
  reviveChecklist(panel: vscode.WebviewPanel, state: unknown): void;
  /** The merge question on screen (a conflict between two versions), or undefined. */
  mergeQuestion(): OpenQuestion | undefined;
  /**
   * Starts keeping every log line from now on, until disposed: what a test caused, counted whole
   * (recentLog() keeps only the last 200 lines, so a count taken from it can shift as old ones drop).
   */
  recordLog(): LogRecording;
}

export interface ChecklistInfo {
  readonly contractId?: string;
  readonly key?: string;
  readonly html: string;
  readonly posted?: ToWebview;
}

export interface TemplateChoice {
  readonly id: string;
  readonly title: string;
  readonly fits: boolean;
  readonly own: boolean;
}

export function createApi(
  tree: ContractsTree,
  view: vscode.TreeView<TreeNode>,
  model: StatusModel,
  indicators: AttentionIndicators,
  templates: TemplateLibrary,
  checklistSlot: ChecklistSlot,
  mode: vscode.ExtensionMode,
  mergeQuestions?: MergeQuestions,
): ContractGuardApi | (ContractGuardApi & ContractGuardTestHooks) {
  const render = (node: TreeNode, depth: number): ViewRow => {
    // With the hover VS Code asks for when the writer points at the row.
    const item = tree.resolveTreeItem(tree.getTreeItem(node), node);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    return {
      id: item.id ?? node.id,
      label,
      description: typeof item.description === 'string' ? item.description : '',
      ...(item.tooltip === undefined ? {} : { tooltip: typeof item.tooltip === 'string' ? item.tooltip : item.tooltip.value }),
      ...(item.contextValue === undefined ? {} : { contextValue: item.contextValue }),
      ...(item.command === undefined
        ? {}
        : { command: { command: item.command.command, arguments: item.command.arguments ?? [] } }),
      children: depth < 2 ? tree.getChildren(node).map((child) => render(child, depth + 1)) : [],
    };
  };
  const api: ContractGuardApi = {
    viewRows: () => tree.getChildren().map((node) => render(node, 0)),
    badge: () => view.badge?.value,
    statusBarText: () => indicators.text,
    statusBarTooltip: () => indicators.tooltip,
    reload: async () => {
      await vscode.commands.executeCommand('contractGuard.refresh');
    },
    onDidChange: model.onDidChange,
    recentLog: () => log.recentLines(),
    contractNode: (contractId) => {
      const entry = model.all.find((e) => e.status.contract.id === contractId);
      return entry ? tree.contractNode(entry.key) : undefined;
    },
    contractRows: (contractId) => {
      const entry = model.all.find((e) => e.status.contract.id === contractId);
      const node = entry ? tree.contractNode(entry.key) : undefined;
      return node ? tree.getChildren(node).map((child) => render(child, 2)) : [];
    },
    templateChoices: (contractId) => {
      const entry = model.all.find((e) => e.status.contract.id === contractId);
      if (!entry) {
        return [];
      }
      const { fitting, others } = optionalModules().templates.arrangeForContract(
        templates.templatesFor(entry.folder),
        entry.status.contract,
      );
      const choice =
        (fits: boolean) =>
        (t: (typeof fitting)[number]): TemplateChoice => ({
          id: t.id,
          title: t.title,
          fits,
          own: t.origin.kind === 'workspace',
        });
      return [...fitting.map(choice(true)), ...others.map(choice(false))];
    },
    onDidChangeTemplates: templates.onDidChange,
    checklist: () => {
      const checklist = checklistSlot.madePanel;
      if (checklist?.html === undefined) {
        return undefined;
      }
      const key = checklist.contractKey;
      const contractId = key === undefined ? undefined : model.entryFor(key)?.status.contract.id;
      return {
        html: checklist.html,
        ...(key === undefined ? {} : { key }),
        ...(contractId === undefined ? {} : { contractId }),
        ...(checklist.lastPosted === undefined ? {} : { posted: checklist.lastPosted }),
      };
    },
  };
  if (mode === vscode.ExtensionMode.Production) {
    return Object.freeze(api);
  }
  const hooks: ContractGuardTestHooks = {
    sendToChecklist: (message) => checklistSlot.panel.receive(message),
    reviveChecklist: (panel, state) => checklistSlot.panel.revive(panel, state),
    mergeQuestion: () => mergeQuestions?.current,
    recordLog: () => log.record(),
  };
  return Object.freeze({ ...api, ...hooks });
}
