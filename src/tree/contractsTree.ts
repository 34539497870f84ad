import * as vscode from 'vscode';
import { groupStatuses, pick, type Grouping, type Locale, type Localized, type NextStep } from '../core';
import type { StatusEntry, StatusModel } from '../status/statusModel';
import { log } from '../log/log';
import type { ArchivedContracts } from '../archive/archivedContracts';
import type { MergeOffers } from '../merge/mergeOffers';
import { mergeOfferItem } from '../merge/mergeOfferItem';
import { archivedContractItem, archivedGroupItem, archiveProblemItem } from './archivedItems';
import type { ContractNode, TreeNode } from './nodes';
import { contactItem, contractItem, groupItem, nextStepItem, problemItem, problemsItem } from './treeItems';
import { contractTooltip } from './tooltip';
import { recentContacts } from './recentContacts';

/** The steps' texts (src/core/playbooks/texts), which the extension hands over from dist/optional.js when first asked. */
export type StepTexts = () => { nextStepDetail(next: NextStep | undefined): Localized | undefined };

const RECENT_CONTACTS = 5;

/**
 * The Contracts view. It renders the status model and nothing else; rows have stable ids so
 * expansion and selection survive every refresh.
 */
export class ContractsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: TreeNode[] = [];
  private readonly children = new Map<string, TreeNode[]>();
  private readonly contracts = new Map<string, ContractNode>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly model: StatusModel,
    private readonly locale: Locale,
    private grouping: Grouping,
    private readonly archived?: ArchivedContracts,
    private readonly merges?: MergeOffers,
    private readonly texts?: StepTexts,
  ) {
    this.subscriptions = [model.onDidChange(() => this.rebuild())];
    for (const source of [archived, merges]) {
      if (source) {
        this.subscriptions.push(source.onDidChange(() => this.rebuild()));
      }
    }
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

  /** The row of a contract, for reveal() and for commands run by id. */
  contractNode(key: string): ContractNode | undefined {
    return this.contracts.get(key);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    try {
      return this.itemOf(node);
    } catch (error) {
      // One row that cannot be drawn shows as a plain row; the rest of the view stays.
      log.error(`Could not draw the row ${node.id}`, error);
      const item = new vscode.TreeItem(vscode.l10n.t('(this row could not be shown; see Contract Guard: Show Log)'));
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon('warning');
      return item;
    }
  }

  /**
   * The hovers of contract and next-step rows, which VS Code asks for when the writer hovers a row
   * (their tooltip is left unset until then). They show the steps' texts, which load with
   * dist/optional.js rather than with the extension: a first hover loads it.
   */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'contract') {
      const { status } = node.entry;
      // The contract's facts need no step text: if the texts cannot load, the hover still has them
      // (VS Code asks for a row's hover only once until the view redraws).
      item.tooltip = contractTooltip(status, this.locale, this.stepDetail(node));
    } else if (node.kind === 'next') {
      const detail = this.stepDetail(node);
      item.tooltip = detail ? pick(detail, this.locale) : undefined;
    }
    return item;
  }

  private stepDetail(node: { readonly id: string; readonly entry: StatusEntry }): Localized | undefined {
    try {
      return this.texts?.().nextStepDetail(node.entry.status.next);
    } catch (error) {
      log.error(`Could not load the step texts for the hover of the row ${node.id}`, error);
      return undefined;
    }
  }

  private itemOf(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'problems':
        return problemsItem(node);
      case 'problem':
        return problemItem(node);
      case 'group':
        return groupItem(node, this.locale);
      case 'contract':
        return contractItem(node, this.locale, this.isStale(node.entry));
      case 'next':
        return nextStepItem(node, this.locale);
      case 'contact':
        return contactItem(node, this.locale);
      case 'archived':
        return archivedGroupItem(node);
      case 'archivedContract':
        return archivedContractItem(node, this.locale);
      case 'archiveProblem':
        return archiveProblemItem(node);
      case 'mergeOffer':
        return mergeOfferItem(node.offer, node.id);
    }
  }

  private isStale(entry: StatusEntry): boolean {
    return this.model.snapshots.some((s) => s.kind === 'loaded' && s.stale && s.uri.toString() === entry.uri.toString());
  }

  private rebuild(): void {
    this.children.clear();
    this.contracts.clear();
    // First: a second version of the file holds messages the view does not show yet.
    const roots: TreeNode[] = (this.merges?.offers ?? []).map((offer) => ({
      kind: 'mergeOffer',
      id: `merge/${offer.kind}/${(offer.kind === 'syncCopy' ? offer.copy : offer.uri).toString()}`,
      offer,
    }));
    // git's conflict markers are what makes such a file unreadable: its row says so, not a list of syntax errors.
    const conflicted = new Set((this.merges?.offers ?? []).filter((o) => o.kind === 'gitConflict').map((o) => o.uri.toString()));
    for (const snapshot of this.model.snapshots) {
      if (snapshot.kind === 'loaded' && snapshot.invalid && !conflicted.has(snapshot.uri.toString())) {
        const parent: TreeNode = { kind: 'problems', id: `problems/${snapshot.uri.toString()}`, snapshot };
        roots.push(parent);
        this.children.set(
          parent.id,
          snapshot.problems.map((problem, i) => ({ kind: 'problem', id: `${parent.id}/${i}`, snapshot, problem, parent })),
        );
      }
    }
    const entryOf = new Map(this.model.all.map((e) => [e.status, e] as const));
    for (const group of groupStatuses(
      this.model.all.map((e) => e.status),
      this.grouping,
    )) {
      const groupNode: TreeNode = { kind: 'group', id: `group/${this.grouping}/${group.key}`, group };
      roots.push(groupNode);
      const rows = group.statuses.flatMap((status) => {
        const entry = entryOf.get(status);
        return entry ? [this.contractWithChildren(entry, groupNode)] : [];
      });
      this.children.set(groupNode.id, rows);
    }
    if (this.archived?.enabled) {
      roots.push(this.archivedGroup(this.archived));
    }
    this.roots = roots;
    this.changed.fire(undefined);
  }

  /** Show Archived: the archive files' contracts, last, apart from everything that needs doing. */
  private archivedGroup(archived: ArchivedContracts): TreeNode {
    const { contracts, problems } = archived;
    const group: TreeNode = {
      kind: 'archived',
      id: 'archived',
      count: contracts.length,
      empty: contracts.length + problems.length === 0,
    };
    this.children.set(group.id, [
      ...problems.map((problem): TreeNode => ({
        kind: 'archiveProblem',
        id: `archived/problem/${problem.uri.toString()}`,
        problem,
        parent: group,
      })),
      ...contracts.map((archived): TreeNode => ({
        kind: 'archivedContract',
        id: `archived/${archived.uri.toString()}/${archived.contract.id}`,
        archived,
        parent: group,
      })),
    ]);
    return group;
  }

  private contractWithChildren(entry: StatusEntry, parent: TreeNode): ContractNode {
    const node: ContractNode = { kind: 'contract', id: entry.key, entry, parent };
    this.contracts.set(node.id, node);
    const kids: TreeNode[] = [];
    if (entry.status.next) {
      kids.push({ kind: 'next', id: `${entry.key}/next`, entry, parent: node });
    }
    for (const { logged, id } of recentContacts(entry.status.facts.entries, entry.key, RECENT_CONTACTS)) {
      kids.push({ kind: 'contact', id, entry, logged, parent: node });
    }
    this.children.set(node.id, kids);
    return node;
  }

  dispose(): void {
    for (const s of this.subscriptions) {
      s.dispose();
    }
    this.changed.dispose();
  }
}
