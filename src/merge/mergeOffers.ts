import * as vscode from 'vscode';
import {
  countMissingContacts,
  readOtherVersion,
  splitConflictMarkers,
  syncCopyOf,
  type Contract,
  type Locale,
  type SyncService,
} from '../core';
import { maxFileSizeBytes } from '../config';
import { log } from '../log/log';
import { basename } from './fileName';
import { readContractsText, readDiskText } from '../store/contractsDocument';
import type { ContractsStores } from '../store/contractsStores';

/** A second version of a contracts file that Contract Guard can merge into it. */
export type MergeOffer =
  | {
      readonly kind: 'gitConflict';
      readonly folder: vscode.WorkspaceFolder;
      /** The contracts file, holding git's conflict markers. */
      readonly uri: vscode.Uri;
      readonly theirsLabel: string;
    }
  | {
      readonly kind: 'syncCopy';
      readonly folder: vscode.WorkspaceFolder;
      readonly uri: vscode.Uri;
      /** The sync service's copy beside it. */
      readonly copy: vscode.Uri;
      readonly service: SyncService;
      /** Messages logged in the copy that the contracts file lacks; undefined when the copy does not read. */
      readonly missing: number | undefined;
    };

/**
 * The merges on offer: a contracts file git left with conflict markers, and sync services' copies
 * beside a contracts file. Follows the stores (each change of a contracts file) and a watcher on the
 * files beside them. A copy is read once per change of the copy, never kept by the core.
 */
export class MergeOffers implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watchers: vscode.Disposable[] = [];
  /** The contracts files the watchers are for, to make them again only when those change. */
  private watched: string | undefined;
  private loading: Promise<void> = Promise.resolve();
  private current: readonly MergeOffer[] = [];
  /** The copies' contracts by uri and modification time: a copy rarely changes, the contracts file often. */
  private copies = new Map<string, { mtime: number; contracts: readonly Contract[] | undefined }>();

  constructor(
    private readonly stores: ContractsStores,
    private readonly locale: Locale,
    private readonly utcOffsetMinutes: () => number,
  ) {
    this.disposables.push(stores.onDidChange(() => void this.reload()));
  }

  get offers(): readonly MergeOffer[] {
    return this.current;
  }

  /** Looks again; one look at a time, so an older one never lands last. */
  reload(): Promise<void> {
    this.loading = this.loading
      .then(() => this.load())
      .catch((error: unknown) => log.error('Looking for versions to merge failed', error));
    return this.loading;
  }

  private watch(): void {
    // The same files as last time: the watchers there already are keep watching.
    const watched = this.stores
      .all()
      .map((store) => store.uri.toString())
      .join('\n');
    if (watched === this.watched) {
      return;
    }
    this.watched = watched;
    for (const d of this.watchers) {
      d.dispose();
    }
    this.watchers = this.stores.all().map((store) => {
      const dir = vscode.Uri.joinPath(store.uri, '..');
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, '*'));
      const again = (uri: vscode.Uri): void => {
        if (syncCopyOf(basename(store.uri), basename(uri))) {
          void this.reload();
        }
      };
      return vscode.Disposable.from(watcher, watcher.onDidCreate(again), watcher.onDidChange(again), watcher.onDidDelete(again));
    });
  }

  private async load(): Promise<void> {
    this.watch();
    const offers: MergeOffer[] = [];
    const seen = new Set<string>();
    for (const store of this.stores.all()) {
      const snapshot = store.snapshot;
      const maxBytes = maxFileSizeBytes(store.folder);
      if (snapshot.kind === 'loaded' && snapshot.invalid) {
        const text = await readContractsText(store.uri, maxBytes).catch(() => undefined);
        const versions = text === undefined ? undefined : splitConflictMarkers(text);
        if (versions) {
          offers.push({ kind: 'gitConflict', folder: store.folder, uri: store.uri, theirsLabel: versions.theirsLabel });
        }
      }
      const dir = vscode.Uri.joinPath(store.uri, '..');
      const names = await vscode.workspace.fs.readDirectory(dir).then(
        (entries) => entries.map(([name]) => name),
        () => [] as string[],
      );
      const ours = snapshot.kind === 'loaded' ? snapshot.contracts : [];
      for (const name of names.sort()) {
        const copy = syncCopyOf(basename(store.uri), name);
        if (!copy) {
          continue;
        }
        const uri = vscode.Uri.joinPath(dir, name);
        seen.add(uri.toString());
        const theirs = await this.readCopy(uri, maxBytes);
        const missing = theirs === undefined ? undefined : countMissingContacts(ours, theirs);
        offers.push({ kind: 'syncCopy', folder: store.folder, uri: store.uri, copy: uri, service: copy.service, missing });
      }
    }
    this.copies = new Map([...this.copies].filter(([key]) => seen.has(key)));
    // Every change of a contracts file looks again; the view is redrawn only if the offers changed.
    if (!sameOffers(this.current, offers)) {
      this.current = offers;
      this.changed.fire();
    }
  }

  private async readCopy(uri: vscode.Uri, maxBytes: number): Promise<readonly Contract[] | undefined> {
    try {
      const { mtime } = await vscode.workspace.fs.stat(uri);
      const known = this.copies.get(uri.toString());
      if (known && known.mtime === mtime) {
        return known.contracts;
      }
      const text = (await readDiskText(uri, maxBytes)) ?? '';
      const read = readOtherVersion(text, { locale: this.locale, utcOffsetMinutes: this.utcOffsetMinutes() });
      const contracts = read.ok ? read.file.contracts : undefined;
      this.copies.set(uri.toString(), { mtime, contracts });
      return contracts;
    } catch (error) {
      log.warn(`Could not read ${uri.toString()}`, error);
      return undefined;
    }
  }

  dispose(): void {
    for (const d of [...this.watchers, ...this.disposables]) {
      d.dispose();
    }
  }
}

function sameOffers(a: readonly MergeOffer[], b: readonly MergeOffer[]): boolean {
  const key = (o: MergeOffer): string =>
    o.kind === 'gitConflict'
      ? `${o.kind} ${o.uri.toString()} ${o.theirsLabel}`
      : `${o.kind} ${o.uri.toString()} ${o.copy.toString()} ${o.service} ${String(o.missing)}`;
  return a.length === b.length && a.every((o, i) => o.folder === b[i]!.folder && key(o) === key(b[i]!));
}
