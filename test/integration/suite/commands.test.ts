import * as assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import { ALPHA_FILE, api, commentsOf, contractArg, eventually, findRow, linesLost, readDisk, recordLog, rowsUnder, suiteOnFreshWorkspace } from './helpers';

/** Reads the file as JSON with comments, the way VS Code does. */
function contractsOn(text: string): Record<string, unknown>[] {
  return (parse(text, [], { allowTrailingComma: true }) as { contracts: Record<string, unknown>[] }).contracts;
}

function contract(text: string, id: string): Record<string, unknown> {
  const found = contractsOn(text).find((c) => c.id === id);
  assert.ok(found, `${id} is in the file`);
  return found;
}

describe('Commands write minimal, undoable edits', () => {
  const original = suiteOnFreshWorkspace();

  /** Every comment survives, and only a line or two of what the writer typed is touched. */
  function assertLayoutKept(after: string, maxLinesChanged: number): void {
    for (const comment of commentsOf(original())) {
      assert.ok(after.includes(comment), `comment kept: ${comment}`);
    }
    const lost = linesLost(original(), after);
    assert.ok(
      lost.length <= maxLinesChanged,
      `at most ${maxLinesChanged} original line(s) changed, but these were: ${lost.join(' | ')}`,
    );
  }

  const contactCases = [
    { command: 'contractGuard.logSent', direction: 'sent', channel: 'platformMessage' },
    { command: 'contractGuard.logReply', direction: 'received', channel: 'platformMessage' },
    { command: 'contractGuard.recordOperatorReport', direction: 'sent', channel: 'operatorReport' },
    { command: 'contractGuard.recordTerminationRequest', direction: 'sent', channel: 'terminationRequest' },
  ] as const;

  for (const c of contactCases) {
    it(`${c.command} appends one contact-log entry and keeps comments and layout`, async () => {
      await vscode.commands.executeCommand(c.command, await contractArg('cw-2026-101'), {
        summary: 'テスト記録',
        at: '2026-11-24T10:00:00+09:00',
      });
      const after = readDisk(ALPHA_FILE());
      const contacts = contract(after, 'cw-2026-101').contacts as Record<string, unknown>[];
      assert.equal(contacts.length, 3);
      assert.deepEqual(contacts[2], {
        at: '2026-11-24T10:00:00+09:00',
        direction: c.direction,
        channel: c.channel,
        summary: 'テスト記録',
      });
      // The previous last entry gains a comma before its trailing comment; nothing else changes.
      assertLayoutKept(after, 1);
      assert.match(after, /"summary": "1本目の確認をお願い" \}, \/\/ 返信なし\n\s+\{ "at": "2026-11-24T10:00:00\+09:00"/);
    });
  }

  it('Log Client Reply moves a silent contract out of "Act now"', async () => {
    const a = await api();
    assert.ok(rowsUnder(a.viewRows(), 'Act now').some((r) => r.label === '美容系SEO記事 5本'));
    await vscode.commands.executeCommand('contractGuard.logReply', await contractArg('cw-2026-101'), {
      at: '2026-11-24T09:30:00+09:00',
    });
    await eventually('the contract to leave Act now', () =>
      rowsUnder(a.viewRows(), 'Act now').some((r) => r.label === '美容系SEO記事 5本') ? undefined : true,
    );
    assert.equal(a.badge(), 1);
  });

  it('Set Stage changes the stage and records the date', async () => {
    await vscode.commands.executeCommand('contractGuard.setStage', await contractArg('cw-2026-101'), { stage: 'delivered' });
    const after = readDisk(ALPHA_FILE());
    const changed = contract(after, 'cw-2026-101');
    assert.equal(changed.stage, 'delivered');
    assert.deepEqual(changed.stageDates, { contracted: '2026-10-29', escrowFunded: '2026-10-30', delivered: '2026-11-24' });
    assertLayoutKept(after, 2);
  });

  it('Set Stage refuses a move the contract cannot make', async () => {
    const logged = await recordLog();
    try {
      await vscode.commands.executeCommand('contractGuard.setStage', await contractArg('cw-2026-101'), { stage: 'applied' });
      assert.equal(readDisk(ALPHA_FILE()), original(), 'nothing written');
      // Refused, not ignored: the command ran and told the writer why (the log holds what the message says)…
      assert.deepEqual(
        logged.lines.filter((l) => l.includes('Set Stage refused')),
        ['[warning] Set Stage refused: cw-2026-101 cannot move from escrowFunded to applied'],
        logged.lines.slice(-3).join('\n'),
      );
    } finally {
      logged.dispose();
    }
    // …and the same command with a move the contract can make does write.
    await vscode.commands.executeCommand('contractGuard.setStage', await contractArg('cw-2026-101'), { stage: 'delivered' });
    assert.equal(contract(readDisk(ALPHA_FILE()), 'cw-2026-101').stage, 'delivered');
  });

  it('Add Contract appends a valid entry written like its neighbours', async () => {
    await vscode.commands.executeCommand('contractGuard.addContract', {
      title: '観光メディア記事 3本',
      platform: 'lancers',
      clientName: '株式会社たびびと',
      stage: 'contracted',
      deadline: '2026-12-15',
      folder: vscode.workspace.workspaceFolders?.find((f) => f.name === 'alpha')?.uri.toString(),
    });
    const after = readDisk(ALPHA_FILE());
    const added = contractsOn(after).at(-1);
    assert.deepEqual(added, {
      id: 'lc-2026-104',
      title: '観光メディア記事 3本',
      platform: 'lancers',
      client: { name: '株式会社たびびと' },
      stage: 'contracted',
      stageDates: { contracted: '2026-11-24' },
      contacts: [],
      deadline: '2026-12-15',
    });
    assertLayoutKept(after, 1);
    assert.match(after, /\n {6}\{\n {9}"id": "lc-2026-104",/, 'indented with the file’s own three spaces');
    const a = await api();
    await eventually('the new contract in the view', () => findRow(a.viewRows(), '観光メディア記事 3本'));
  });

  it('keeps the ids of a contract’s rows when a message is logged, so what is selected stays selected', async () => {
    const a = await api();
    const idsOf = (): string[] => (findRow(a.viewRows(), '美容系SEO記事 5本')?.children ?? []).map((r) => r.id);
    const before = idsOf();
    await vscode.commands.executeCommand('contractGuard.logSent', await contractArg('cw-2026-101'), { summary: '追加の連絡' });
    const after = idsOf();
    assert.equal(after.length, before.length + 1, 'the new message is listed');
    for (const id of before) {
      assert.ok(after.includes(id), `row ${id} kept its id`);
    }
  });

  it('runs two actions in a row without losing either', async () => {
    const node = await contractArg('cw-2026-101');
    await Promise.all([
      vscode.commands.executeCommand('contractGuard.logSent', node, { summary: '一つ目' }),
      vscode.commands.executeCommand('contractGuard.logReply', node, { summary: '二つ目' }),
    ]);
    const summaries = (contract(readDisk(ALPHA_FILE()), 'cw-2026-101').contacts as { summary?: string }[]).map((c) => c.summary);
    assert.deepEqual(summaries.slice(-2).sort(), ['一つ目', '二つ目']);
  });

  it('takes a keybinding’s single argument naming the contract and the answers', async () => {
    await vscode.commands.executeCommand('contractGuard.logSent', { contractId: 'cw-2026-102', summary: 'キーボードから' });
    const contacts = contract(readDisk(ALPHA_FILE()), 'cw-2026-102').contacts as { summary?: string }[];
    assert.equal(contacts.at(-1)?.summary, 'キーボードから');
  });

  it('keeps the file as typed even when the writer formats on save', async () => {
    const settings = vscode.workspace.getConfiguration(undefined, ALPHA_FILE());
    await settings.update('editor.formatOnSave', true, vscode.ConfigurationTarget.WorkspaceFolder);
    await settings.update('files.trimTrailingWhitespace', true, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await vscode.commands.executeCommand('contractGuard.logReply', await contractArg('cw-2026-101'), {
        summary: '整形しないこと',
      });
      const after = readDisk(ALPHA_FILE());
      assert.match(after, /整形しないこと/);
      assertLayoutKept(after, 1);
    } finally {
      await settings.update('editor.formatOnSave', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await settings.update('files.trimTrailingWhitespace', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  it('can be undone with Undo, as one step', async () => {
    const doc = await vscode.workspace.openTextDocument(ALPHA_FILE());
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('contractGuard.logSent', await contractArg('cw-2026-101'), { summary: '取り消す記録' });
    assert.match(doc.getText(), /取り消す記録/);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original());
  });

  it('never overwrites an editor with unsaved changes: the edit joins them, unsaved', async () => {
    const doc = await vscode.workspace.openTextDocument(ALPHA_FILE());
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '// 書きかけのメモ\n'));
    await vscode.commands.executeCommand('contractGuard.logReply', await contractArg('cw-2026-102'), { summary: '検収します' });
    assert.equal(doc.isDirty, true, 'still unsaved: the writer decides when to save');
    assert.match(doc.getText(), /^\/\/ 書きかけのメモ\n/, 'the writer’s unsaved text is kept');
    assert.match(doc.getText(), /検収します/, 'and the logged reply is in the editor');
    assert.equal(readDisk(ALPHA_FILE()), original(), 'the disk was not touched');
  });
});
