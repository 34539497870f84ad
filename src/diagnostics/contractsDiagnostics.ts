import * as vscode from 'vscode';
import type { Problem } from '../core';
import type { ContractsStores } from '../store/contractsStores';

/**
 * Puts every problem of every contracts file in the Problems panel, at its exact range, once.
 *
 * Who reports what: Contract Guard reports schema and content problems, in the writer's language
 * (the JSON Schema shipped for completion checks nothing, see core/jsonSchema.ts). JSON syntax errors
 * and duplicate keys in a file open in an editor tab are already reported by VS Code's own JSON checker, so ours go to
 * the panel only for files not open in a tab (or when that checker is turned off). The Contracts
 * view lists every problem either way.
 */
export class ContractsDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('contractGuard');
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly stores: ContractsStores) {
    this.subscriptions = [
      stores.onDidChange(() => this.update()),
      vscode.window.tabGroups.onDidChangeTabs((e) => [...e.opened, ...e.closed].some((t) => this.isContractsTab(t)) && this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('json.validate.enable') && this.update()),
    ];
    this.update();
  }

  private update(): void {
    this.collection.clear();
    for (const snapshot of this.stores.snapshots()) {
      if (snapshot.kind !== 'loaded') {
        continue;
      }
      const syntaxShownByVsCode = jsonCheckerShows(snapshot.uri);
      const diagnostics = snapshot.problems
        .filter((p) => !(SHOWN_BY_VSCODE.has(p.kind) && syntaxShownByVsCode))
        .map(toDiagnostic);
      this.collection.set(snapshot.uri, diagnostics);
    }
  }

  private isContractsTab(tab: vscode.Tab): boolean {
    return tab.input instanceof vscode.TabInputText && this.stores.snapshots().some((s) => s.uri.toString() === (tab.input as vscode.TabInputText).uri.toString());
  }

  dispose(): void {
    for (const d of this.subscriptions) {
      d.dispose();
    }
    this.collection.dispose();
  }
}

/** What VS Code's JSON checker finds in any JSON file by itself, schema or not. */
const SHOWN_BY_VSCODE: ReadonlySet<Problem['kind']> = new Set(['syntax', 'duplicateKey']);

/**
 * VS Code's JSON language features report problems for JSON and JSONC documents open in an editor
 * tab (a document the extension host merely holds, with no tab, gets none: a test showed it).
 */
function jsonCheckerShows(uri: vscode.Uri): boolean {
  if (vscode.workspace.getConfiguration('json', uri).get<boolean>('validate.enable') === false) {
    return false;
  }
  const inTab = vscode.window.tabGroups.all.some((g) =>
    g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()),
  );
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return inTab && doc !== undefined && (doc.languageId === 'json' || doc.languageId === 'jsonc');
}

function toDiagnostic(p: Problem): vscode.Diagnostic {
  const range = new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character);
  const severity = p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, p.message, severity);
  diagnostic.source = 'Contract Guard';
  diagnostic.code = p.kind;
  return diagnostic;
}
