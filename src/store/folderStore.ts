import * as vscode from 'vscode';
import { ContractsReader, type Contract, type EditIntent, type Locale, type ParseResult, type Problem, type TextEdit } from '../core';
import { maxFileSizeBytes, writeTimeoutMs } from '../config';
import { log } from '../log/log';
import { FileTooLargeError, NotUtf8Error, readContractsText, type DiskRead, type KeptDiskRead } from './contractsDocument';
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
  private writesInFlight = 0;
  /** This file's reader: it keeps the last read, so a read after a change costs what the change costs. */
  private readonly reader = new ContractsReader();
  /** Counts the texts shown: a read of the disk that started before a write showed its text is dropped. */
  private shown = 0;
  /** The last read of the file on disk: a read or a write's check reads the file again only if it changed since. */
  private readonly disk: KeptDiskRead & { known?: DiskRead } = {
    seen(read) {
      this.known = read;
    },
  };
  /** The read the views show now (the reader hands back the same object for the same text). */
  private shownResult: ParseResult | undefined;
  /** Documents whose language switch waits for the writes in flight (see useJsonWithComments). */
  private readonly languageSwitches = new Set<vscode.TextDocument>();

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
            this.languageSwitches.add(editor.document);
          }
        }
        this.switchLanguagesWhenIdle();
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
    this.loading = this.loading
      .then(() => this.load())
      .catch((error: unknown) => log.error(`Reading ${this.uri.toString()} failed`, error));
    return this.loading;
  }

  /**
   * Applies an intent to the file (see writeIntent). Writes run one after another, each on the text
   * the previous one left, so two quick actions never compute their edits on the same old text.
   */
  write(intent: EditIntent): Promise<void> {
    const run = this.writing.then(async () => {
      this.writesInFlight++;
      let stage = 'start';
      const options = { locale: this.locale, utcOffsetMinutes: this.utcOffsetMinutes() };
      try {
        await withTimeout(
          writeIntent(this.uri, intent, options, {
            maxBytes: maxFileSizeBytes(this.folder),
            stage: (s) => (stage = s),
            reader: this.reader,
            // The tree follows the document as soon as the edit is in it; the save comes after.
            applied: (text, edited) => this.show(text, edited),
            disk: this.disk,
          }),
          writeTimeoutMs(),
          () => {
            log.error(`Write (${intent.kind}) to ${this.uri.toString()} did not settle; it was at: ${stage}`);
            return vscode.l10n.t(
              'VS Code did not finish writing {0}. Check the file, then try again.',
              vscode.workspace.asRelativePath(this.uri),
            );
          },
        );
      } finally {
        // Our own write changed the file, perhaps within the same time step as the read it started
        // from: the next read reads it.
        this.disk.seen(undefined);
        this.writesInFlight--;
        this.switchLanguagesWhenIdle();
      }
      // Reading back is bounded too: a read that hangs must not hold the command (and the queue).
      const timer = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), writeTimeoutMs()));
      if (!(await Promise.race([this.reload().then(() => true), timer]))) {
        log.warn(`Reading ${this.uri.toString()} back after a write did not settle; the view catches up on the next change`);
      }
    });
    // The next write waits for this one to end, however it ends; its error is the caller's to report.
    this.writing = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs a write of its own (one that is not an intent, such as archiving) in the same queue as
   * write(), so it never computes its edits on text another write is about to change.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writing.then(work);
    this.writing = run.then(
      () => undefined,
      () => undefined,
    );
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
    const before = this.shown;
    let text: string | undefined;
    try {
      text = await readContractsText(this.uri, maxFileSizeBytes(this.folder), this.disk);
    } catch (error) {
      log.warn(`Could not read ${this.uri.toString()}`, error);
      this.current = this.unreadable(error);
      this.shownResult = undefined;
      this.changed.fire();
      return;
    }
    if (before !== this.shown) {
      return; // a write showed a newer text meanwhile; the read after the write brings the file's own
    }
    this.show(text);
  }

  /**
   * Shows a text of the file (undefined: there is no file) and tells the views. `edited` says the text
   * is an edit's result, which the reader then reads from the edit alone.
   */
  private show(text: string | undefined, edited?: { readonly base: string; readonly edits: readonly TextEdit[] }): void {
    this.shown++;
    if (text === undefined) {
      this.shownResult = undefined;
      this.lastGood = [];
      this.current = { kind: 'missing', folder: this.folder, uri: this.uri };
    } else {
      const options = { locale: this.locale, utcOffsetMinutes: this.utcOffsetMinutes() };
      const parsed = edited ? this.reader.readEdited(edited.base, edited.edits, text, options) : this.reader.read(text, options);
      if (parsed === this.shownResult) {
        return; // the text shown already (read back after a save, or announced twice): nothing to redraw
      }
      this.shownResult = parsed;
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
    const own = error instanceof FileTooLargeError || error instanceof NotUtf8Error;
    const problem: Problem = {
      kind: error instanceof FileTooLargeError ? 'tooLarge' : 'unreadable',
      severity: 'error',
      message: own ? reason : vscode.l10n.t('Could not read the contracts file: {0}', reason),
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

  /**
   * Changing a document's language reopens it, which must not happen under a write in progress (the
   * write holds the old document), so the switch waits until no write is in flight.
   */
  private switchLanguagesWhenIdle(): void {
    if (this.writesInFlight > 0) {
      return;
    }
    for (const doc of this.languageSwitches) {
      if (!doc.isClosed) {
        useJsonWithComments(doc);
      }
    }
    this.languageSwitches.clear();
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
    vscode.languages.setTextDocumentLanguage(doc, 'jsonc').then(undefined, (error: unknown) => {
      log.warn(`Could not open ${doc.uri.toString()} as JSON with comments`, error);
    });
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
