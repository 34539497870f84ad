import * as vscode from 'vscode';
import { computeEdit, type ContractsReader, type EditIntent, type EditOptions, type TextEdit } from '../core';
import { FileTooLargeError, NotUtf8Error, readDiskKept, readDiskText, type KeptDiskRead } from './contractsDocument';

/** A write the core (or the store) refused; its message is meant for the writer as it is. */
export class WriteRefusedError extends Error {
  override readonly name = 'WriteRefusedError';
}

/**
 * Whether an error is a refusal. By its name, not instanceof: dist/optional.js carries its own copy of
 * this module, and a refusal thrown by the extension bundle's store must read as one there too.
 */
export function isWriteRefused(error: unknown): error is WriteRefusedError {
  return error instanceof Error && error.name === 'WriteRefusedError';
}

/**
 * Applies an intent to the contracts file as the smallest edit.
 *
 * - Unsaved changes in an editor: the edit joins them in the document and nothing is saved, so the
 *   writer's unsaved text is never overwritten and they decide when to save.
 * - Otherwise the edit goes through a WorkspaceEdit (one undoable step in the file's editor) and is
 *   saved, unless saving would run the writer's save actions (format on save, trimming white space,
 *   code actions), which would rewrite far more than the edit: then the exact new text is written to
 *   disk instead, and VS Code reloads the document from it.
 */
export interface WriteHooks {
  readonly maxBytes?: number;
  /** Told what the write is doing, so that a write that hangs can say where. */
  readonly stage?: (name: string) => void;
  /** The file's reader (the store's), which has usually just read the text the edit starts from. */
  readonly reader?: ContractsReader;
  /**
   * The document's text once the edit is in it, before any save: from then on that text is the
   * truth, and the views can show it without waiting for the save of a large file.
   */
  readonly applied?: (text: string, edited: { readonly base: string; readonly edits: readonly TextEdit[] }) => void;
  /** The last read of the disk (the store's), which the write's own check reuses if the file has not changed since. */
  readonly disk?: KeptDiskRead;
}

export async function writeIntent(uri: vscode.Uri, intent: EditIntent, options: EditOptions, hooks: WriteHooks = {}): Promise<void> {
  const { maxBytes = Infinity, stage = () => undefined } = hooks;
  stage('checking the file on disk');
  const onDisk = await readWritable(uri, maxBytes, hooks.disk);
  stage('opening the document');
  const doc = await vscode.workspace.openTextDocument(uri);
  const wasDirty = doc.isDirty;
  stage('comparing the document with the disk');
  const disk = wasDirty ? doc.getText() : await settledDiskText(doc, onDisk);
  if (disk === false) {
    throw new WriteRefusedError(
      vscode.l10n.t(
        'The contracts file just changed on disk and VS Code has not reloaded it yet. Nothing was written; try again in a moment.',
      ),
    );
  }
  // Asked for once: for a large file each copy of the document's text costs tens of milliseconds.
  const docText = wasDirty && disk !== undefined ? disk : doc.getText();
  // Normally the same text; for a file with mixed line endings the disk's, so that they survive.
  const base = disk ?? docText;
  const result = computeEdit(base, intent, options, hooks.reader);
  if (!result.ok) {
    throw new WriteRefusedError(result.reason);
  }
  if (result.edits.length === 0) {
    return;
  }
  if (!wasDirty && ((disk !== undefined && disk !== docText) || saveActionsWouldChange(doc))) {
    stage('writing the file directly');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.newText));
    hooks.applied?.(result.newText, { base, edits: result.edits });
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    edit.replace(uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
  }
  stage('applying the edit');
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new Error(vscode.l10n.t('VS Code did not apply the change to {0}.', vscode.workspace.asRelativePath(uri)));
  }
  // The edit was computed on the document's own text (a saved document equals the disk here), so
  // its result is the document's text now, without asking the document for 30 MB of it again.
  hooks.applied?.(result.newText, { base, edits: result.edits });
  // Fetched again: the document object may have been replaced meanwhile (a language change reopens it).
  const saved = await vscode.workspace.openTextDocument(uri);
  stage('saving');
  if (!wasDirty && !(await saved.save())) {
    throw new Error(
      vscode.l10n.t('VS Code could not save {0}; the change is in the editor, unsaved.', vscode.workspace.asRelativePath(uri)),
    );
  }
}

/** Whether saving through VS Code would change more than our edit, given the writer's settings. */
export function saveActionsWouldChange(doc: vscode.TextDocument): boolean {
  const editor = vscode.workspace.getConfiguration('editor', doc);
  const files = vscode.workspace.getConfiguration('files', doc);
  const text = (): string => doc.getText(); // only for the settings that look at it
  const codeActions: unknown = editor.get('codeActionsOnSave');
  const hasCodeActions = Array.isArray(codeActions)
    ? codeActions.length > 0
    : typeof codeActions === 'object' &&
      codeActions !== null &&
      Object.values(codeActions).some((v) => v === true || v === 'explicit' || v === 'always');
  return (
    editor.get<boolean>('formatOnSave') === true ||
    hasCodeActions ||
    (files.get<boolean>('trimTrailingWhitespace') === true && /[ \t]+\r?$/m.test(text())) ||
    (files.get<boolean>('insertFinalNewline') === true && !/\n$/.test(text())) ||
    (files.get<boolean>('trimFinalNewlines') === true && /\n\r?\n$/.test(text()))
  );
}

/**
 * The disk's text once the document agrees with it (undefined: no file yet). A saved document can
 * lag behind an outside change for a moment; editing it then would save over the newer file, so
 * wait briefly for VS Code to reload it, and give up (false) if it does not.
 */
async function settledDiskText(doc: vscode.TextDocument, first: string | undefined): Promise<string | undefined | false> {
  for (let attempt = 0; attempt < 15; attempt++) {
    // The text just read for the checks is the disk's now; later attempts read again.
    const disk = attempt === 0 ? first : await readDiskText(doc.uri);
    // VS Code reads a file with mixed line endings as one kind: only the endings may differ.
    if (disk === undefined || sameIgnoringLineEnds(disk, doc.getText())) {
      return disk;
    }
    if (doc.isDirty) {
      return doc.getText();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Whether two texts differ at most in their line endings (VS Code reads a mixed file as one kind). */
export function sameIgnoringLineEnds(a: string, b: string): boolean {
  return a === b || a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');
}

/**
 * The disk's text (undefined: no file yet). A file too large to read, or not UTF-8, is never written:
 * the write would lose what it holds.
 */
async function readWritable(uri: vscode.Uri, maxBytes: number, disk: KeptDiskRead | undefined): Promise<string | undefined> {
  try {
    return await readDiskKept(uri, maxBytes, disk);
  } catch (error) {
    if (error instanceof FileTooLargeError || error instanceof NotUtf8Error) {
      throw new WriteRefusedError(error.message);
    }
    throw error;
  }
}
