import * as vscode from 'vscode';
import type { TextEdit } from '../core';
import { readDiskText } from '../store/contractsDocument';
import { sameIgnoringLineEnds, saveActionsWouldChange } from '../store/writeContracts';

/**
 * Applies the merge to the contracts file's document as one WorkspaceEdit, so one Undo takes it back,
 * and saves it unless the writer had unsaved changes there (they decide when to save) or saving would
 * run save actions that rewrite more than the merge (then it stays unsaved, and the writer is told).
 * Returns whether it was saved.
 */
export async function applyMerge(doc: vscode.TextDocument, edits: readonly TextEdit[]): Promise<boolean> {
  const wasDirty = doc.isDirty;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new Error(vscode.l10n.t('VS Code did not apply the change to {0}.', vscode.workspace.asRelativePath(doc.uri)));
  }
  const now = await vscode.workspace.openTextDocument(doc.uri);
  if (wasDirty || saveActionsWouldChange(now)) {
    return false;
  }
  return now.save();
}

/**
 * The contracts file's document, once it agrees with the disk: a saved document can lag behind an
 * outside change (a sync service writing the file) for a moment, and a merge of the old text saved
 * over the new one would lose it. Unsaved changes in the editor are the writer's text and count as they are.
 */
export async function settledDocument(uri: vscode.Uri): Promise<vscode.TextDocument> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const doc = await vscode.workspace.openTextDocument(uri);
    const disk = doc.isDirty ? undefined : await readDiskText(uri);
    if (disk === undefined || sameIgnoringLineEnds(disk, doc.getText())) {
      return doc;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    vscode.l10n.t(
      'The contracts file just changed on disk and VS Code has not reloaded it yet. Nothing was written; try again in a moment.',
    ),
  );
}
