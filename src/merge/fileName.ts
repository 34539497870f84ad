import type * as vscode from 'vscode';

/** A file's name without its folder: its own module so the merge commands (optional bundle) need not load the offers. */
export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
