import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import { resolveContract } from '../commands/pickContract';
import type { ChecklistDocuments } from './checklistDocument';

/**
 * Opens the checklist of a contract beside the editor. For now it is a Markdown preview; the
 * interactive webview replaces it behind the same command and menu slot.
 */
export function registerOpenChecklist(ctx: CommandContext, documents: ChecklistDocuments): vscode.Disposable {
  return vscode.commands.registerCommand('contractGuard.openChecklist', async (arg: unknown) => {
    const entry = await resolveContract(ctx, arg);
    if (!entry) {
      return;
    }
    const uri = documents.uriFor(entry.key, entry.status.contract.title);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  });
}
