import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import { resolveContract } from '../commands/pickContract';
import type { ChecklistPanel } from './checklistPanel';
import { CHECKLIST_VIEW_TYPE } from './viewType';

/**
 * The checklist panel, made the first time it is needed: its code is in the optional bundle, which a
 * writer who never opens the checklist does not load.
 */
export class ChecklistSlot implements vscode.Disposable {
  private made: ChecklistPanel | undefined;

  constructor(private readonly make: () => ChecklistPanel) {}

  /** The panel, made now if it was not yet. */
  get panel(): ChecklistPanel {
    this.made ??= this.make();
    return this.made;
  }

  /** The panel if it was made, without making it. */
  get madePanel(): ChecklistPanel | undefined {
    return this.made;
  }

  dispose(): void {
    this.made?.dispose();
  }
}

/** Open Checklist, and the serializer that brings the panel back after VS Code restarts. */
export function registerOpenChecklist(ctx: CommandContext, slot: ChecklistSlot): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('contractGuard.openChecklist', async (arg: unknown) => {
      const entry = await resolveContract(ctx, arg);
      if (entry) {
        slot.panel.show(entry.key);
      }
    }),
    vscode.window.registerWebviewPanelSerializer(CHECKLIST_VIEW_TYPE, {
      deserializeWebviewPanel: (webviewPanel, state: unknown) => {
        slot.panel.revive(webviewPanel, state);
        return Promise.resolve();
      },
    }),
  ];
}
