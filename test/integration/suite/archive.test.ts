import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ALPHA_FILE, api, eventually, findRow, folderUri, freshWorkspace, readDisk, restore } from './helpers';

const ARCHIVED_TITLE = 'SaaS導入事例インタビュー';
const archiveFile = (): vscode.Uri => vscode.Uri.joinPath(folderUri('alpha'), 'contracts-archive-2025.json');

/**
 * Archive Closed Contracts in a real host: the closed contract of the alpha fixture, dated 2025 here
 * and carrying a comment inside, moves to contracts-archive-2025.json; Show Archived lists it; Undo
 * brings it back. The tests follow one another like a writer's session.
 */
describe('Archive Closed Contracts', () => {
  // The workspace as the fixture has it, whatever test file ran before.
  before(freshWorkspace);
  let original = '';
  let withOld = '';
  const args = (): unknown => ({ olderThanMonths: 6, confirmed: true, folder: folderUri('alpha').toString() });

  before(async () => {
    original = readDisk(ALPHA_FILE());
    withOld = original.replace(
      '"stage": "closed",',
      '"stage": "closed", // 2025年4月に入金確認\n         "stageDates": { "closed": "2025-04-30" },',
    );
    assert.notEqual(withOld, original);
    fs.writeFileSync(ALPHA_FILE().fsPath, withOld);
    await restore(ALPHA_FILE(), withOld);
  });

  after(async () => {
    await vscode.commands.executeCommand('contractGuard.hideArchived');
    fs.rmSync(archiveFile().fsPath, { force: true });
    fs.writeFileSync(ALPHA_FILE().fsPath, original);
    await restore(ALPHA_FILE(), original);
  });

  it('refuses, writing nothing, while the contracts file has unsaved changes', async () => {
    const editor = await vscode.window.showTextDocument(ALPHA_FILE());
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), ' '));
    await vscode.commands.executeCommand('contractGuard.archiveClosed', args());
    assert.equal(readDisk(ALPHA_FILE()), withOld);
    assert.ok(!fs.existsSync(archiveFile().fsPath));
    await restore(ALPHA_FILE(), withOld);
  });

  it('moves the old closed contract verbatim into contracts-archive-2025.json and leaves every other byte', async () => {
    const a = await api();
    const badge = a.badge();
    await vscode.commands.executeCommand('contractGuard.archiveClosed', args());
    const start = withOld.indexOf('      {\n         "id": "lc-2026-103"');
    const end = withOld.indexOf('\n      }\n', start) + '\n      }'.length;
    const moved = withOld.slice(start, end);
    assert.match(moved, /\/\/ 2025年4月に入金確認/);
    // The contract's own lines go; the one before becomes last and loses its comma; the comment between stays.
    const expected = (withOld.slice(0, start) + withOld.slice(end + 1)).replace(
      '      },\n      /* 終わった案件 */',
      '      }\n      /* 終わった案件 */',
    );
    assert.equal(readDisk(ALPHA_FILE()), expected);
    // A new archive file is laid out like the contracts file: 3-space keys, and its trailing commas.
    assert.equal(readDisk(archiveFile()), `{\n   "version": 1,\n   "contracts": [\n${moved},\n   ]\n}\n`);
    await eventually('the row to leave the view', () => (findRow(a.viewRows(), ARCHIVED_TITLE) ? undefined : true));
    assert.equal(a.badge(), badge, 'the badge does not change: closed contracts never needed action');
  });

  it('lists archived contracts, read-only, under "Archived" while Show Archived is on', async () => {
    const a = await api();
    const badge = a.badge();
    await vscode.commands.executeCommand('contractGuard.showArchived');
    const group = await eventually('the Archived group', () => a.viewRows().find((r) => r.label === 'Archived'));
    assert.equal(group.description, '1');
    const row = group.children.find((r) => r.label === ARCHIVED_TITLE);
    assert.ok(row, 'the archived contract is listed');
    assert.equal(row.contextValue, 'archivedContract', 'no write command matches its menus (they need /^contract\\b/)');
    assert.match(row.description, /contracts-archive-2025\.json/);
    assert.equal(row.command?.command, 'contractGuard.openProblem');
    assert.equal(a.badge(), badge);
    await vscode.commands.executeCommand('contractGuard.hideArchived');
    await eventually('the Archived group to go', () => (a.viewRows().some((r) => r.label === 'Archived') ? undefined : true));
  });

  it('is taken back by one Undo in the contracts file: the contract returns and the new archive file is deleted', async () => {
    const doc = await vscode.workspace.openTextDocument(ALPHA_FILE());
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await eventually('the contracts file to be as before', () => (doc.getText() === withOld ? true : undefined));
    // Undo reverts the text (unsaved, as any undo) and undoes the file creation: the archive file is deleted.
    assert.ok(doc.isDirty);
    await eventually('the archive file to be deleted', () => (fs.existsSync(archiveFile().fsPath) ? undefined : true));
    assert.ok(await doc.save());
    assert.equal(readDisk(ALPHA_FILE()), withOld);
    const a = await api();
    await eventually('the row to come back', () => findRow(a.viewRows(), ARCHIVED_TITLE));
  });

  it('appends to the year’s archive file when there is one, keeping what it held', async () => {
    const held = [
      '{',
      '  "version": 1,',
      '  "contracts": [',
      '    { "id": "lc-2025-001", "title": "去年の記事", "platform": "lancers", "client": { "name": "A社" }, "stage": "closed" } // 既にアーカイブ済み',
      '  ]',
      '}',
      '',
    ].join('\n');
    fs.writeFileSync(archiveFile().fsPath, held);
    await vscode.commands.executeCommand('contractGuard.archiveClosed', args());
    const after = readDisk(archiveFile());
    const lastEntryEnd = held.indexOf('"closed" }') + '"closed" }'.length;
    assert.equal(after.slice(0, lastEntryEnd), held.slice(0, lastEntryEnd), 'what the archive held is unchanged');
    assert.ok(after.includes('// 既にアーカイブ済み'));
    assert.ok(after.includes('// 2025年4月に入金確認'), 'the moved contract, with its comment');
    const ids = [...after.matchAll(/"id": "([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids, ['lc-2025-001', 'lc-2026-103']);
    assert.ok(!readDisk(ALPHA_FILE()).includes('"id": "lc-2026-103"'));
  });
});
