import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import { resolveContract } from '../commands/pickContract';
import { CHECKLIST_VIEW_TYPE, type ChecklistPanel } from './checklistPanel';

/** Open Checklist, and the serializer that brings the panel back after VS Code restarts. */
export function registerOpenChecklist(ctx: CommandContext, panel: ChecklistPanel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('contractGuard.openChecklist', async (arg: unknown) => {
      const entry = await resolveContract(ctx, arg);
      if (entry) {
        panel.show(entry.key);
      }
    }),
    vscode.window.registerWebviewPanelSerializer(CHECKLIST_VIEW_TYPE, {
      deserializeWebviewPanel: (webviewPanel, state: unknown) => {
        panel.revive(webviewPanel, state);
        return Promise.resolve();
      },
    }),
  ];
}
