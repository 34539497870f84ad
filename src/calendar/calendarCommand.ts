import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { presetOf } from '../commands/presets';
import type { CalendarExport } from './calendarExport';

/** A keybinding or a test may name the workspace folder (its URI) instead of being asked. */
const folderPreset = z.object({ folder: z.string() });

/** Export Calendar (.ics): writes the folder's contract dates beside its contracts file. */
export function registerExportCalendar(calendar: CalendarExport): vscode.Disposable {
  return vscode.commands.registerCommand('contractGuard.exportCalendar', async (arg: unknown) => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const named = presetOf(folderPreset, arg)?.folder;
    const folder =
      folders.find((f) => f.uri.toString() === named) ?? (folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick());
    if (!folder) {
      return;
    }
    const file = await calendar.exportFolder(folder);
    if (!file) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no contracts file in {0} to export dates from.', folder.name));
      return;
    }
    const open = vscode.l10n.t('Open File');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t('The contract dates are in {0}. Import it into your calendar, or subscribe to it from a synced folder.', vscode.workspace.asRelativePath(file)),
        open,
      )
      .then(async (answer) => {
        if (answer === open) {
          await vscode.window.showTextDocument(file);
        }
      });
  });
}
