import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ViewRow } from '../../../src/api';
import { api, eventually, folderUri, freshWorkspace, recordLog } from './helpers';

interface CorpusEntry {
  readonly file: string;
  readonly expect: 'problem' | 'loads';
  readonly why: string;
  readonly message?: string;
  readonly title?: string;
}

const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'corpus');
const visible = (text: string): string => text.replace(/\u200B/g, '');
/** `$(name)` as VS Code would turn it into an icon, in plain or Markdown-escaped form. */
const ICON_FROM_TEXT = /\\?\$\\?\((alert|warning|error)\\?\)/;

function flatten(rows: readonly ViewRow[]): ViewRow[] {
  return rows.flatMap((r) => [r, ...flatten(r.children)]);
}

/** Add Contract with its answers given, into the "empty" folder's file: a write the file may refuse. */
async function addToEmpty(): Promise<void> {
  await vscode.commands.executeCommand('contractGuard.addContract', {
    title: '書き込まれてはいけない',
    platform: 'direct',
    clientName: 'x',
    stage: 'applied',
    folder: folderUri('empty').toString(),
  });
}

describe('Hostile and broken files in the real host', function () {
  // The workspace as the fixture has it, whatever test file ran before.
  before(freshWorkspace);
  this.timeout(120_000);
  const target = (): vscode.Uri => vscode.Uri.joinPath(folderUri('empty'), 'contracts.json');
  const entries = (JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as { files: CorpusEntry[] }).files;

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(target().fsPath, { force: true });
    await (await api()).reload();
  });

  for (const entry of entries) {
    it(`${entry.file}: ${entry.why}`, async () => {
      const bytes = fs.readFileSync(path.join(CORPUS, entry.file));
      fs.writeFileSync(target().fsPath, bytes);
      const a = await api();
      // Every line this test causes, however many: the log's recent buffer keeps only 200.
      const logged = await recordLog();
      try {
        await a.reload();
        if (entry.expect === 'problem') {
          const problems = await eventually('the problems row for the file', () =>
            a
              .viewRows()
              .find(
                (r) => r.contextValue === 'problems' && r.children.some((c) => visible(c.label).includes(entry.message ?? '')),
              ),
          );
          assert.match(problems.label, /contracts\.json has \d+ problem/);
          const diagnostics = vscode.languages.getDiagnostics(target()).filter((d) => d.source === 'Contract Guard');
          assert.ok(diagnostics.length > 0, 'the problem is in the Problems panel too');
          // A write on it is tried, and refused: the writer is told (the log holds the message shown)…
          await addToEmpty();
          assert.equal(
            logged.lines.filter((l) => l.startsWith('[warning] Write refused (addContract)')).length,
            1,
            `the write was tried and refused once: ${logged.lines.slice(-3).join(' | ')}`,
          );
        } else {
          const rows = await eventually('the contract in the view', () => {
            const found = flatten(a.viewRows()).filter((r) => r.contextValue?.startsWith('contract'));
            const mine = found.filter((r) => r.id.includes(folderUri('empty').toString()));
            return mine.length > 0 ? mine : undefined;
          });
          const row = rows[0]!;
          if (entry.title !== undefined) {
            assert.equal(visible(row.label), entry.title, 'the title is shown exactly as written');
          }
          for (const r of flatten([row])) {
            assert.doesNotMatch(r.label, ICON_FROM_TEXT, 'no icon made from the writer’s text in a label');
            assert.doesNotMatch(r.tooltip ?? '', ICON_FROM_TEXT, 'no icon made from the writer’s text in a hover');
            assert.doesNotMatch(r.tooltip ?? '', /(?<!\\)<(script|img|a|b|svg)\b/i, 'no unescaped HTML in a hover');
          }
        }
        // …and the refused write left the file as it was. A file that loads had no write asked for:
        // what is checked there is that reading and showing it did not rewrite it (no BOM dropped, no
        // line endings or escapes normalised on load).
        assert.ok(
          Buffer.compare(fs.readFileSync(target().fsPath), bytes) === 0,
          entry.expect === 'problem' ? 'the refused write changed nothing on disk' : 'reading it changed nothing on disk',
        );
        assert.deepEqual(
          logged.lines.filter((l) => l.startsWith('[error]')),
          [],
          'nothing failed inside the extension',
        );
      } finally {
        logged.dispose();
      }
    });
  }

  it('writes to a file with mixed line endings, changing only the edited entry (it used to refuse every write)', async () => {
    const bytes = fs.readFileSync(path.join(CORPUS, 'mixed-line-endings.json'));
    fs.writeFileSync(target().fsPath, bytes);
    const a = await api();
    await a.reload();
    await eventually('the contract in the view', () => (a.contractNode('c-1') ? true : undefined));
    await vscode.commands.executeCommand('contractGuard.logSent', a.contractNode('c-1'), {
      summary: '改行混在でも書ける',
      at: '2026-11-24T10:00:00+09:00',
    });
    const before = bytes.toString('utf8');
    const after = fs.readFileSync(target().fsPath, 'utf8');
    assert.ok(after.includes('改行混在でも書ける'), 'the entry was written');
    const head = before.slice(0, before.indexOf('"stage"'));
    assert.ok(after.startsWith(head), 'the CRLF lines before the edit are byte-for-byte the same');
    assert.ok((after.match(/\r\n/g) ?? []).length >= (before.match(/\r\n/g) ?? []).length, 'no CRLF converted to LF');
  });

  it('refuses a file over the size limit with a clear message, and never writes it', async () => {
    const settings = vscode.workspace.getConfiguration('contractGuard', folderUri('empty'));
    await settings.update('maxFileSizeMB', 1, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      const bytes = fs.readFileSync(path.join(CORPUS, 'title-1mb.json'));
      assert.ok(bytes.length > 1024 * 1024);
      fs.writeFileSync(target().fsPath, bytes);
      const a = await api();
      await a.reload();
      await eventually('the size problem', () =>
        a.viewRows().find((r) => r.contextValue === 'problems' && r.children.some((c) => /over the limit of 1 MB/.test(c.label))),
      );
      const logged = await recordLog();
      try {
        await addToEmpty();
        assert.deepEqual(
          logged.lines.filter((l) => l.startsWith('[warning] Write refused (addContract)')).map((l) => /over the limit/.test(l)),
          [true],
          `the write was tried and refused for the size: ${logged.lines.slice(-3).join(' | ')}`,
        );
      } finally {
        logged.dispose();
      }
      assert.ok(Buffer.compare(fs.readFileSync(target().fsPath), bytes) === 0, 'the refused write changed nothing on disk');
      assert.ok(
        !vscode.workspace.textDocuments.some((d) => d.uri.toString() === target().toString() && d.getText().length > 1_000_000),
        'its text never reached a document',
      );
    } finally {
      await settings.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });
});
