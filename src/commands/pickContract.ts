import * as vscode from 'vscode';
import { literalLabel, literalMessage, pick, PLATFORM_LABELS, stageLabel, type Stage } from '../core';
import type { StatusEntry } from '../status/statusModel';
import { isContractNode } from '../tree/nodes';
import { isMultiRoot } from '../config';
import type { CommandContext } from './context';
import { contractByName, presetOf } from './presets';

/**
 * The contract a command acts on: the row it was invoked on, one named by id (keybinding "args"),
 * or, from the palette, one the writer picks. `allowed` narrows the list to contracts where the
 * command makes sense.
 */
export async function resolveContract(
  ctx: CommandContext,
  arg: unknown,
  allowed: (stage: Stage) => boolean = () => true,
): Promise<StatusEntry | undefined> {
  if (isContractNode(arg)) {
    return ctx.model.entryFor(arg.entry.key) ?? arg.entry;
  }
  const named = presetOf(contractByName, arg);
  if (named) {
    const found = ctx.model.all.find(
      (e) =>
        e.status.contract.id === named.contractId && (named.folder === undefined || e.folder.uri.toString() === named.folder),
    );
    if (!found) {
      void vscode.window.showErrorMessage(
        literalMessage(vscode.l10n.t('No contract with id "{0}" in the contracts file.', named.contractId)),
      );
    }
    return found;
  }
  // From the palette: always ask, so an action never lands on a row selected long ago.
  const candidates = ctx.model.all.filter((e) => allowed(e.status.contract.stage));
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No contract to choose from.'));
    return undefined;
  }
  const multiRoot = isMultiRoot();
  const items = candidates.map((entry) => ({
    label: literalLabel(entry.status.contract.title),
    description: literalLabel(
      [
        entry.status.contract.client.name,
        pick(PLATFORM_LABELS[entry.status.contract.platform], ctx.locale),
        pick(stageLabel(entry.status.contract.stage, entry.status.contract.platform), ctx.locale),
        multiRoot ? entry.folder.name : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    entry,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Choose a contract'),
    matchOnDescription: true,
  });
  return chosen?.entry;
}
