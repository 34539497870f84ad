import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ViewRow } from '../../../src/api';
import { changedOnDisk } from '../../host/diskWrites';
import { gitMergeConflict } from '../../host/gitConflict';
import { ALPHA_FILE, api, commentsOf, eventually, folderUri, testHooks, linesLost, readDisk, restore } from './helpers';

const LAST_CONTACT = '"summary": "1本目の確認をお願い" } // 返信なし';

/** The alpha fixture with one more message logged after the last one of cw-2026-101. */
function withContact(text: string, summary: string, at: string): string {
  assert.ok(text.includes(LAST_CONTACT));
  return text.replace(
    LAST_CONTACT,
    `"summary": "1本目の確認をお願い" }, // 返信なし\n            { "at": "${at}", "direction": "sent", "channel": "platformMessage", "summary": "${summary}" }`,
  );
}

/** What a real `git merge` of two branches, each with one logged message, leaves in the file. */
function gitConflict(original: string): string {
  return gitMergeConflict(
    original,
    withContact(original, 'ノートPCから催促', '2026-11-21T10:00:00+09:00'),
    withContact(original, 'デスクトップから催促', '2026-11-20T10:00:00+09:00'),
  );
}

async function row(contextValue: string): Promise<ViewRow> {
  const a = await api();
  return eventually(`a row ${contextValue}`, () => a.viewRows().find((r) => r.contextValue === contextValue));
}

async function runRow(r: ViewRow): Promise<void> {
  assert.ok(r.command);
  await vscode.commands.executeCommand(r.command.command, ...(r.command.arguments ?? []));
}

function summaries(text: string): string[] {
  return [...text.matchAll(/"summary": "([^"]*)"/g)].map((m) => m[1]!);
}

describe('Merging two versions of the contracts file', () => {
  let original = '';
  const copy = (): vscode.Uri => vscode.Uri.joinPath(folderUri('alpha'), 'contracts 2.json');

  before(() => {
    original = readDisk(ALPHA_FILE());
  });

  afterEach(async () => {
    fs.rmSync(copy().fsPath, { force: true });
    fs.writeFileSync(ALPHA_FILE().fsPath, original);
    await restore(ALPHA_FILE(), original);
  });

  it('offers Merge Both Versions for a real git conflict, keeps both messages and the comments, and Undo takes it back', async () => {
    const conflicted = gitConflict(original);
    assert.match(conflicted, /^<<<<<<< HEAD$/m);
    fs.writeFileSync(ALPHA_FILE().fsPath, conflicted);
    await (await api()).reload();
    const offer = await row('mergeOffer gitConflict');
    assert.match(offer.label, /contracts\.json/);
    assert.equal(offer.command?.command, 'contractGuard.mergeBothVersions');

    await runRow(offer);
    // VS Code saves by truncating and then writing: wait for a whole, settled file, not just one without markers.
    const merged = await changedOnDisk(ALPHA_FILE().fsPath, conflicted, 'the merged file on disk');
    assert.ok(!merged.includes('<<<<<<<'), merged);
    const log = summaries(merged);
    assert.ok(log.includes('デスクトップから催促') && log.includes('ノートPCから催促'), log.join(', '));
    assert.ok(log.indexOf('デスクトップから催促') < log.indexOf('ノートPCから催促'), 'in date order');
    assert.deepEqual(commentsOf(merged), commentsOf(original));
    const a = await api();
    await eventually('the offer row to go', () =>
      a.viewRows().some((r) => r.contextValue?.startsWith('mergeOffer')) ? undefined : true,
    );
    assert.ok(a.contractNode('cw-2026-101'), 'the contracts show again');

    // One Undo brings back exactly what git left.
    await vscode.window.showTextDocument(ALPHA_FILE());
    await vscode.commands.executeCommand('undo');
    const doc = await vscode.workspace.openTextDocument(ALPHA_FILE());
    assert.equal(doc.getText(), conflicted);
  });

  it('merges a sync service’s copy into the contracts file and moves the copy out of the folder', async () => {
    fs.writeFileSync(copy().fsPath, withContact(original, '別のパソコンで記録', '2026-11-22T09:00:00+09:00'));
    const offer = await row('mergeOffer syncCopy');
    assert.match(offer.label, /1 message/);
    assert.equal(offer.description, 'contracts 2.json');
    assert.equal(offer.command?.command, 'contractGuard.mergeSyncCopy');

    await runRow(offer);
    const merged = readDisk(ALPHA_FILE());
    assert.ok(summaries(merged).includes('別のパソコンで記録'));
    assert.deepEqual(commentsOf(merged), commentsOf(original));
    // Only the new line was added after the last one, which gains its comma; every other line is as it was.
    assert.deepEqual(linesLost(original, merged), [
      `            { "at": "2026-11-16T09:45:00+09:00", "direction": "sent", "channel": "platformMessage", ${LAST_CONTACT}`,
    ]);
    assert.ok(merged.includes(`"1本目の確認をお願い" }, // 返信なし`));
    // The copy went to the trash where the host has one, and is kept otherwise: never deleted outright.
    const trashed = !fs.existsSync(copy().fsPath);
    const log = (await api()).recentLog().join('\n');
    assert.ok(trashed || /Could not move .*contracts%202\.json.* to the trash/.test(log), log);
  });

  it('asks about a title both versions changed, and keeps the one chosen in the quick pick', async () => {
    const a = await testHooks();
    fs.writeFileSync(
      copy().fsPath,
      original.replace('"title": "転職エージェント比較記事 2本"', '"title": "転職エージェント比較記事 3本"'),
    );
    const offer = await row('mergeOffer syncCopy');
    const renamed = fs
      .readFileSync(ALPHA_FILE().fsPath, 'utf8')
      .replace('"title": "転職エージェント比較記事 2本"', '"title": "転職エージェント比較記事（改題）"');
    fs.writeFileSync(ALPHA_FILE().fsPath, renamed);
    await restore(ALPHA_FILE(), renamed);

    const running = runRow(offer);
    const question = await eventually('the merge question', () => a.mergeQuestion());
    assert.match(question.title, /転職エージェント比較記事（改題）/);
    const theirs = question.items.find((label) => /other version/i.test(label));
    assert.ok(theirs, question.items.join(' | '));
    question.highlight(theirs);
    // The highlight travels to the window and back: Enter before it arrives would pick the first item.
    await eventually('the highlight on the other version', () => (question.highlighted() === theirs ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    assert.match(readDisk(ALPHA_FILE()), /"title": "転職エージェント比較記事 3本"/);
  });
});
