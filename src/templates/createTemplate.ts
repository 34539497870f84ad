import * as vscode from 'vscode';
import { builtinTemplates, userTemplateFileText } from '../core';
import { templateLanguage, templatesFolderSetting } from './templateSettings';

/** Create Template from Built-in: a copy of a built-in in the folder's templates, opened for editing. */
export function registerCreateTemplate(): vscode.Disposable {
  return vscode.commands.registerCommand('contractGuard.createTemplateFromBuiltin', async (arg: unknown) => {
    const builtins = builtinTemplates(templateLanguage());
    const named = typeof arg === 'string' ? builtins.find((t) => t.id === arg) : undefined;
    const template =
      named ??
      (
        await vscode.window.showQuickPick(
          builtins.map((t) => ({ label: t.title, description: t.id, detail: t.description, template: t })),
          { title: vscode.l10n.t('Create Template from Built-in'), placeHolder: vscode.l10n.t('Which message do you want to adapt?') },
        )
      )?.template;
    const folder = template && (await pickFolder());
    if (!template || !folder) {
      return;
    }
    const uri = vscode.Uri.joinPath(folder.uri, templatesFolderSetting(folder), `${template.id}.md`);
    if (await exists(uri)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('You already have your own "{0}"; it is open for editing.', template.title));
    } else {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(userTemplateFileText(template)));
    }
    await vscode.window.showTextDocument(uri);
  });
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
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
