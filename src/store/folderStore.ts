import * as vscode from 'vscode';
import { computeEdit, parseContracts, type Contract, type EditIntent, type Locale, type Problem } from '../core';
import { readContractsText, readDiskText } from './contractsDocument';

/** What the view knows about one folder's contracts file. */
export type FolderSnapshot =
  | { readonly kind: 'missing'; readonly folder: vscode.WorkspaceFolder; readonly uri: vscode.Uri }
  | {
      readonly kind: 'loaded';
      readonly folder: vscode.WorkspaceFolder;
      readonly uri: vscode.Uri;
      /** The contracts of the last text that parsed; kept while the file is broken so nothing vanishes. */
      readonly contracts: readonly Contract[];
      readonly problems: readonly Problem[];
      /** The file does not parse right now, and `contracts` are from an earlier version of it. */
      readonly stale: boolean;
      /** The file does not parse, so writes are refused. */
      readonly invalid: boolean;
    };

/** A write the core refused; its message is meant for the writer as it is. */
export class WriteRefusedError extends Error {}

const RELOAD_DELAY_MS = 120;

/**
 * One workspace folder's contracts file: reads it, watches it (editor edits and outside edits), and
 * writes to it only through the core's minimal edits applied as a WorkspaceEdit, so the writer can
 * undo and an unsaved editor is never overwritten.
 */
export class FolderStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private current: FolderSnapshot;
  private lastGood: readonly Contract[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> = Promise.resolve();

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    readonly uri: vscode.Uri,
    private readonly locale: Locale,
    private readonly utcOffsetMinutes: () => number,
  ) {
    this.current = { kind: 'missing', folder, uri };
    const relative = vscode.workspace.asRelativePath(uri, false);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, relative));
    this.disposables.push(
      watcher,
      watcher.onDidChange(() => this.scheduleReload()),
      watcher.onDidCreate(() => this.scheduleReload()),
      watcher.onDidDelete(() => this.scheduleReload()),
      vscode.workspace.onDidChangeTextDocument(
        (e) => this.isOurs(e.document.uri) && e.contentChanges.length > 0 && this.scheduleReload(),
      ),
      vscode.workspace.onDidOpenTextDocument((doc) => this.isOurs(doc.uri) && this.scheduleReload()),
      // Closing without saving drops the unsaved text: what counts is the disk again.
      vscode.workspace.onDidCloseTextDocument((doc) => this.isOurs(doc.uri) && this.scheduleReload()),
    );
  }

  get snapshot(): FolderSnapshot {
    return this.current;
  }

  /** Reads the file now; resolves when the snapshot is up to date. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.load()).catch(() => undefined);
    return this.loading;
  }

  /**
   * Applies an intent to the document. Refuses (with the core's reason) when the file does not parse;
   * nothing is written then. Saves only when the document had no unsaved changes of the writer's own.
   */
  async write(intent: EditIntent): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(this.uri);
    const wasDirty = doc.isDirty;
    if (!wasDirty && !(await this.documentMatchesDisk(doc))) {
      throw new WriteRefusedError(vscode.l10n.t('The contracts file just changed on disk and VS Code has not reloaded it yet. Nothing was written; try again in a moment.'));
    }
    const result = computeEdit(doc.getText(), intent, { locale: this.locale, utcOffsetMinutes: this.utcOffsetMinutes() });
    if (!result.ok) {
      throw new WriteRefusedError(result.reason);
    }
    if (result.edits.length === 0) {
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) {
      edit.replace(this.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      throw new Error(`VS Code did not apply the edit to ${this.uri.toString()}`);
    }
    if (!wasDirty && !(await doc.save())) {
      throw new Error(vscode.l10n.t('VS Code could not save {0}; the change is in the editor, unsaved.', vscode.workspace.asRelativePath(this.uri)));
    }
    await this.reload();
  }

  /**
   * A saved document can lag behind an outside change for a moment. Editing it then would save
   * over the newer file, so wait briefly for VS Code to reload it.
   */
  private async documentMatchesDisk(doc: vscode.TextDocument): Promise<boolean> {
    for (let attempt = 0; attempt < 15; attempt++) {
      const disk = await readDiskText(this.uri);
      if (disk === undefined || disk === doc.getText() || doc.isDirty) {
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  }

  private isOurs(uri: vscode.Uri): boolean {
    return uri.toString() === this.uri.toString();
  }

  private scheduleReload(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reload();
    }, RELOAD_DELAY_MS);
  }

  private async load(): Promise<void> {
    const text = await readContractsText(this.uri);
    if (text === undefined) {
      this.lastGood = [];
      this.current = { kind: 'missing', folder: this.folder, uri: this.uri };
    } else {
      const parsed = parseContracts(text, { locale: this.locale, utcOffsetMinutes: this.utcOffsetMinutes() });
      if (parsed.ok) {
        this.lastGood = parsed.file.contracts;
      }
      this.current = {
        kind: 'loaded',
        folder: this.folder,
        uri: this.uri,
        contracts: this.lastGood,
        problems: parsed.problems,
        stale: !parsed.ok && this.lastGood.length > 0,
        invalid: !parsed.ok,
      };
    }
    this.changed.fire();
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
