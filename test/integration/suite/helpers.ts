import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ContractGuardApi, ContractGuardTestHooks, LogRecording, ViewRow } from '../../../src/api';

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

/** The drivers the extension adds to its API under the test harness only (see ContractGuardTestHooks). */
export async function testHooks(): Promise<ContractGuardApi & ContractGuardTestHooks> {
  const a = await api();
  if (!('sendToChecklist' in a) || !('reviveChecklist' in a) || !('recordLog' in a)) {
    throw new Error('the test hooks are missing: they exist only when the extension runs in ExtensionMode.Test or Development');
  }
  return a as ContractGuardApi & ContractGuardTestHooks;
}

/**
 * Every log line from now until disposed, whole: counting from recentLog() (the last 200 lines)
 * would shift as older lines drop out.
 */
export async function recordLog(): Promise<LogRecording> {
  return (await testHooks()).recordLog();
}

/**
 * Waits until `check` returns a value (not undefined), or fails with `what` after `ms`. A check that
 * only asserts returns undefined, so it would wait out `ms` and fail even once it holds: return
 * `true` (or the value) when it does. A check that returns `false` (a bare `.some(…)`) would end the
 * wait at once, whether or not it holds, so it is refused outright.
 */
export async function eventually<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  let last: Error | undefined;
  for (;;) {
    let value: T | undefined;
    try {
      value = await check();
    } catch (error) {
      last = error instanceof Error ? error : new Error(String(error));
    }
    if (value === false) {
      throw new Error(`The check for ${what} returned false: return undefined until it holds, then true`);
    }
    if (value !== undefined) {
      return value;
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
 * Brings VS Code's copy of a file to `text`, clean. The document is given the text and saved, which
 * leaves disk and editor the same whatever state they were in. Not "File: Revert": run from the
 * extension host on code-server 4.100.3 it wrote the dirty text to disk (a probe saw the typed space
 * reach the disk at the moment of the revert), which is how a space typed by one Archive test
 * survived into the next ones. A save refused because the disk changed underneath is retried once
 * VS Code has caught up.
 */
async function settleDocument(uri: vscode.Uri, text: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const settled = (): true | undefined => (doc && doc.getText() === text && !doc.isDirty && readDisk(uri) === text ? true : undefined);
  if (!doc || settled()) {
    return;
  }
  for (let attempt = 1; ; attempt++) {
    if (doc.getText() !== text) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
      await vscode.workspace.applyEdit(edit);
    }
    if (doc.isDirty) {
      await doc.save();
    }
    if (doc.isDirty && doc.getText() === text) {
      // The save was refused ("File Modified Since": VS Code 1.90 can keep the timestamp of an older
      // read). The text goes to the disk directly, and reverting to the disk settles the document.
      if (readDisk(uri) !== text) {
        fs.writeFileSync(uri.fsPath, text);
      }
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } else if (!doc.isDirty && doc.getText() === text && readDisk(uri) !== text) {
      // VS Code's copy is right and clean, so it saves nothing: the disk (changed by a test behind
      // VS Code's back, not yet seen) is written directly.
      fs.writeFileSync(uri.fsPath, text);
    }
    try {
      await eventually('the document to match the disk', settled, 5_000);
      return;
    } catch (error) {
      const state = `${doc.isDirty ? 'dirty' : 'clean'}, ${doc.getText() === text ? 'same text' : `text starting ${JSON.stringify(doc.getText().slice(0, 20))}`}; disk ${readDisk(uri) === text ? 'as wanted' : `starts ${JSON.stringify(readDisk(uri).slice(0, 20))}`}`;
      console.log(`    (restore: attempt ${attempt} left ${path.basename(uri.fsPath)} ${state})`);
      if (attempt === 3) {
        throw new Error(`${error instanceof Error ? error.message : String(error)} (${state})`);
      }
    }
  }
}

/**
 * Puts a file back as it was, so each test starts clean: through VS Code's document and its save
 * when VS Code holds one (dropping unsaved or stale text), else on disk; then editors are closed.
 */
export async function restore(uri: vscode.Uri, text: string): Promise<void> {
  await putBack(uri, text);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await (await api()).reload();
}

/** Puts a file's text back on disk and in VS Code's document, leaving editors open. */
export async function putBack(uri: vscode.Uri, text: string): Promise<void> {
  writeThrough(uri, text);
  await settleDocument(uri, text);
}

/**
 * Writes the disk directly only when VS Code holds no document for the file. Otherwise the document
 * is given the text and VS Code saves it: a direct write under an open document left VS Code 1.90
 * with the file's older timestamp, and the extension's next save of it then failed with "File
 * Modified Since" (seen in the oldest suite under load).
 */
function writeThrough(uri: vscode.Uri, text: string): void {
  const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  if (!fs.existsSync(uri.fsPath) || (!open && readDisk(uri) !== text)) {
    fs.writeFileSync(uri.fsPath, text);
  }
}

/** The pristine fixture that runIntegration copied this run's workspace from. */
const FIXTURE = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'workspace');

