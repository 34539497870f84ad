import * as vscode from 'vscode';
import type { ContractsStores } from '../store/contractsStores';

/** Puts every problem of every contracts file in the Problems panel, at its exact range. */
export class ContractsDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('contractGuard');
  private readonly subscription: vscode.Disposable;

  constructor(private readonly stores: ContractsStores) {
    this.subscription = stores.onDidChange(() => this.update());
    this.update();
  }

  private update(): void {
    this.collection.clear();
    for (const snapshot of this.stores.snapshots()) {
      if (snapshot.kind !== 'loaded') {
        continue;
      }
      const diagnostics = snapshot.problems.map((p) => {
        const range = new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character);
        const severity = p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
        const diagnostic = new vscode.Diagnostic(range, p.message, severity);
        diagnostic.source = 'Contract Guard';
        diagnostic.code = p.kind;
        return diagnostic;
      });
      this.collection.set(snapshot.uri, diagnostics);
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
