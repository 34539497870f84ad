import * as vscode from 'vscode';

/**
 * Everything that tells a templates folder changed: file watchers for changes made by other
 * programs, and VS Code's own saves, creations, renames and deletions, which need no watcher.
 */
export function watchTemplateFolder(folder: vscode.WorkspaceFolder, relative: string, changed: () => void): vscode.Disposable {
  const dir = vscode.Uri.joinPath(folder.uri, relative);
  const inside = (uri: vscode.Uri): boolean => uri.scheme === dir.scheme && uri.path.startsWith(`${dir.path}/`);
  const files = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${relative}/*.md`));
  // Some VS Code versions miss the first file written into a folder that did not exist a moment
  // before; the folder's own creation (or removal) is a second chance to notice it.
  const self = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, relative), false, true, false);
  const disposables = [
    files,
    self,
    files.onDidChange(changed),
    files.onDidCreate(changed),
    files.onDidDelete(changed),
    self.onDidCreate(changed),
    self.onDidDelete(changed),
    vscode.workspace.onDidSaveTextDocument((doc) => inside(doc.uri) && changed()),
    vscode.workspace.onDidCreateFiles((e) => e.files.some(inside) && changed()),
    vscode.workspace.onDidDeleteFiles((e) => e.files.some(inside) && changed()),
    vscode.workspace.onDidRenameFiles((e) => e.files.some((f) => inside(f.oldUri) || inside(f.newUri)) && changed()),
  ];
  return vscode.Disposable.from(...disposables);
}