function filesUnder(root: string): string[] {
  return fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/**
 * Gives a test file the workspace exactly as the fixture has it, whatever ran before: every file
 * the fixture has is put back, every file a test added (an archive, a template, folder settings) is
 * removed, unsaved editors are dropped, and the view's grouping and archive toggle are back to their
 * defaults. Each `describe` calls it in `before`, so no test file depends on another's leftovers or
 * on the order mocha runs the files in.
 */
export async function freshWorkspace(): Promise<void> {
  const root = path.dirname(folderUri('alpha').fsPath);
  const wanted = new Set(filesUnder(FIXTURE));
  for (const file of filesUnder(root)) {
    if (!wanted.has(file)) {
      fs.rmSync(path.join(root, file), { force: true });
    }
  }
  // Folders a test made (.contract-guard/templates, alpha/.vscode) go too: an empty one is still a change.
  const wantedDirs = new Set([...wanted].flatMap((f) => f.split(path.sep).slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join(path.sep))));
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = path.relative(root, path.join(entry.parentPath, entry.name));
    if (!wantedDirs.has(dir)) {
      fs.rmSync(path.join(root, dir), { recursive: true, force: true });
    }
  }
  for (const file of wanted) {
    const text = fs.readFileSync(path.join(FIXTURE, file), 'utf8');
    const target = vscode.Uri.file(path.join(root, file));
    fs.mkdirSync(path.dirname(target.fsPath), { recursive: true });
    writeThrough(target, text);
    await settleDocument(target, text);
  }
  // An untitled draft a test typed into is emptied, so closing it asks nothing; other files are put
  // back as the disk has them.
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    if (doc.isUntitled) {
      const edit = new vscode.WorkspaceEdit();
      edit.delete(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)));
      await vscode.workspace.applyEdit(edit);
    } else if (doc.uri.scheme === 'file') {
      await settleDocument(doc.uri, readDisk(doc.uri));
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('contractGuard.groupByUrgency');
  await vscode.commands.executeCommand('contractGuard.hideArchived');
  await (await api()).reload();
}

/**
 * The setup of a `describe` whose tests change one contracts file: the workspace as the fixture has
 * it (whatever test file ran before), and that file put back after each test (or, with 'after', once
 * the describe is done). Returns the file's text as the tests start from it.
 */
export function suiteOnFreshWorkspace(file: () => vscode.Uri = ALPHA_FILE, putBackAfter: 'each' | 'after' = 'each'): () => string {
  let original: string | undefined;
  before(async () => {
    await freshWorkspace();
    original = readDisk(file());
  });
  (putBackAfter === 'each' ? afterEach : after)(async () => {
    if (original !== undefined) {
      await restore(file(), original);
    }
  });
  return () => {
    if (original === undefined) {
      throw new Error('the original text is read in the describe’s before hook');
    }
    return original;
  };
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
