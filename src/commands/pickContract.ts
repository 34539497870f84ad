import * as vscode from 'vscode';
import { pick, PLATFORM_LABELS, STAGE_LABELS, type Stage } from '../core';
import type { StatusEntry } from '../status/statusModel';
import { isContractNode } from '../tree/nodes';
import type { CommandContext } from './context';

/**
 * The contract a command acts on: the row it was invoked on, or, from the palette, one the writer
 * picks. `allowed` narrows the list to contracts where the command makes sense.
 */
export async function resolveContract(
  ctx: CommandContext,
  arg: unknown,
  allowed: (stage: Stage) => boolean = () => true,
): Promise<StatusEntry | undefined> {
  if (isContractNode(arg)) {
    return ctx.model.entryFor(arg.entry.key) ?? arg.entry;
  }
  const selected = ctx.view.selection.find(isContractNode);
  if (arg === undefined && selected && ctx.view.visible && allowed(selected.entry.status.contract.stage)) {
    return ctx.model.entryFor(selected.entry.key) ?? selected.entry;
  }
  const candidates = ctx.model.all.filter((e) => allowed(e.status.contract.stage));
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No contract to choose from.'));
    return undefined;
  }
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const items = candidates.map((entry) => ({
    label: entry.status.contract.title,
    description: [
      entry.status.contract.client.name,
      pick(PLATFORM_LABELS[entry.status.contract.platform], ctx.locale),
      pick(STAGE_LABELS[entry.status.contract.stage], ctx.locale),
      multiRoot ? entry.folder.name : '',
    ]
      .filter(Boolean)
      .join(' · '),
    entry,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Choose a contract'),
    matchOnDescription: true,
  });
  return chosen?.entry;
}
