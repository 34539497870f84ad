import * as vscode from 'vscode';
import {
  CHANNEL_LABELS,
  dayToShortLabel,
  groupStatuses,
  legalNextStages,
  pick,
  urgencyGroupOf,
  type Grouping,
  type Locale,
  type Urgency,
} from '../core';
import type { StatusEntry, StatusModel } from '../status/statusModel';
import { contractTooltip } from './tooltip';
import { describeContract } from './text';
import type { ContractNode, TreeNode } from './nodes';
import { overdueUri } from './overdueDecorations';

const RECENT_CONTACTS = 5;

const STAGE_ICONS: Record<string, string> = {
  applied: 'mail',
  contracted: 'law',
  escrowFunded: 'lock',
  delivered: 'package',
  accepted: 'pass',
  closed: 'archive',
  cancelled: 'circle-slash',
};

const URGENCY_COLORS: Record<Urgency, string> = {
  overdue: 'errorForeground',
  act: 'list.warningForeground',
  watch: 'charts.yellow',
  ok: 'charts.green',
};

/**
 * The Contracts view. It renders the status model and nothing else; rows have stable ids so
 * expansion and selection survive every refresh.
 */
export class ContractsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: TreeNode[] = [];
  private readonly children = new Map<string, TreeNode[]>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly model: StatusModel,
    private readonly locale: Locale,
    private grouping: Grouping,
  ) {
    this.subscription = model.onDidChange(() => this.rebuild());
    this.rebuild();
  }

  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    this.rebuild();
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node ? (this.children.get(node.id) ?? []) : this.roots;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  /** The row of a contract, for reveal() after a command. */
  contractNode(key: string): ContractNode | undefined {
    for (const list of [this.roots, ...this.children.values()]) {
      const found = list.find((n): n is ContractNode => n.kind === 'contract' && n.id === key);
      if (found) {
        return found;
      }
    }
    return undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'problems':
        return this.problemsItem(node);
      case 'problem': {
        const item = new vscode.TreeItem(node.problem.message, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = vscode.l10n.t('line {0}', node.problem.range.start.line + 1);
        item.iconPath = new vscode.ThemeIcon(node.problem.severity === 'error' ? 'error' : 'warning');
        item.tooltip = node.problem.message;
        item.command = { command: 'contractGuard.openProblem', title: '', arguments: [node.snapshot.uri, node.problem.range] };
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(pick(node.group.label, this.locale), vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.group.statuses.length);
        item.contextValue = 'group';
        return item;
      }
      case 'contract':
        return this.contractItem(node);
      case 'next': {
        const next = node.entry.status.next;
        const item = new vscode.TreeItem(next ? pick(next.title, this.locale) : '', vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('arrow-right', new vscode.ThemeColor(URGENCY_COLORS[node.entry.status.urgency]));
        item.description = next?.due === undefined ? '' : vscode.l10n.t('due {0}', dayToShortLabel(next.due));
        item.tooltip = next?.detail ? pick(next.detail, this.locale) : undefined;
        item.contextValue = 'nextStep';
        return item;
      }
      case 'contact': {
        const c = node.logged.contact;
        const item = new vscode.TreeItem(
          c.summary ?? pick(CHANNEL_LABELS[c.channel], this.locale),
          vscode.TreeItemCollapsibleState.None,
        );
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon(c.direction === 'sent' ? 'arrow-up' : 'arrow-down');
        const who = c.direction === 'sent' ? vscode.l10n.t('sent') : vscode.l10n.t('received');
        item.description = `${dayToShortLabel(node.logged.day)} · ${who} · ${pick(CHANNEL_LABELS[c.channel], this.locale)}`;
        item.contextValue = 'contact';
        return item;
      }
    }
  }

  private problemsItem(node: Extract<TreeNode, { kind: 'problems' }>): vscode.TreeItem {
    const count = node.snapshot.problems.filter((p) => p.severity === 'error').length;
    const name = vscode.workspace.asRelativePath(node.snapshot.uri, true);
    const item = new vscode.TreeItem(
      vscode.l10n.t('{0} has {1} problem(s)', name, count),
      vscode.TreeItemCollapsibleState.Expanded,
    );
    item.id = node.id;
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    item.description = node.snapshot.stale
      ? vscode.l10n.t('showing the last readable version')
      : vscode.l10n.t('fix it to see your contracts');
    const first = node.snapshot.problems[0];
    if (first) {
      item.command = { command: 'contractGuard.openProblem', title: '', arguments: [node.snapshot.uri, first.range] };
    }
    item.contextValue = 'problems';
    return item;
  }

  private contractItem(node: ContractNode): vscode.TreeItem {
    const { status } = node.entry;
    const c = status.contract;
    const item = new vscode.TreeItem(c.title, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? node.entry.folder.name : undefined;
    const stale = this.isStale(node.entry);
    item.description = [describeContract(status, multiRoot), stale ? vscode.l10n.t('(stale)') : ''].filter(Boolean).join(' ');
    const closed = urgencyGroupOf(status) === 'closed';
    item.iconPath = new vscode.ThemeIcon(
      STAGE_ICONS[c.stage] ?? 'circle-outline',
      new vscode.ThemeColor(closed ? 'disabledForeground' : URGENCY_COLORS[status.urgency]),
    );
    item.tooltip = contractTooltip(status, this.locale);
    item.resourceUri = status.urgency === 'overdue' ? overdueUri(node.id) : undefined;
    const flags = ['contract', `stage-${c.stage}`, `urgency-${status.urgency}`];
    if (c.url ?? c.client.profileUrl) {
      flags.push('hasUrl');
    }
    if (legalNextStages(c.stage).length > 0) {
      flags.push('hasNextStage');
    }
    if (c.stage === 'escrowFunded' || c.stage === 'delivered') {
      flags.push('canReport', 'canTerminate');
    }
    item.contextValue = flags.join(' ');
    item.accessibilityInformation = { label: `${c.title}, ${item.description}` };
    return item;
  }

  private isStale(entry: StatusEntry): boolean {
    return this.model.snapshots.some((s) => s.kind === 'loaded' && s.stale && s.uri.toString() === entry.uri.toString());
  }

  private rebuild(): void {
    this.children.clear();
    const roots: TreeNode[] = [];
    for (const snapshot of this.model.snapshots) {
      if (snapshot.kind === 'loaded' && snapshot.invalid) {
        const parent: TreeNode = { kind: 'problems', id: `problems/${snapshot.uri.toString()}`, snapshot };
        roots.push(parent);
        this.children.set(
          parent.id,
          snapshot.problems.map((problem, i) => ({ kind: 'problem', id: `${parent.id}/${i}`, snapshot, problem, parent })),
        );
      }
    }
    const byKey = new Map(this.model.all.map((e) => [e.status, e] as const));
    for (const group of groupStatuses(
      this.model.all.map((e) => e.status),
      this.grouping,
    )) {
      const groupNode: TreeNode = { kind: 'group', id: `group/${this.grouping}/${group.key}`, group };
      roots.push(groupNode);
      const rows: TreeNode[] = [];
      for (const status of group.statuses) {
        const entry = byKey.get(status);
        if (entry) {
          rows.push(this.contractWithChildren(entry, groupNode));
        }
      }
      this.children.set(groupNode.id, rows);
    }
    this.roots = roots;
    this.changed.fire(undefined);
  }

  private contractWithChildren(entry: StatusEntry, parent: TreeNode): ContractNode {
    const node: ContractNode = { kind: 'contract', id: entry.key, entry, parent };
    const kids: TreeNode[] = [];
    if (entry.status.next) {
      kids.push({ kind: 'next', id: `${entry.key}/next`, entry, parent: node });
    }
    const recent = [...entry.status.facts.entries].reverse().slice(0, RECENT_CONTACTS);
    recent.forEach((logged, i) =>
      kids.push({ kind: 'contact', id: `${entry.key}/contact/${logged.instant}/${i}`, entry, logged, parent: node }),
    );
    this.children.set(node.id, kids);
    return node;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
