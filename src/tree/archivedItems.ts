import * as vscode from 'vscode';
import { dayToIso, literalLabel, pick, stageLabel, type Locale } from '../core';
import type { TreeNode } from './nodes';

/** How Show Archived's rows look. They are read-only: their contextValue matches no write command's menu. */

type Of<K extends TreeNode['kind']> = Extract<TreeNode, { kind: K }>;

export function archivedGroupItem(node: Of<'archived'>): vscode.TreeItem {
  const item = new vscode.TreeItem(
    vscode.l10n.t('Archived'),
    node.empty ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded,
  );
  item.id = node.id;
  item.description = String(node.count);
  item.iconPath = new vscode.ThemeIcon('archive');
  item.contextValue = 'archivedGroup';
  return item;
}

export function archivedContractItem(node: Of<'archivedContract'>, locale: Locale): vscode.TreeItem {
  const { contract, uri, range, lastActivity: last } = node.archived;
  const item = new vscode.TreeItem(literalLabel(contract.title), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  const file = fileName(uri);
  item.description = literalLabel(
    [pick(stageLabel(contract.stage, contract.platform), locale), last === undefined ? '' : dayToIso(last), file]
      .filter(Boolean)
      .join(' · '),
  );
  item.iconPath = new vscode.ThemeIcon('archive', new vscode.ThemeColor('disabledForeground'));
  item.tooltip = literalLabel(vscode.l10n.t('{0}, archived in {1} (read-only here)', contract.client.name, file));
  item.command = { command: 'contractGuard.openProblem', title: '', arguments: [uri, range] };
  item.contextValue = 'archivedContract';
  return item;
}

export function archiveProblemItem(node: Of<'archiveProblem'>): vscode.TreeItem {
  const { uri, message, range } = node.problem;
  const file = fileName(uri);
  const item = new vscode.TreeItem(
    literalLabel(vscode.l10n.t('{0} could not be read', file)),
    vscode.TreeItemCollapsibleState.None,
  );
  item.id = node.id;
  item.description = literalLabel(message);
  item.tooltip = literalLabel(message);
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
  const zero = { line: 0, character: 0 };
  item.command = { command: 'contractGuard.openProblem', title: '', arguments: [uri, range ?? { start: zero, end: zero }] };
  item.contextValue = 'archiveProblem';
  return item;
}

/** The file's name without its folder (vscode.Uri has no such helper, and the web build has no node:path). */
function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
