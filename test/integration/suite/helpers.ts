import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ContractGuardApi, ViewRow } from '../../../src/api';

export const EXTENSION_ID = 'contract-guard.contract-guard';

export async function activated(): Promise<vscode.Extension<ContractGuardApi>> {
  const ext = vscode.extensions.getExtension<ContractGuardApi>(EXTENSION_ID);
  if (!ext) {
    throw new Error(`${EXTENSION_ID} is not installed in this host`);
  }
  await ext.activate();
  return ext;
}

export async function api(): Promise<ContractGuardApi> {
  return (await activated()).exports;
}

/** Waits until `check` returns a value (not undefined), or fails with `what` after `ms`. */
export async function eventually<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  let last: Error | undefined;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) {
        return value;
      }
    } catch (error) {
      last = error instanceof Error ? error : new Error(String(error));
    }
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function folderUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  if (!folder) {
    throw new Error(`workspace folder ${name} is missing`);
  }
  return folder.uri;
}

export const ALPHA_FILE = (): vscode.Uri => vscode.Uri.joinPath(folderUri('alpha'), 'contracts.json');
export const BETA_FILE = (): vscode.Uri => vscode.Uri.joinPath(folderUri('beta'), 'work', 'contracts.jsonc');

export function readDisk(uri: vscode.Uri): string {
  return fs.readFileSync(uri.fsPath, 'utf8');
}

/** Flattens the view into "group > row" paths, handy for asserting where a contract sits. */
export function rowsUnder(rows: readonly ViewRow[], groupLabel: string): ViewRow[] {
  return [...(rows.find((r) => r.label === groupLabel)?.children ?? [])];
}

export function findRow(rows: readonly ViewRow[], label: string): ViewRow | undefined {
  for (const row of rows) {
    if (row.label === label) {
      return row;
    }
    const inner = findRow(row.children, label);
    if (inner) {
      return inner;
    }
  }
  return undefined;
}

/** The argument a context-menu command receives for a contract row: the tree node, as VS Code passes it. */
export async function contractArg(contractId: string): Promise<unknown> {
  const a = await api();
  return a.contractNode(contractId);
}

/**
 * Puts a file back as it was, so each test starts clean: the disk first, then any document VS Code
 * holds for it is reverted to the disk (dropping unsaved or stale text), and editors are closed.
 */
export async function restore(uri: vscode.Uri, text: string): Promise<void> {
  const changedOnDisk = readDisk(uri) !== text;
  if (changedOnDisk) {
    fs.writeFileSync(uri.fsPath, text);
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc && (changedOnDisk || doc.isDirty || doc.getText() !== text)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await eventually('the document to match the disk', () => (doc.getText() === text && !doc.isDirty ? true : undefined));
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await (await api()).reload();
}

/** Comments in a JSONC text: they must all survive every write. */
export function commentsOf(text: string): string[] {
  return text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];
}

/** Lines of `before` that are no longer in `after`: a minimal edit changes very few. */
export function linesLost(before: string, after: string): string[] {
  const remaining = new Map<string, number>();
  for (const line of after.split('\n')) {
    remaining.set(line, (remaining.get(line) ?? 0) + 1);
  }
  const lost: string[] = [];
  for (const line of before.split('\n')) {
    const n = remaining.get(line) ?? 0;
    if (n > 0) {
      remaining.set(line, n - 1);
    } else {
      lost.push(line);
    }
  }
  return lost;
}
