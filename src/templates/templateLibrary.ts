import * as vscode from 'vscode';
import { log } from '../log/log';
import type { Locale, MessageTemplate, TemplateProblem } from '../core';
import { CONFIG_SECTION } from '../config';
import { optionalModules } from '../optional/loadOptional';
import { templateLanguage, templatesFolderSetting } from './templateSettings';

interface FolderTemplates {
  readonly templates: readonly MessageTemplate[];
  readonly disposables: readonly vscode.Disposable[];
}

const RELOAD_DELAY_MS = 150;

/**
 * The templates a writer can use in each workspace folder: the built-ins, and the folder's own
 * Markdown files, which replace a built-in of the same id. Files are read through workspace.fs and
 * watched; a broken one is reported in the Problems panel and left out, and the rest keep working.
 */
export class TemplateLibrary implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('contractGuard.templates');
  private folders = new Map<string, FolderTemplates>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly messagesLocale: Locale) {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${CONFIG_SECTION}.templates`)) {
          this.scheduleReload();
        }
      }),
      // File watchers can miss a file written into a brand-new folder by another program; coming back
      // to VS Code after adding one is when the writer expects to see it.
      vscode.window.onDidChangeWindowState((state) => state.focused && this.scheduleReload()),
    );
  }

  /** Every template usable for contracts of this folder, in the language the settings ask for. */
  templatesFor(folder: vscode.WorkspaceFolder): MessageTemplate[] {
    const { mergeTemplates, builtinTemplates } = optionalModules().templates;
    return mergeTemplates(builtinTemplates(templateLanguage()), this.folders.get(folder.uri.toString())?.templates ?? []);
  }

  /** Reads every folder's templates again; resolves when done. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.load()).catch((error: unknown) => {
      log.error('Could not load the message templates', error);
    });
    return this.loading;
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
    const next = new Map<string, FolderTemplates>();
    this.diagnostics.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      next.set(folder.uri.toString(), await this.loadFolder(folder));
    }
    this.disposeFolders();
    this.folders = next;
    this.changed.fire();
  }

  private async loadFolder(folder: vscode.WorkspaceFolder): Promise<FolderTemplates> {
    const relative = templatesFolderSetting(folder);
    const dir = vscode.Uri.joinPath(folder.uri, relative);
    const inside = (uri: vscode.Uri): boolean => uri.scheme === dir.scheme && uri.path.startsWith(`${dir.path}/`);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${relative}/*.md`));
    // Some VS Code versions miss the first file written into a folder that did not exist a moment
    // before; the folder's own creation (or removal) is a second chance to notice it.
    const folderWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, relative), false, true, false);
    const disposables = [
      watcher,
      folderWatcher,
      watcher.onDidChange(() => this.scheduleReload()),
      watcher.onDidCreate(() => this.scheduleReload()),
      watcher.onDidDelete(() => this.scheduleReload()),
      folderWatcher.onDidCreate(() => this.scheduleReload()),
      folderWatcher.onDidDelete(() => this.scheduleReload()),
      // Saving, creating, renaming or deleting in VS Code is the common way templates change; it needs no watcher.
      vscode.workspace.onDidSaveTextDocument((doc) => inside(doc.uri) && this.scheduleReload()),
      vscode.workspace.onDidCreateFiles((e) => e.files.some(inside) && this.scheduleReload()),
      vscode.workspace.onDidDeleteFiles((e) => e.files.some(inside) && this.scheduleReload()),
      vscode.workspace.onDidRenameFiles((e) => e.files.some((f) => inside(f.oldUri) || inside(f.newUri)) && this.scheduleReload()),
    ];
    const templates: MessageTemplate[] = [];
    for (const name of await markdownFiles(dir)) {
      const uri = vscode.Uri.joinPath(dir, name);
      try {
        const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
        const result = optionalModules().parseUserTemplate(uri.toString(), text, templateLanguage(), this.messagesLocale);
        if (result.template) {
          templates.push(result.template);
        }
        this.report(uri, result.problems);
      } catch (error) {
        // One unreadable file must not take the other templates with it.
        this.report(uri, [{ line: 0, message: vscode.l10n.t('Could not read this template: {0}', String(error)) }]);
      }
    }
    return { templates, disposables };
  }

  private report(uri: vscode.Uri, problems: readonly TemplateProblem[]): void {
    this.diagnostics.set(
      uri,
      problems.map((p) => {
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(p.line, 0, p.line, Number.MAX_SAFE_INTEGER),
          p.message,
          vscode.DiagnosticSeverity.Error,
        );
        diagnostic.source = 'Contract Guard';
        return diagnostic;
      }),
    );
  }

  private disposeFolders(): void {
    for (const folder of this.folders.values()) {
      for (const d of folder.disposables) {
        d.dispose();
      }
    }
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.disposeFolders();
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}

/** The folder's *.md files in name order, or none when the folder does not exist. */
async function markdownFiles(dir: vscode.Uri): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(dir);
    return entries
      .filter(([name, type]) => type === vscode.FileType.File && name.toLowerCase().endsWith('.md'))
      .map(([name]) => name)
      .sort();
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return [];
    }
    throw error;
  }
}
