import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ALPHA_FILE, api, eventually, readDisk, restore } from './helpers';

describe('The money at stake in the Contracts view', () => {
  let original = '';
  before(() => {
    original = readDisk(ALPHA_FILE());
  });
  afterEach(async () => {
    // The unsaved edit is put back by writing the original text into the editor and saving it:
    // Revert File does not always reach a dirty editor in code-server (the store suite's restore
    // times out the same way when run alone).
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === ALPHA_FILE().toString());
    if (doc?.isDirty) {
      const editor = await vscode.window.showTextDocument(doc);
      await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original));
      assert.ok(await doc.save());
    }
    await restore(ALPHA_FILE(), original);
  });

  const actNow = async () => (await api()).viewRows().find((r) => r.label === 'Act now');

  it('sums each group, and counts a contract without an amount instead of guessing one', async () => {
    const group = await eventually('the Act now group', actNow);
    // The escrowed CrowdWorks contract has ¥25,000; the delivered one gives no amount.
    assert.equal(group.description, '2 · ¥25,000 at stake');
    assert.equal(group.tooltip, 'Delivered, not yet accepted: 1 without an amount (1)\nEscrowed: ¥25,000 (1)');
  });

  it('adds the new amount to the group after an edit in the editor, before it is saved', async () => {
    const doc = await vscode.workspace.openTextDocument(ALPHA_FILE());
    const editor = await vscode.window.showTextDocument(doc);
    const anchor = doc.getText().indexOf('"stage": "delivered",');
    assert.ok(anchor > 0);
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(anchor), '"amount": 18000, "currency": "JPY", ')));
    const group = await eventually('the group to count ¥43,000', async () => {
      const g = await actNow();
      return g?.description === '2 · ¥43,000 at stake' ? g : undefined;
    });
    assert.equal(group.tooltip, 'Delivered, not yet accepted: ¥18,000 (1)\nEscrowed: ¥25,000 (1)');
  });

  it('gives the same over every folder in the status bar item’s hover', async () => {
    const tooltip = await eventually('the status bar hover', async () => (await api()).statusBarTooltip());
    // The Coconala contract in the second folder has no amount either: counted, not guessed.
    assert.match(tooltip, /^2 contract\(s\) need action today\n/);
    assert.match(tooltip, /\nEscrowed: ¥25,000, 1 without an amount \(2\)$/);
  });
});
