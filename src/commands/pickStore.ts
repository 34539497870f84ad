import * as vscode from 'vscode';
import type { CommandContext } from './context';

type Store = ReturnType<CommandContext['stores']['all']>[number];

/**
 * The store of the folder a command was given (its URI, from a keybinding's args or a test), or else
 * the one that fits, asking which when several do.
 */
export async function pickStore(
  ctx: CommandContext,
  fits: (store: Store) => boolean,
  namedFolder?: string,
): Promise<Store | undefined> {
  if (namedFolder !== undefined) {
    return ctx.stores.storeFor(namedFolder);
  }
  const stores = ctx.stores.all().filter(fits);
  if (stores.length <= 1) {
    return stores[0];
  }
  const chosen = await vscode.window.showQuickPick(
    stores.map((store) => ({ label: store.folder.name, description: vscode.workspace.asRelativePath(store.uri, true), store })),
    { title: vscode.l10n.t('Choose a workspace folder') },
  );
  return chosen?.store;
}
