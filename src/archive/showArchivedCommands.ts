import * as vscode from 'vscode';
import { SHOW_ARCHIVED_KEY, type ArchivedContracts } from './archivedContracts';

/**
 * Show Archived / Hide Archived: the usual pair of title-bar commands toggled by a context key.
 * The choice is remembered per workspace (workspaceState), like the grouping, since archives are a
 * property of the workspace's files rather than of the writer's taste.
 */
export async function setShowArchived(state: vscode.Memento, archived: ArchivedContracts, on: boolean): Promise<void> {
  await vscode.commands.executeCommand('setContext', SHOW_ARCHIVED_KEY, on);
  await state.update(SHOW_ARCHIVED_KEY, on);
  await archived.setEnabled(on);
}

export function registerShowArchivedCommands(state: vscode.Memento, archived: ArchivedContracts): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('contractGuard.showArchived', () => setShowArchived(state, archived, true)),
    vscode.commands.registerCommand('contractGuard.hideArchived', () => setShowArchived(state, archived, false)),
  ];
}

export function rememberedShowArchived(state: vscode.Memento): boolean {
  return state.get<boolean>(SHOW_ARCHIVED_KEY) === true;
}
