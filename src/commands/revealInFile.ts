import * as vscode from 'vscode';
import { locateContract } from '../core';

/** Opens the contracts file with the contract's object selected, or at the top if it cannot be found. */
export async function revealInFile(uri: vscode.Uri, contractId: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const node = locateContract(doc.getText(), contractId);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  if (node) {
    const start = doc.positionAt(node.offset);
    const range = new vscode.Range(start, doc.positionAt(node.offset + node.length));
    editor.selection = new vscode.Selection(start, start);
    editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
  }
  return editor;
}

export async function openAt(
  uri: vscode.Uri,
  range?: { start: { line: number; character: number }; end: { line: number; character: number } },
): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  if (range) {
    const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    editor.selection = new vscode.Selection(r.start, r.end);
    editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
