import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, eventually, findRow } from './helpers';

/**
 * Registered only in `npm run test:restricted` (CONTRACT_GUARD_RESTRICTED=1): an untrusted folder with
 * workspace trust on. There a trusted workspace is a broken run, not a reason to skip: these tests
 * would otherwise pass having checked nothing.
 */
const suite = process.env.CONTRACT_GUARD_RESTRICTED === '1' ? describe : describe.skip;
suite('Restricted Mode (untrusted workspace)', function () {
  this.timeout(60_000);
  before(function () {
    assert.equal(vscode.workspace.isTrusted, false, 'the workspace must open in Restricted Mode (untrusted) for this suite to mean anything');
  });

  const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;

  it('reads the contracts file, ignoring the workspace’s setting that points at another file', async () => {
    const a = await api();
    await eventually('the contract in the view', () => findRow(a.viewRows(), '制限モードの契約'));
    assert.equal(findRow(a.viewRows(), '設定で指す別ファイル'), undefined);
  });

  it('writes to the writer’s own contracts file on command', async () => {
    const a = await api();
    await eventually('the contract', () => a.contractNode('rm-1'));
    await vscode.commands.executeCommand('contractGuard.logSent', a.contractNode('rm-1'), {
      summary: '制限モードでも記録',
      at: '2026-11-24T10:00:00+09:00',
    });
    const text = fs.readFileSync(vscode.Uri.joinPath(folder(), 'contracts.json').fsPath, 'utf8');
    assert.ok(text.includes('制限モードでも記録'));
    assert.ok(text.startsWith('// Restricted Mode'), 'the comment survives');
  });
});
