import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, BETA_FILE, contractArg, eventually, findRow, folderUri, readDisk, suiteOnFreshWorkspace } from './helpers';

describe('Contracts store', () => {
  // The workspace as the fixture has it, whatever test file ran before.
  const original = suiteOnFreshWorkspace(BETA_FILE);

  it('refreshes the view when the file is edited outside VS Code', async () => {
    fs.writeFileSync(BETA_FILE().fsPath, original().replace('整体院ブログ記事リライト', '整体院ブログ記事リライト（改）'));
    await eventually('the new title in the view', async () =>
      findRow((await api()).viewRows(), '整体院ブログ記事リライト（改）'),
    );
  });

  it('shows what an open editor holds, even before it is saved', async () => {
    const doc = await vscode.workspace.openTextDocument(BETA_FILE());
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('整体院ブログ記事リライト');
    await editor.edit((b) => b.insert(doc.positionAt(at), '【下書き】'));
    assert.equal(doc.isDirty, true);
    await eventually('the unsaved title in the view', async () =>
      findRow((await api()).viewRows(), '【下書き】整体院ブログ記事リライト'),
    );
    assert.equal(readDisk(BETA_FILE()), original(), 'nothing was saved');
  });

  it('keeps the last good contracts, puts problems at their exact place, and refuses to write a broken file', async () => {
    // A comma is missing after "platform": "coconala" (line 8 of the file, 0-based line 7).
    const broken = original().replace('"platform": "coconala",', '"platform": "coconala"');
    fs.writeFileSync(BETA_FILE().fsPath, broken);
    const diagnostics = await eventually('diagnostics for the broken file', () => {
      const d = vscode.languages.getDiagnostics(BETA_FILE()).filter((x) => x.source === 'Contract Guard');
      return d.length > 0 ? d : undefined;
    });
    assert.equal(diagnostics[0]?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostics[0]?.range.start.line, 8, 'the error is where the next field starts, after the missing comma');
    assert.match(diagnostics[0]?.message ?? '', /comma/i);

    const rows = (await api()).viewRows();
    const problems = rows.find((r) => r.contextValue === 'problems');
    assert.ok(problems, 'the view shows the file has problems');
    assert.match(problems.label, /1 problem/);
    const stale = findRow(rows, '整体院ブログ記事リライト');
    assert.ok(stale, 'the last good contract is still listed');
    assert.match(stale.description, /stale/);

    await vscode.commands.executeCommand('contractGuard.logReply', await contractArg('cn-2026-201'), { summary: '返信あり' });
    assert.equal(readDisk(BETA_FILE()), broken, 'nothing was written into the file that does not parse');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === BETA_FILE().toString());
    assert.ok(!doc || doc.getText() === broken, 'nor into its editor');
  });

  it('opens the file at the first problem from the problems row', async () => {
    fs.writeFileSync(BETA_FILE().fsPath, original().replace('"platform": "coconala",', '"platform": "coconala"'));
    const row = await eventually('the problems row', async () =>
      (await api()).viewRows().find((r) => r.contextValue === 'problems'),
    );
    assert.ok(row.command, 'the row can be clicked');
    await vscode.commands.executeCommand(row.command.command, ...(row.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), BETA_FILE().toString());
    assert.equal(editor?.selection.start.line, 8);
  });

  it('writes to a folder’s own file name in a multi-root workspace, indenting with its tabs', async () => {
    await vscode.commands.executeCommand('contractGuard.logReply', await contractArg('cn-2026-201'), { summary: 'タブで追加' });
    const after = readDisk(BETA_FILE());
    assert.match(
      after,
      /\n\t\t\t\t\{ "at": "[^"]+", "direction": "received", "channel": "platformMessage", "summary": "タブで追加" \}\n/,
    );
    assert.ok(after.includes('// タブでインデントされた別フォルダーの契約ファイル（設定でファイル名を変更）'));
  });

  it('offers to create a commented sample file where there is none, and reads it at once', async () => {
    const file = vscode.Uri.joinPath(folderUri('empty'), 'contracts.json');
    try {
      await vscode.commands.executeCommand('contractGuard.createContractsFile');
      assert.ok(fs.existsSync(file.fsPath));
      assert.match(readDisk(file), /^\/\/ /, 'the sample starts with an explanatory comment');
      await eventually('the sample contract in the view', async () =>
        findRow((await api()).viewRows(), 'Three SEO articles (beauty)'),
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(file.fsPath, { force: true });
    }
    await eventually('the sample to leave the view when the file is deleted', async () =>
      findRow((await api()).viewRows(), 'Three SEO articles (beauty)') ? undefined : true,
    );
  });
});
