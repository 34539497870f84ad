import * as vscode from 'vscode';
import { literalMessage, type EditIntent } from '../core';
import { log } from '../log/log';
import { WriteRefusedError, type FolderStore } from '../store/folderStore';

/**
 * Runs a write and turns a refusal into a message the writer can act on, with a button to the
 * file. Returns whether the file was changed.
 */
export async function applyIntent(store: FolderStore, intent: EditIntent): Promise<boolean> {
  try {
    await store.write(intent);
    return true;
  } catch (error) {
    if (error instanceof WriteRefusedError) {
      log.warn(`Write refused (${intent.kind}): ${error.message}`);
    } else {
      log.error(`Write failed (${intent.kind})`, error);
    }
    const open = vscode.l10n.t('Open Contracts File');
    const message =
      error instanceof WriteRefusedError
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
