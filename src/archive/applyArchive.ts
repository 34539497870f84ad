import * as vscode from 'vscode';
// Not from '../core': this module is in dist/optional.js, and the index would bring the whole core along.
import { planArchive, type ArchivePlan } from '../core/archive/plan';
import { archiveFileName, selectArchivable, type ArchiveCriteria } from '../core/archive/select';
import { parseContracts, type ParseOptions } from '../core/parse';
import { readDiskText } from '../store/contractsDocument';
import { sameIgnoringLineEnds, saveActionsWouldChange, WriteRefusedError } from '../store/writeContracts';

/** The archive file for a year: beside the contracts file, whatever that file is called. */
export function archiveUri(contractsUri: vscode.Uri, year: number): vscode.Uri {
  return vscode.Uri.joinPath(contractsUri, '..', archiveFileName(year));
}

/** What was done, for the message afterwards. */
export interface Archived {
  readonly plan: ArchivePlan;
  /** Saving would have run the writer's save actions on these, so they were left unsaved. */
  readonly unsaved: readonly vscode.Uri[];
}

/**
 * Reads the contracts file and the archive files it needs, plans the move, and applies it as ONE
 * WorkspaceEdit across all of them (deletions, file creations, appends), so a single Undo takes
 * it back. Then saves them.
 *
 * Unlike a single-file write, it refuses when the contracts file or an archive file has unsaved
 * changes: joining them would leave the contracts in two files on disk, or in none, until the
 * writer saves both; refusing costs one save.
 */
export async function applyArchive(
  uri: vscode.Uri,
  criteria: ArchiveCriteria,
  options: ParseOptions,
  maxBytes: number,
): Promise<Archived> {
  const text = await readSettled(uri, maxBytes);
  if (text === undefined) {
    throw new WriteRefusedError(vscode.l10n.t('Nothing was moved: {0} does not exist.', vscode.workspace.asRelativePath(uri)));
  }
  // The years whose archive files the plan needs (a file that does not parse is refused by the plan).
  const parsed = parseContracts(text, options);
  const years = new Set(parsed.ok ? selectArchivable(parsed.file.contracts, criteria).map((c) => c.year) : []);
  const existing = new Map<number, string>();
  for (const year of years) {
    const archived = await readSettled(archiveUri(uri, year), maxBytes);
    if (archived !== undefined) {
      existing.set(year, archived);
    }
  }
  const result = planArchive(text, criteria, existing, options);
  if (!result.ok) {
    throw new WriteRefusedError(result.reason);
  }
  const { plan } = result;
  if (plan.moved.length === 0) {
    return { plan, unsaved: [] };
  }

  const label = vscode.l10n.t('Archive Closed Contracts');
  const edit = new vscode.WorkspaceEdit();
  const edited: vscode.TextDocument[] = [];
  const replace = async (target: vscode.Uri, edits: ArchivePlan['edits']): Promise<void> => {
    const doc = await vscode.workspace.openTextDocument(target);
    edited.push(doc);
    for (const e of edits) {
      const range = new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length));
      edit.replace(target, range, e.content, { label, needsConfirmation: false });
    }
  };
  await replace(uri, plan.edits);
  for (const file of plan.files) {
    const target = archiveUri(uri, file.year);
    if (file.create) {
      // Never overwrites: a file that appeared since it was read makes the whole edit fail.
      edit.createFile(target, { contents: new TextEncoder().encode(file.text) }, { label, needsConfirmation: false });
    } else {
      await replace(target, file.edits);
    }
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new Error(vscode.l10n.t('VS Code did not apply the change to {0}.', vscode.workspace.asRelativePath(uri)));
  }
  const unsaved: vscode.Uri[] = [];
  for (const doc of edited) {
    if (saveActionsWouldChange(doc)) {
      unsaved.push(doc.uri);
    } else if (!(await (await vscode.workspace.openTextDocument(doc.uri)).save())) {
      unsaved.push(doc.uri);
    }
  }
  return { plan, unsaved };
}

/**
 * The file's text as VS Code holds it (undefined: no file), refusing when an editor has unsaved
 * changes to it or has not caught up with the disk yet (editing it then would save over the newer
 * file). The edit's offsets are taken in this text, so it is the document's, not the disk's.
 */
async function readSettled(uri: vscode.Uri, maxBytes: number): Promise<string | undefined> {
  const name = vscode.workspace.asRelativePath(uri);
  const already = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (already?.isDirty) {
    throw new WriteRefusedError(vscode.l10n.t('Nothing was moved: {0} has unsaved changes. Save it, then archive again.', name));
  }
  const disk = await readDiskText(uri, maxBytes);
  if (disk === undefined) {
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  if (!sameIgnoringLineEnds(doc.getText(), disk)) {
    throw new WriteRefusedError(
      vscode.l10n.t(
        '{0} just changed on disk and VS Code has not reloaded it yet. Nothing was moved; try again in a moment.',
        name,
      ),
    );
  }
  return doc.getText();
}
