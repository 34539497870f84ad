import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ContractGuardTestHooks } from '../../../src/api';
import { activated, freshWorkspace } from './helpers';

describe('Activation', () => {
  // The workspace as the fixture has it, whatever test file ran before.
  before(freshWorkspace);
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

  it('adds its test drivers to the API only under the test harness (the installed-package suite checks they are absent)', async () => {
    const a = (await activated()).exports;
    assert.equal(typeof (a as Partial<ContractGuardTestHooks>).sendToChecklist, 'function');
    assert.equal(typeof (a as Partial<ContractGuardTestHooks>).reviveChecklist, 'function');
    assert.ok(Object.isFrozen(a), 'no other extension can swap a function of the API');
  });
});
