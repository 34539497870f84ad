import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activated } from './helpers';

describe('Activation', () => {
  it('activates in a workspace that holds a contracts file', async () => {
    const ext = await activated();
    assert.equal(ext.isActive, true);
    assert.equal(vscode.version.startsWith('1.'), true);
    console.log(`    (running inside VS Code ${vscode.version}, ${vscode.env.appName})`);
  });

  it('registers every command the manifest contributes', async () => {
    const ext = await activated();
    const manifest = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8')) as {
      contributes: { commands: { command: string }[] };
    };
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });
});
