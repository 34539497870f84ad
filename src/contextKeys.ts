import * as vscode from 'vscode';
import type { ContractsStores } from './store/contractsStores';

/** Keeps the `when`-clause keys (welcome view, title-bar buttons) in step with the files. */
export function trackContextKeys(stores: ContractsStores): vscode.Disposable {
  const update = (): void => {
    const snapshots = stores.snapshots();
    void vscode.commands.executeCommand(
      'setContext',
      'contractGuard.hasContractsFile',
      snapshots.some((s) => s.kind === 'loaded'),
    );
  };
  update();
  return stores.onDidChange(update);
}
