import * as vscode from 'vscode';

/** A feature's command handlers, by command id. */
export type CommandHandlers<Id extends string> = Readonly<Record<Id, (...args: unknown[]) => unknown>>;

/**
 * Registers commands whose code is in the optional bundle. The commands exist from activation (the
 * palette, menus and keybindings find them); the handlers are made the first time one of them runs.
 */
export function registerLazyCommands<Id extends string>(ids: readonly Id[], make: () => CommandHandlers<Id>): vscode.Disposable[] {
  let handlers: CommandHandlers<Id> | undefined;
  return ids.map((id) =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => {
      handlers ??= make();
      return handlers[id](...args);
    }),
  );
}
