import * as vscode from 'vscode';

const SCHEME = 'contract-guard-overdue';

/** The resource a tree row carries when it is overdue; only the decoration provider below reads it. */
export function overdueUri(rowId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: SCHEME, path: `/${encodeURIComponent(rowId)}` });
}

/** Marks overdue contract rows with a red "!" badge and label, the way the Explorer marks errors. */
export class OverdueDecorations implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== SCHEME) {
      return undefined;
    }
    return new vscode.FileDecoration('!', vscode.l10n.t('Overdue'), new vscode.ThemeColor('list.errorForeground'));
  }
}
