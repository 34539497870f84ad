import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ALPHA_FILE, api, BETA_FILE, contractArg, eventually, folderUri, suiteOnFreshWorkspace } from './helpers';

const activeUri = (): string | undefined => vscode.window.activeTextEditor?.document.uri.toString();

/** The commands that open the contracts file: each must land the writer on the right file and place. */
describe('Commands that open the contracts file', () => {
  const original = suiteOnFreshWorkspace();

  it('Open Contracts File opens the named folder’s file (a custom name in beta)', async () => {
    assert.equal(activeUri(), undefined, 'no editor open before');
    await vscode.commands.executeCommand('contractGuard.openContractsFile', folderUri('beta').toString());
    assert.equal(activeUri(), BETA_FILE().toString());
    await vscode.commands.executeCommand('contractGuard.openContractsFile', folderUri('alpha').toString());
    assert.equal(activeUri(), ALPHA_FILE().toString());
  });

  it('Reveal Contract in File puts the cursor on that contract’s object', async () => {
    for (const id of ['cw-2026-102', 'cw-2026-101']) {
      await vscode.commands.executeCommand('contractGuard.revealContract', await contractArg(id));
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), ALPHA_FILE().toString());
      const text = editor.document.getText();
      // The cursor is at the "{" that opens the contract whose id is the first key inside it.
      const at = editor.document.offsetAt(editor.selection.active);
      assert.equal(text[at], '{', `the cursor is on an object, not at ${JSON.stringify(text.slice(at, at + 20))}`);
      assert.match(text.slice(at), new RegExp(`^\\{\\s*"id": "${id}"`), `the object of ${id}`);
      await eventually('the contract scrolled into view', () => (editor.visibleRanges.some((r) => r.contains(editor.selection.active)) ? true : undefined));
    }
  });

  it('a problem row opens the file with the broken part selected', async () => {
    const broken = original().replace('"stage": "escrowFunded"', '"stage": "shipped"');
    fs.writeFileSync(ALPHA_FILE().fsPath, broken);
    const a = await api();
    const problem = await eventually('a problem row', () => {
      const group = a.viewRows().find((r) => r.contextValue === 'problems');
      return group?.children.find((r) => r.command?.command === 'contractGuard.openProblem');
    });
    await vscode.commands.executeCommand(problem.command!.command, ...(problem.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), ALPHA_FILE().toString());
    assert.match(editor.document.getText(editor.selection), /shipped/, 'the selection is the bad value');
  });

  it('Open Client Page hands the contract’s page to VS Code to open outside', async () => {
    // VS Code asks before it opens an external site ("Do you want … to open the external website?");
    // under the test harness that dialog is refused with its text, which is how the test sees that
    // the command reached openExternal with an external page. The browser tests click it through.
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('contractGuard.openClientPage', await contractArg('cw-2026-101'))),
      /open the external website/,
    );
    // A contract without a page opens nothing: no dialog, so no refusal.
    await vscode.commands.executeCommand('contractGuard.openClientPage', await contractArg('cw-2026-102'));
  });
});

describe('Refresh', () => {
  const original = suiteOnFreshWorkspace(ALPHA_FILE, 'after');

  it('has the view read the file again by the time the command returns', async () => {
    const a = await api();
    fs.writeFileSync(ALPHA_FILE().fsPath, original().replace('転職エージェント比較記事 2本', '転職エージェント比較記事 4本'));
    // Checked the moment Refresh returns, with no wait: the file watcher's own reload comes after a
    // delay, so only Refresh can have put the new title in the view by then.
    await vscode.commands.executeCommand('contractGuard.refresh');
    assert.ok(a.viewRows().some((g) => g.children.some((r) => r.label === '転職エージェント比較記事 4本')));
  });
});
