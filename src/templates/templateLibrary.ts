import * as vscode from 'vscode';
import { log } from '../log/log';
import type { Locale, MessageTemplate, TemplateProblem } from '../core';
import { CONFIG_SECTION } from '../config';
import { optionalModules } from '../optional/loadOptional';
import type { TemplateSource } from './templateSource';
import { templateLanguage, templatesFolderSetting } from './templateSettings';
import { watchTemplateFolder } from './templateWatch';

const RELOAD_DELAY_MS = 150;

/**
 * The templates a writer can use in each workspace folder: the built-ins, and the folder's own
 * Markdown files, which replace a built-in of the same id. Files are read through workspace.fs and
 * watched; a broken one is reported in the Problems panel and left out, and the rest keep working.
 */
export class TemplateLibrary implements TemplateSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('contractGuard.templates');
  private own = new Map<string, readonly MessageTemplate[]>();
  /** Per folder: where its templates are and what watches them; rebuilt only when folders or the setting change. */
  private watched = new Map<string, { readonly dir: string; readonly watch: vscode.Disposable }>();
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
    return mergeTemplates(builtinTemplates(templateLanguage()), this.own.get(folder.uri.toString()) ?? []);
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
    this.syncWatchers();
    const next = new Map<string, readonly MessageTemplate[]>();
    this.diagnostics.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      next.set(folder.uri.toString(), await this.loadFolder(folder));
    }
    this.own = next;
    this.changed.fire();
  }

  private syncWatchers(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const next = new Map<string, { readonly dir: string; readonly watch: vscode.Disposable }>();
    for (const folder of folders) {
      const key = folder.uri.toString();
      const dir = templatesFolderSetting(folder);
      const existing = this.watched.get(key);
      next.set(key, existing?.dir === dir ? existing : { dir, watch: watchTemplateFolder(folder, dir, () => this.scheduleReload()) });
    }
    for (const [key, old] of this.watched) {
      if (next.get(key) !== old) {
        old.watch.dispose();
      }
    }
    this.watched = next;
  }

  private async loadFolder(folder: vscode.WorkspaceFolder): Promise<MessageTemplate[]> {
    const dir = vscode.Uri.joinPath(folder.uri, templatesFolderSetting(folder));
    let names: string[];
    try {
      names = await markdownFiles(dir);
    } catch (error) {
      // A setting pointing at a file, or no permission: say so where the writer looks, keep the built-ins.
      log.warn(`Could not read the templates folder ${dir.toString()}`, error);
      this.report(dir, [{ line: 0, message: vscode.l10n.t('Could not read this templates folder: {0}', String(error)) }]);
      return [];
    }
    const templates: MessageTemplate[] = [];
    const fileOfId = new Map<string, vscode.Uri>();
    for (const name of names) {
      const uri = vscode.Uri.joinPath(dir, name);
      try {
        const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
        const result = optionalModules().parseUserTemplate(uri.toString(), text, templateLanguage(), this.messagesLocale);
        const problems = [...result.problems];
        if (result.template) {
          const earlier = fileOfId.get(result.template.id);
          if (earlier) {
            // Files are read in name order and the last one wins; the one it hides is told so.
            this.report(
              earlier,
              [{ line: 0, message: vscode.l10n.t('Not used: {0} has the same id "{1}".', name, result.template.id) }],
              vscode.DiagnosticSeverity.Warning,
            );
          }
          fileOfId.set(result.template.id, uri);
          templates.push(result.template);
        }
        this.report(uri, problems);
      } catch (error) {
        // One unreadable file must not take the other templates with it.
        log.warn(`Could not read the template ${uri.toString()}`, error);
        this.report(uri, [{ line: 0, message: vscode.l10n.t('Could not read this template: {0}', String(error)) }]);
      }
    }
    return templates;
  }

  private report(uri: vscode.Uri, problems: readonly TemplateProblem[], severity = vscode.DiagnosticSeverity.Error): void {
    this.diagnostics.set(
      uri,
      problems.map((p) => {
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(p.line, 0, p.line, Number.MAX_SAFE_INTEGER),
          p.message,
          severity,
        );
        diagnostic.source = 'Contract Guard';
        return diagnostic;
      }),
    );
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    for (const w of this.watched.values()) {
      w.watch.dispose();
    }
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
