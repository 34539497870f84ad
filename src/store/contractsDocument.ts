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
 * What a read of the disk saw: the text, and the file's modification time and size when it was read.
 * Its holder (a folder's store) hands it back to the next read, which then reads the file again only
 * if the file may have changed since: so a logged contact need not read the whole file before its edit.
 */
export interface DiskRead {
  readonly text: string;
  readonly mtime: number;
  readonly size: number;
  /** When the read began (Date.now()). */
  readonly readAt: number;
}

/** The last read of the disk, as its holder keeps it: handed to the next read, told what that read saw. */
export interface KeptDiskRead {
  readonly known?: DiskRead;
  seen(read: DiskRead | undefined): void;
}

/**
 * Whether `known` still is the file, given the file's time and size now. Both must be unchanged, and
 * the read must have begun well after the file's last change: a file system stamps times in steps
 * (2 s on FAT, 1 s on some others, a few ms on most), and a change in the same step as the one before
 * it, after the read, would keep both. Files of other schemes (virtual workspaces) are always read:
 * their times need not change at all.
 */
function stillTheFile(uri: vscode.Uri, known: DiskRead | undefined, mtime: number, size: number): known is DiskRead {
  if (!known || known.mtime !== mtime || known.size !== size || (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote')) {
    return false;
  }
  const step = mtime % 1000 === 0 ? 2000 : 50; // a time in whole seconds: a coarse file system
  return known.readAt - mtime > step;
}

/**
 * Reads the contracts file as the writer sees it: unsaved changes in an editor win over the disk;
 * otherwise the disk is the truth (a saved document can lag behind an outside change or deletion).
 * Goes through `workspace.fs`, never Node `fs`, so virtual workspaces work too. `disk` is told what
 * a read of the disk saw, and may hand back the last one (see readDiskFile).
 */
export async function readContractsText(uri: vscode.Uri, maxBytes = Infinity, disk?: KeptDiskRead): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  if (open?.isDirty) {
    const text = open.getText();
    if (text.length > maxBytes) {
      throw new FileTooLargeError(text.length, maxBytes); // at least that many bytes
    }
    return text;
  }
  return readDiskKept(uri, maxBytes, disk);
}

/** The disk's text (readDiskFile), reusing the kept read when it still is the file, and keeping this one. */
export async function readDiskKept(uri: vscode.Uri, maxBytes: number, disk: KeptDiskRead | undefined): Promise<string | undefined> {
  const read = await readDiskFile(uri, maxBytes, disk?.known);
  disk?.seen(read);
  return read?.text;
}

/**
 * The file's bytes on disk as text, or undefined when there is no file. The size is checked before
 * reading, so an oversized file never reaches memory, let alone the parser.
 */
export async function readDiskText(uri: vscode.Uri, maxBytes = Infinity): Promise<string | undefined> {
  return (await readDiskFile(uri, maxBytes))?.text;
}

/**
 * The file on disk (undefined: no file), as readDiskText reads it. When `known` is still the file
 * (stillTheFile), it is the answer, and the file is not read again.
 */
export async function readDiskFile(uri: vscode.Uri, maxBytes = Infinity, known?: DiskRead): Promise<DiskRead | undefined> {
  try {
    const { size, mtime } = await vscode.workspace.fs.stat(uri);
    if (size > maxBytes) {
      throw new FileTooLargeError(size, maxBytes);
    }
    if (stillTheFile(uri, known, mtime, size)) {
      return known;
    }
    const readAt = Date.now();
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
    // The time and size of the stat before the read: if the file changed in between, they no longer
    // match it, and the next read reads it again.
    return { text: text.replace(/^\uFEFF/, ''), mtime, size, readAt };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return undefined;
    }
    throw error;
  }
}
