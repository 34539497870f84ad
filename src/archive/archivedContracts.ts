import * as vscode from 'vscode';
import { archiveYearOf, lastActivityDay, readArchive, type Contract, type DayNumber, type Locale, type TextRange } from '../core';
import { maxFileSizeBytes } from '../config';
import { log } from '../log/log';
import { readDiskText } from '../store/contractsDocument';
import type { ContractsStores } from '../store/contractsStores';

/** A contract in an archive file, with where it stands there (a click opens it). */
export interface ArchivedContract {
  readonly contract: Contract;
  readonly uri: vscode.Uri;
  readonly range: TextRange;
  readonly lastActivity: DayNumber | undefined;
}

/** An archive file that could not be read: shown as one row, so the writer knows and can fix it. */
export interface ArchiveProblem {
  readonly uri: vscode.Uri;
  readonly message: string;
  readonly range?: TextRange;
}

export const SHOW_ARCHIVED_KEY = 'contractGuard.showArchived';

/**
 * The contracts in `contracts-archive-*.json` beside each contracts file, read only while Show
 * Archived is on, so they cost nothing otherwise. They are never part of the status model: they
 * count in no badge and offer no write actions.
 */
export class ArchivedContracts implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private watchers: vscode.Disposable[] = [];
  private readonly subscription: vscode.Disposable;
  private loading: Promise<void> = Promise.resolve();
  private current: { contracts: readonly ArchivedContract[]; problems: readonly ArchiveProblem[] } = {
    contracts: [],
    problems: [],
  };
  private on = false;

  constructor(
    private readonly stores: ContractsStores,
    private readonly locale: Locale,
    private readonly utcOffsetMinutes: () => number,
  ) {
    this.subscription = stores.onDidChange(() => this.on && void this.reload());
  }

  get enabled(): boolean {
    return this.on;
  }

  get contracts(): readonly ArchivedContract[] {
    return this.current.contracts;
  }

  get problems(): readonly ArchiveProblem[] {
    return this.current.problems;
  }

  async setEnabled(on: boolean): Promise<void> {
    this.on = on;
    this.disposeWatchers();
    if (!on) {
      this.current = { contracts: [], problems: [] };
      this.changed.fire();
      return;
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/contracts-archive-*.json'));
      const again = (): void => void this.reload();
      this.watchers.push(watcher, watcher.onDidChange(again), watcher.onDidCreate(again), watcher.onDidDelete(again));
    }
    await this.reload();
  }

  /** Reads every archive file again; one read at a time, so an older read never lands last. */
  reload(): Promise<void> {
    this.loading = this.loading
      .then(() => this.load())
      .catch((error: unknown) => log.error('Reading the archive files failed', error));
    return this.loading;
  }

  private async load(): Promise<void> {
    const contracts: ArchivedContract[] = [];
    const problems: ArchiveProblem[] = [];
    for (const store of this.stores.all()) {
      const dir = vscode.Uri.joinPath(store.uri, '..');
      let names: string[];
      try {
        names = (await vscode.workspace.fs.readDirectory(dir))
          .map(([name]) => name)
          .filter((n) => archiveYearOf(n) !== undefined);
      } catch {
        continue; // no folder, no archives
      }
      for (const name of names.sort()) {
        const uri = vscode.Uri.joinPath(dir, name);
        await this.readOne(uri, maxFileSizeBytes(store.folder), contracts, problems);
      }
    }
    if (this.on) {
      this.current = { contracts, problems };
      this.changed.fire();
    }
  }

  private async readOne(
    uri: vscode.Uri,
    maxBytes: number,
    contracts: ArchivedContract[],
    problems: ArchiveProblem[],
  ): Promise<void> {
    try {
      const text = (await readDiskText(uri, maxBytes)) ?? '';
      const options = { locale: this.locale, utcOffsetMinutes: this.utcOffsetMinutes() };
      const read = readArchive(text, options);
      if (!read.ok) {
        const first = read.problems[0];
        problems.push({ uri, message: first?.message ?? '', ...(first ? { range: first.range } : {}) });
        return;
      }
      contracts.push(
        ...read.entries.map((e) => ({ ...e, uri, lastActivity: lastActivityDay(e.contract, options.utcOffsetMinutes) })),
      );
    } catch (error) {
      log.warn(`Could not read ${uri.toString()}`, error);
      problems.push({ uri, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private disposeWatchers(): void {
    for (const d of this.watchers) {
      d.dispose();
    }
    this.watchers = [];
  }

  dispose(): void {
    this.disposeWatchers();
    this.subscription.dispose();
    this.changed.dispose();
  }
}
