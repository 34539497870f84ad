import * as vscode from 'vscode';
import { needsAction, StatusCache, type ContractStatus } from '../core';
import type { Clock } from '../clock/clock';
import { silenceThresholdsSetting, CONFIG_SECTION } from '../config';
import type { ContractsStores } from '../store/contractsStores';
import type { FolderSnapshot } from '../store/folderStore';
import { log } from '../log/log';

/** A contract's derived status together with where it lives. */
export interface StatusEntry {
  readonly status: ContractStatus;
  readonly folder: vscode.WorkspaceFolder;
  readonly uri: vscode.Uri;
  /** Unique across folders; also the tree item id. */
  readonly key: string;
}

/**
 * Derives every contract's status once per change (file, day, focus, settings) so that the tree,
 * the badge, the status bar and the decorations all show the same thing.
 */
export class StatusModel implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private entries: StatusEntry[] = [];
  /** Unchanged contracts keep their status: a change to one contract derives only that one again. */
  private readonly statuses = new StatusCache();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly stores: ContractsStores,
    private readonly clock: Clock,
    dayChanged: vscode.Event<void>,
  ) {
    this.disposables.push(
      stores.onDidChange(() => this.recompute()),
      dayChanged(() => this.recompute()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${CONFIG_SECTION}.silenceThresholds`)) {
          this.recompute();
        }
      }),
    );
    this.recompute();
  }

  get all(): readonly StatusEntry[] {
    return this.entries;
  }

  get snapshots(): FolderSnapshot[] {
    return this.stores.snapshots();
  }

  get needingAction(): readonly StatusEntry[] {
    return this.entries.filter((e) => needsAction(e.status));
  }

  entryFor(key: string): StatusEntry | undefined {
    return this.entries.find((e) => e.key === key);
  }

  recompute(): void {
    const now = this.clock.now();
    const options = { utcOffsetMinutes: this.clock.utcOffsetMinutes(), thresholds: silenceThresholdsSetting() };
    const entries: StatusEntry[] = [];
    for (const snapshot of this.stores.snapshots()) {
      if (snapshot.kind !== 'loaded') {
        continue;
      }
      for (const contract of snapshot.contracts) {
        let status: ContractStatus;
        try {
          status = this.statuses.derive(contract, now, options);
        } catch (error) {
          // A rule that throws on one contract must not take the whole view down with it.
          log.error(`Could not derive the status of contract "${contract.id}"`, error);
          continue;
        }
        entries.push({
          status,
          folder: snapshot.folder,
          uri: snapshot.uri,
          key: contractKey(snapshot.folder.uri.toString(), contract.id),
        });
      }
    }
    this.entries = entries;
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}

export function contractKey(folderUri: string, contractId: string): string {
  return `contract/${folderUri}/${contractId}`;
}
