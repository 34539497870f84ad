import * as vscode from 'vscode';
import {
  canEscalate,
  CHANNEL_LABELS,
  dayToShortLabel,
  legalNextStages,
  literalLabel,
  moneyAtStake,
  pick,
  stakeLines,
  stakeSummary,
  urgencyGroupOf,
  type Locale,
  type Stage,
  type Urgency,
} from '../core';
import { isMultiRoot } from '../config';
import type { TreeNode } from './nodes';
import { overdueUri } from './overdueDecorations';
import { describeContract } from './text';

/** How each kind of row looks: label, icon, colour, description and the menus it offers. */

const STAGE_ICONS: Record<Stage, string> = {
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

type Of<K extends TreeNode['kind']> = Extract<TreeNode, { kind: K }>;

export function problemsItem(node: Of<'problems'>): vscode.TreeItem {
  const count = node.snapshot.problems.filter((p) => p.severity === 'error').length;
  const name = vscode.workspace.asRelativePath(node.snapshot.uri, true);
  const item = new vscode.TreeItem(
    literalLabel(vscode.l10n.t('{0} has {1} problem(s)', name, count)),
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

export function problemItem(node: Of<'problem'>): vscode.TreeItem {
  const item = new vscode.TreeItem(literalLabel(node.problem.message), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = vscode.l10n.t('line {0}', node.problem.range.start.line + 1);
  item.iconPath = new vscode.ThemeIcon(node.problem.severity === 'error' ? 'error' : 'warning');
  item.tooltip = literalLabel(node.problem.message);
  item.command = { command: 'contractGuard.openProblem', title: '', arguments: [node.snapshot.uri, node.problem.range] };
  return item;
}

export function groupItem(node: Of<'group'>, locale: Locale): vscode.TreeItem {
  const item = new vscode.TreeItem(pick(node.group.label, locale), vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.id;
  // What is at stake in the group: the sum on the row, each kind in the hover.
  const stake = moneyAtStake(node.group.statuses);
  const summary = stakeSummary(stake, locale, vscode.env.language);
  item.description = summary === '' ? String(node.group.statuses.length) : `${node.group.statuses.length} · ${summary}`;
  const lines = stakeLines(stake, locale, vscode.env.language);
  if (lines.length > 0) {
    item.tooltip = lines.join('\n');
  }
  item.contextValue = 'group';
  return item;
}

export function contractItem(node: Of<'contract'>, locale: Locale, stale: boolean): vscode.TreeItem {
  const { status } = node.entry;
  const c = status.contract;
  const item = new vscode.TreeItem(literalLabel(c.title), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  const folder = isMultiRoot() ? node.entry.folder.name : undefined;
  item.description = [describeContract(status, folder), stale ? vscode.l10n.t('(stale)') : ''].filter(Boolean).join(' ');
  const closed = urgencyGroupOf(status) === 'closed';
  item.iconPath = new vscode.ThemeIcon(
    STAGE_ICONS[c.stage],
    new vscode.ThemeColor(closed ? 'disabledForeground' : URGENCY_COLORS[status.urgency]),
  );
  item.resourceUri = status.urgency === 'overdue' ? overdueUri(node.id) : undefined;
  // Menus pick their commands with `viewItem =~ /\bflag\b/`.
  const flags = ['contract', `stage-${c.stage}`, `urgency-${status.urgency}`];
  if (c.url ?? c.client.profileUrl) {
    flags.push('hasUrl');
  }
  if (legalNextStages(c.stage).length > 0) {
    flags.push('hasNextStage');
  }
  if (canEscalate(c.stage)) {
    flags.push('canReport', 'canTerminate');
  }
  item.contextValue = flags.join(' ');
  item.accessibilityInformation = { label: `${c.title}, ${item.description}` };
  return item;
}

export function nextStepItem(node: Of<'next'>, locale: Locale): vscode.TreeItem {
  const next = node.entry.status.next;
  const item = new vscode.TreeItem(next ? pick(next.title, locale) : '', vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon('arrow-right', new vscode.ThemeColor(URGENCY_COLORS[node.entry.status.urgency]));
  item.description = next?.due === undefined ? '' : vscode.l10n.t('due {0}', dayToShortLabel(next.due));
  item.contextValue = 'nextStep';
  return item;
}

export function contactItem(node: Of<'contact'>, locale: Locale): vscode.TreeItem {
  const c = node.logged.contact;
  const item = new vscode.TreeItem(
    literalLabel(c.summary ?? pick(CHANNEL_LABELS[c.channel], locale)),
    vscode.TreeItemCollapsibleState.None,
  );
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon(c.direction === 'sent' ? 'arrow-up' : 'arrow-down');
  const who = c.direction === 'sent' ? vscode.l10n.t('sent') : vscode.l10n.t('received');
  item.description = `${dayToShortLabel(node.logged.day)} · ${who} · ${pick(CHANNEL_LABELS[c.channel], locale)}`;
  item.contextValue = 'contact';
  return item;
}
