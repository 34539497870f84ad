import * as vscode from 'vscode';

/**
 * Reads the contracts file as the writer sees it: unsaved changes in an editor win over the disk;
 * otherwise the disk is the truth (a saved document can lag behind an outside change or deletion).
 * Goes through `workspace.fs`, never Node `fs`, so virtual workspaces work too.
 */
export async function readContractsText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  if (open?.isDirty) {
    return open.getText();
  }
  return readDiskText(uri);
}

/** The file's bytes on disk as text, or undefined when there is no file. */
export async function readDiskText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return undefined;
    }
    throw error;
  }
}
