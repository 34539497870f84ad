import * as vscode from 'vscode';
import { firstInvalidUtf8, lineOfByte } from '../core';

/** The file is bigger than the contractGuard.maxFileSizeMB setting: it is neither read nor written. */
export class FileTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      vscode.l10n.t(
        'The contracts file is {0} MB, over the limit of {1} MB (setting contractGuard.maxFileSizeMB). It was not read, and nothing will be written to it.',
        (bytes / 1024 / 1024).toFixed(1),
        (limit / 1024 / 1024).toFixed(0),
      ),
    );
  }
}

/** The file is not UTF-8: reading it would garble it, and writing it back would destroy the original bytes. */
export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super(
      vscode.l10n.t(
        'The contracts file is not UTF-8 text (line {0} has bytes that are not). Save it as UTF-8; until then Contract Guard does not write to it.',
        line,
      ),
    );
  }
}

/**
 * Reads the contracts file as the writer sees it: unsaved changes in an editor win over the disk;
 * otherwise the disk is the truth (a saved document can lag behind an outside change or deletion).
 * Goes through `workspace.fs`, never Node `fs`, so virtual workspaces work too.
 */
export async function readContractsText(uri: vscode.Uri, maxBytes = Infinity): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  if (open?.isDirty) {
    const text = open.getText();
    if (text.length > maxBytes) {
      throw new FileTooLargeError(text.length, maxBytes); // at least that many bytes
    }
    return text;
  }
  return readDiskText(uri, maxBytes);
}

/**
 * The file's bytes on disk as text, or undefined when there is no file. The size is checked before
 * reading, so an oversized file never reaches memory, let alone the parser.
 */
export async function readDiskText(uri: vscode.Uri, maxBytes = Infinity): Promise<string | undefined> {
  try {
    if (Number.isFinite(maxBytes)) {
      const { size } = await vscode.workspace.fs.stat(uri);
      if (size > maxBytes) {
        throw new FileTooLargeError(size, maxBytes);
      }
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    let text: string;
    try {
      // The platform's decoder checks the bytes far faster than a loop over them could.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (error) {
      const bad = firstInvalidUtf8(bytes);
      if (bad < 0) {
        throw error; // not the bytes (a file too large for a string, say): say what it was
      }
      throw new NotUtf8Error(lineOfByte(bytes, bad));
    }
    return text.replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return undefined;
    }
    throw error;
  }
}
