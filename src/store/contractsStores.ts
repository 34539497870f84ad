import * as vscode from 'vscode';
import type { Locale } from '../core';
import { CONFIG_SECTION } from '../config';
import { contractsFileSetting } from './contractsFileSetting';
import { log } from '../log/log';
import { FolderStore, type FolderSnapshot } from './folderStore';

/** One FolderStore per workspace folder (multi-root), rebuilt when folders or the file setting change. */
export class ContractsStores implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private stores = new Map<string, FolderStore>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly locale: Locale,
    private readonly utcOffsetMinutes: () => number,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuildLogged()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (
          e.affectsConfiguration(`${CONFIG_SECTION}.contractsFile`) ||
          e.affectsConfiguration(`${CONFIG_SECTION}.maxFileSizeMB`)
        ) {
          this.rebuildLogged();
        }
      }),
    );
  }

  private rebuildLogged(): void {
    this.rebuild().catch((error: unknown) => log.error('Could not re-read the workspace folders', error));
  }

  /** Builds the stores for the current folders and reads every file; resolves when all are read. */
  async rebuild(): Promise<void> {
    const next = new Map<string, FolderStore>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, contractsFileSetting(folder));
      const key = folder.uri.toString();
      const existing = this.stores.get(key);
      if (existing && existing.uri.toString() === uri.toString()) {
        next.set(key, existing);
        continue;
      }
      const store = new FolderStore(folder, uri, this.locale, this.utcOffsetMinutes);
      store.onDidChange(() => this.changed.fire());
      next.set(key, store);
    }
    for (const [key, store] of this.stores) {
      if (next.get(key) !== store) {
        store.dispose();
      }
    }
    this.stores = next;
    await Promise.all([...next.values()].map((s) => s.reload()));
    this.changed.fire();
  }

  async reloadAll(): Promise<void> {
    await Promise.all([...this.stores.values()].map((s) => s.reload()));
  }

  all(): FolderStore[] {
    return [...this.stores.values()];
  }

  snapshots(): FolderSnapshot[] {
    return this.all().map((s) => s.snapshot);
  }

  storeFor(folderUri: string): FolderStore | undefined {
    return this.stores.get(folderUri);
  }

  dispose(): void {
    for (const store of this.stores.values()) {
      store.dispose();
    }
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
