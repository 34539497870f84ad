import * as vscode from 'vscode';
import { literalMessage, type EditIntent } from '../core';
import type { FolderStore } from '../store/folderStore';
import { isWriteRefused } from '../store/writeContracts';
import type { CommandContext } from './context';

/**
 * Runs a write and turns a refusal into a message the writer can act on, with a button to the
 * file. Returns whether the file was changed.
 */
export async function applyIntent(ctx: Pick<CommandContext, 'log'>, store: FolderStore, intent: EditIntent): Promise<boolean> {
  try {
    await store.write(intent);
    return true;
  } catch (error) {
    if (isWriteRefused(error)) {
      ctx.log.warn(`Write refused (${intent.kind}): ${error.message}`);
    } else {
      ctx.log.error(`Write failed (${intent.kind})`, error);
    }
    const open = vscode.l10n.t('Open Contracts File');
    const message =
      isWriteRefused(error)
        ? error.message
        : vscode.l10n.t('Could not update the contracts file: {0}', String(error));
    // Not awaited: the command is over once the writer is told; the button works whenever clicked.
    void vscode.window.showErrorMessage(literalMessage(message), open).then((answer) => {
      if (answer === open) {
        void vscode.commands.executeCommand('contractGuard.openContractsFile', store.folder.uri.toString());
      }
    });
    return false;
  }
}
