import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import { resolveContract } from '../commands/pickContract';
import { log } from '../log/log';
import type { ChecklistPanel } from './checklistPanel';
import { CHECKLIST_VIEW_TYPE } from './viewType';

/**
 * The checklist panel, made the first time it is needed: its code is in the optional bundle, which a
 * writer who never opens the checklist does not load.
 */
export class ChecklistSlot implements vscode.Disposable {
  private made: ChecklistPanel | undefined;
  private disposed = false;

  constructor(private readonly make: () => ChecklistPanel) {}

  /** The panel, made now if it was not yet. */
  get panel(): ChecklistPanel {
    if (this.disposed) {
      // A late call while the extension shuts down must not make a panel nobody disposes.
      throw new Error('The checklist is closed: the extension is shutting down.');
    }
    this.made ??= this.make();
    return this.made;
  }

  /** The panel if it was made, without making it. */
  get madePanel(): ChecklistPanel | undefined {
    return this.made;
  }

  dispose(): void {
    this.disposed = true;
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
        try {
          slot.panel.revive(webviewPanel, state);
        } catch (error) {
          // Without this, a panel that cannot be made (dist/optional.js missing or broken) stays blank, unexplained.
          log.error('The checklist could not be restored', error);
          webviewPanel.dispose();
        }
        return Promise.resolve();
      },
    }),
  ];
}
