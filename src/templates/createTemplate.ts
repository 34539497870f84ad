import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { presetOf } from '../commands/presets';
import type { CommandHandlers } from '../optional/lazyCommands';
import { builtinTemplates, userTemplateFileText } from '../core/templates';
import type { TemplateSource } from './templateSource';
import { templateLanguage, templatesFolderSetting } from './templateSettings';

/** A keybinding or a test may name the built-in and the workspace folder (its URI) instead of asking. */
const createPreset = z.object({ templateId: z.string(), folder: z.optional(z.string()) });

/** Create Template from Built-in: a copy of a built-in in the folder's templates, opened for editing. */
export function createTemplateCommand(library: TemplateSource): CommandHandlers<'contractGuard.createTemplateFromBuiltin'> {
  return {
    'contractGuard.createTemplateFromBuiltin': async (arg: unknown) => {
      const builtins = builtinTemplates(templateLanguage());
      const preset = presetOf(createPreset, arg);
      const named = preset && builtins.find((t) => t.id === preset.templateId);
      const template =
        named ??
        (
          await vscode.window.showQuickPick(
            builtins.map((t) => ({ label: t.title, description: t.id, detail: t.description, template: t })),
            {
              title: vscode.l10n.t('Create Template from Built-in'),
              placeHolder: vscode.l10n.t('Which message do you want to adapt?'),
            },
          )
        )?.template;
      const folder = template && (await pickFolder(preset?.folder));
      if (!template || !folder) {
        return;
      }
      const uri = vscode.Uri.joinPath(folder.uri, templatesFolderSetting(folder), `${template.id}.md`);
      if (await exists(uri)) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('You already have your own "{0}"; it is open for editing.', template.title),
        );
      } else {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(userTemplateFileText(template)));
        // Read at once rather than waiting for the file watcher, which may miss a file in a new folder.
        await library.reload();
      }
      await vscode.window.showTextDocument(uri);
    },
  };
}

async function pickFolder(named: string | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const byName = named === undefined ? undefined : folders.find((f) => f.uri.toString() === named);
  if (byName) {
    return byName;
  }
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: your templates live inside it.'));
    return undefined;
  }
  return folders.length === 1 ? folders[0] : vscode.window.showWorkspaceFolderPick();
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
