import * as vscode from 'vscode';
import { parseContracts, type Contract, type EditIntent, type Locale, type Problem } from '../core';
import { readContractsText } from './contractsDocument';
import { writeIntent } from './writeContracts';

export { WriteRefusedError } from './writeContracts';

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

const RELOAD_DELAY_MS = 120;
/** A write VS Code never finishes (a stuck save) must not hold up every later action on the file. */
const WRITE_TIMEOUT_MS = 15_000;

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
  private writing: Promise<void> = Promise.resolve();

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
      // Only in an editor the writer sees: changing a document's language reopens it, which must
      // not happen under a write in progress.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) {
          if (this.isOurs(editor.document.uri)) {
            useJsonWithComments(editor.document);
          }
        }
      }),
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
   * Applies an intent to the file (see writeIntent). Writes run one after another, each on the text
   * the previous one left, so two quick actions never compute their edits on the same old text.
   */
  write(intent: EditIntent): Promise<void> {
    const run = this.writing.then(async () => {
      await withTimeout(
        writeIntent(this.uri, intent, { locale: this.locale, utcOffsetMinutes: this.utcOffsetMinutes() }),
        WRITE_TIMEOUT_MS,
        () => vscode.l10n.t('VS Code did not finish writing {0}. Check the file, then try again.', vscode.workspace.asRelativePath(this.uri)),
      );
      await this.reload();
    });
    this.writing = run.catch(() => undefined);
    return run;
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
    let text: string | undefined;
    try {
      text = await readContractsText(this.uri);
    } catch (error) {
      this.current = this.unreadable(error);
      this.changed.fire();
      return;
    }
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

  /** The file exists but cannot be read (a folder, no permission): say so, keep what was shown. */
  private unreadable(error: unknown): FolderSnapshot {
    const reason = error instanceof Error ? error.message : String(error);
    const zero = { line: 0, character: 0 };
    const problem: Problem = {
      kind: 'unreadable',
      severity: 'error',
      message: vscode.l10n.t('Could not read the contracts file: {0}', reason),
      offset: 0,
      length: 0,
      range: { start: zero, end: zero },
      path: [],
    };
    return {
      kind: 'loaded',
      folder: this.folder,
      uri: this.uri,
      contracts: this.lastGood,
      problems: [problem],
      stale: this.lastGood.length > 0,
      invalid: true,
    };
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

/**
 * The contracts file allows comments. Opened as plain JSON (any name but the one our JSON Schema is
 * registered for), VS Code would flag every comment as an error.
 */
function useJsonWithComments(doc: vscode.TextDocument): void {
  if (doc.languageId === 'json') {
    void vscode.languages.setTextDocumentLanguage(doc, 'jsonc');
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
