import * as vscode from 'vscode';
import { localeFromLanguage, instantToDay } from '../core';
import { optionalModules } from '../optional/loadOptional';
import type { CommandContext } from './context';
import { pickStore } from './pickStore';
import { openAt } from './revealInFile';

/** Commands about the contracts file itself rather than one contract. */
export function registerFileCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('contractGuard.openContractsFile', async (folderUri?: unknown) => {
      const store = await pickStore(
        ctx,
        (s) => s.snapshot.kind === 'loaded',
        typeof folderUri === 'string' ? folderUri : undefined,
      );
      if (store) {
        await openAt(store.uri);
      }
    }),
    vscode.commands.registerCommand('contractGuard.openProblem', async (uri: unknown, range: unknown) => {
      if (uri instanceof vscode.Uri && isRange(range)) {
        await openAt(uri, range);
      }
    }),
    vscode.commands.registerCommand('contractGuard.refresh', async () => {
      await ctx.stores.reloadAll();
      ctx.model.recompute();
    }),
    vscode.commands.registerCommand('contractGuard.createContractsFile', async () => {
      const store = await pickStore(ctx, (s) => s.snapshot.kind === 'missing');
      if (!store) {
        if (ctx.stores.all().length === 0) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the contracts file lives inside it.'));
        } else {
          void vscode.window.showInformationMessage(vscode.l10n.t('Every folder already has a contracts file.'));
        }
        return;
      }
      const today = instantToDay(ctx.clock.now(), ctx.clock.utcOffsetMinutes());
      // The sample loads with dist/optional.js: a file is created once, and the extension bundle has a size budget.
      const text = optionalModules().sampleContractsFile(today, localeFromLanguage(vscode.env.language));
      // Created through a WorkspaceEdit, so it is one undoable step and never replaces an existing file.
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(store.uri, { ignoreIfExists: true, contents: new TextEncoder().encode(text) });
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', store.uri.fsPath));
        return;
      }
      await store.reload();
      await openAt(store.uri);
    }),
  ];
}

function isRange(
  value: unknown,
): value is { start: { line: number; character: number }; end: { line: number; character: number } } {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { start, end } = value as { start?: { line?: unknown }; end?: { line?: unknown } };
  return typeof start?.line === 'number' && typeof end?.line === 'number';
}
