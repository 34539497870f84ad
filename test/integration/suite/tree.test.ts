import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, eventually, findRow, freshWorkspace, rowsUnder } from './helpers';

describe('Contracts view', () => {
  // The workspace as the fixture has it, whatever test file ran before.
  before(freshWorkspace);
  it('lists contracts from every folder of a multi-root workspace under their urgency', async () => {
    const a = await api();
    const rows = await eventually('the view to list four contracts', () => {
      const r = a.viewRows();
      return r.flatMap((g) => g.children).length === 4 ? r : undefined;
    });
    assert.deepEqual(
      rows.map((r) => r.label),
      ['Act now', 'On track', 'Closed'],
    );
    assert.deepEqual(
      rowsUnder(rows, 'Act now').map((r) => r.label),
      ['美容系SEO記事 5本', '転職エージェント比較記事 2本'],
      'the step overdue the longest comes first',
    );
    const beta = findRow(rows, '整体院ブログ記事リライト');
    assert.ok(beta, 'the contract from the second folder (custom file name) is listed');
    assert.match(beta.description, /beta/, 'multi-root rows name their folder');
  });

  it('says how long the client has been silent and when the next step is due', async () => {
    const row = findRow((await api()).viewRows(), '美容系SEO記事 5本');
    assert.ok(row);
    assert.equal(row.description, 'silent 25d · due 11/19 · alpha');
    const [next, ...contacts] = row.children;
    assert.equal(next?.label, 'Send a polite reminder');
    assert.equal(contacts[0]?.label, '1本目の確認をお願い', 'the newest contact comes first');
  });

  it('shows the count that needs action on the view badge', async () => {
    assert.equal((await api()).badge(), 2);
  });

  it('groups by stage or platform on request, and back', async () => {
    const a = await api();
    await vscode.commands.executeCommand('contractGuard.groupByStage');
    assert.deepEqual(
      a.viewRows().map((r) => r.label),
      ['Escrow funded, working', 'Delivered, awaiting acceptance', 'Closed'],
    );
    await vscode.commands.executeCommand('contractGuard.groupByPlatform');
    assert.deepEqual(
      a.viewRows().map((r) => r.label),
      ['CrowdWorks', 'Lancers', 'Coconala'],
    );
    await vscode.commands.executeCommand('contractGuard.groupByUrgency');
    assert.equal(a.viewRows()[0]?.label, 'Act now');
  });

  it('shows the same count in the status bar', async () => {
    assert.equal((await api()).statusBarText(), '$(shield) 2 to act on');
  });

  it('uses the silence thresholds from settings', async () => {
    const a = await api();
    const config = vscode.workspace.getConfiguration('contractGuard');
    try {
      await config.update('silenceThresholds', { crowdworks: { watch: 2, act: 10 } }, vscode.ConfigurationTarget.Workspace);
      await eventually('the silent contract to move to Watch', () =>
        rowsUnder(a.viewRows(), 'Watch').some((r) => r.label === '美容系SEO記事 5本') ? true : undefined,
      );
    } finally {
      await config.update('silenceThresholds', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await eventually('the contract to return to Act now', () =>
      rowsUnder(a.viewRows(), 'Act now').some((r) => r.label === '美容系SEO記事 5本') ? true : undefined,
    );
  });
});
