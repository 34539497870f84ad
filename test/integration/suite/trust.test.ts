import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, eventually, EXTENSION_ID, findRow, folderUri, freshWorkspace } from './helpers';

describe('Workspace trust, containment and the log', () => {
  // The workspace as the fixture has it, whatever test file ran before.
  before(freshWorkspace);
  it('declares what works in Restricted Mode and which workspace settings it ignores there', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      capabilities: { untrustedWorkspaces: { supported: unknown; description: string; restrictedConfigurations: string[] } };
    };
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.match(trust.description, /Restricted Mode/);
    assert.deepEqual([...trust.restrictedConfigurations].sort(), ['contractGuard.contractsFile', 'contractGuard.maxFileSizeMB']);
  });

  it('never follows a contracts-file setting out of the workspace folder', async () => {
    const outside = path.join(path.dirname(folderUri('empty').fsPath), 'outside-contracts.json');
    fs.writeFileSync(
      outside,
      JSON.stringify({
        version: 1,
        contracts: [{ id: 'x', title: '外のファイル', platform: 'direct', client: { name: 'x' }, stage: 'applied' }],
      }),
    );
    const settings = vscode.workspace.getConfiguration('contractGuard', folderUri('empty'));
    try {
      await settings.update('contractsFile', '../outside-contracts.json', vscode.ConfigurationTarget.WorkspaceFolder);
      const a = await api();
      await a.reload();
      await eventually('the setting to be logged as refused', () =>
        a.recentLog().some((l) => l.includes('leaves the workspace folder')) ? true : undefined,
      );
      assert.equal(findRow(a.viewRows(), '外のファイル'), undefined, 'the outside file is not read');
    } finally {
      await settings.update('contractsFile', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      fs.rmSync(outside, { force: true });
    }
  });

  it('opens the log with Show Log', async () => {
    await vscode.commands.executeCommand('contractGuard.showLog');
    const lines = (await api()).recentLog();
    assert.ok(
      lines.some((l) => l.startsWith('[info] Contract Guard starting')),
      'the log has the start line',
    );
  });
});
