import * as vscode from 'vscode';
import { literalLabel } from '../core';
import { basename } from './fileName';
import type { MergeOffer } from './mergeOffers';

/** The row of a merge on offer: what the other version is, and the button that merges it. */
export function mergeOfferItem(offer: MergeOffer, id: string): vscode.TreeItem {
  const name = basename(offer.uri);
  if (offer.kind === 'gitConflict') {
    const item = new vscode.TreeItem(
      literalLabel(vscode.l10n.t('{0} holds two versions from a git merge', name)),
      vscode.TreeItemCollapsibleState.None,
    );
    item.id = id;
    item.iconPath = new vscode.ThemeIcon('git-merge', new vscode.ThemeColor('list.warningForeground'));
    item.description = vscode.l10n.t('Merge Both Versions keeps every message');
    item.tooltip = vscode.l10n.t(
      'git could not combine the two versions of the contracts file and left both in it, between <<<<<<< and >>>>>>> lines. Merge Both Versions combines them contract by contract and message by message, and asks about anything that differs.',
    );
    item.command = { command: 'contractGuard.mergeBothVersions', title: '', arguments: [offer.uri.toString()] };
    item.contextValue = 'mergeOffer gitConflict';
    return item;
  }
  const label =
    offer.missing === undefined
      ? vscode.l10n.t('another version of this file: {0} (it cannot be read)', basename(offer.copy))
      : vscode.l10n.t('another version of this file: {0} message(s) not in it', offer.missing);
  const item = new vscode.TreeItem(literalLabel(label), vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.iconPath = new vscode.ThemeIcon('files', new vscode.ThemeColor('list.warningForeground'));
  item.description = literalLabel(basename(offer.copy));
  item.tooltip = vscode.l10n.t(
    '{0} is a copy of {1} that a sync service kept when both machines changed the file. Merge Into Contracts File adds what it holds to {1}, then moves the copy to the trash.',
    basename(offer.copy),
    name,
  );
  item.command = { command: 'contractGuard.mergeSyncCopy', title: '', arguments: [offer.copy.toString()] };
  item.contextValue = 'mergeOffer syncCopy';
  return item;
}
