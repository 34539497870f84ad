import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ALPHA_FILE, api, eventually, folderUri, freshWorkspace, linesLost, readDisk, restore } from './helpers';
import { changedOnDisk } from '../../host/diskWrites';

const GHOSTED = 'cw-2026-101';
const templatesDir = (): vscode.Uri => vscode.Uri.joinPath(folderUri('alpha'), '.contract-guard', 'templates');

async function setLanguage(value: 'ja' | 'en' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('contractGuard').update('templates.language', value, vscode.ConfigurationTarget.Workspace);
}

async function scratch(text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  return vscode.window.showTextDocument(doc);
}

/** Creates a template file the way a writer does in VS Code: a new file, typed in, saved. */
async function writeTemplate(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(templatesDir(), name);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { ignoreIfExists: true });
  edit.insert(uri, new vscode.Position(0, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.ok(await (await vscode.workspace.openTextDocument(uri)).save());
  return uri;
}

describe('Message templates in the editor', () => {
  // The workspace as the fixture has it, whatever test file ran before.
  before(freshWorkspace);
  let original = '';
  before(async () => {
    original = readDisk(ALPHA_FILE());
    await setLanguage('ja');
  });
  after(async () => {
    await setLanguage(undefined);
  });
  afterEach(async () => {
    fs.rmSync(vscode.Uri.joinPath(folderUri('alpha'), '.contract-guard').fsPath, { recursive: true, force: true });
    await restore(ALPHA_FILE(), original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('inserts the filled-in reminder at the cursor, leaving the writer’s name as the first tab stop', async () => {
    const editor = await scratch('下書きの前\n\n下書きの後\n');
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: GHOSTED, templateId: 'reminder' });
    const text = editor.document.getText();
    assert.ok(text.startsWith('下書きの前\n株式会社ミライ企画 様\n\nお世話になっております。'), text.slice(0, 60));
    assert.ok(text.endsWith('\n下書きの後\n'));
    assert.match(text, /「美容系SEO記事 5本」の件で11月16日\(月\)にお送りしたメッセージについて/);
    assert.equal(editor.document.getText(editor.selection), '氏名');
    assert.equal(readDisk(ALPHA_FILE()), original, 'inserting logs nothing');
  });

  it('never writes the message into the contracts file, even when it is the active editor', async () => {
    await vscode.window.showTextDocument(ALPHA_FILE());
    await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: GHOSTED, templateId: 'reminder' });
    const editor = await eventually('the message in its own document', () =>
      vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined,
    );
    assert.match(editor.document.getText(), /^株式会社ミライ企画 様\n/);
    const contracts = vscode.workspace.textDocuments.find((d) => d.uri.toString() === ALPHA_FILE().toString());
    assert.equal(contracts?.isDirty, false);
    assert.equal(contracts?.getText(), original);
  });

  it('opens a new Markdown document for the message when no editor is open', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: 'cw-2026-102', templateId: 'acceptanceRequest' });
    const editor = await eventually('an editor with the message', () => vscode.window.activeTextEditor);
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'markdown');
    assert.match(editor.document.getText(), /^キャリアノート株式会社 様\n[\s\S]*11月13日\(金\)に「転職エージェント比較記事 2本」を納品いたしました。/);
  });

  it('copies the message as plain text, blanks marked for the writer', async () => {
    await vscode.commands.executeCommand('contractGuard.copyTemplate', { contractId: GHOSTED, templateId: 'reminder2' });
    const copied = await vscode.env.clipboard.readText();
    assert.match(copied, /^株式会社ミライ企画 様\n/);
    assert.match(copied, /11月16日\(月\)にメッセージをお送りしておりますが/);
    assert.match(copied, /11月26日\(木\)までにご返信をいただけますでしょうか。/);
    assert.match(copied, /それまでにご連絡をいただけない場合は、クラウドワークス事務局に相談いたします。/);
    assert.match(copied, /［署名］\n$/);
  });

  it('Log as Sent adds exactly one contact-log entry, with the template’s channel and title', async () => {
    const folder = folderUri('alpha').toString();
    await vscode.commands.executeCommand('contractGuard.logTemplateSent', {
      contractId: GHOSTED,
      folder,
      title: '運営への報告メモ',
      channel: 'operatorReport',
      expectsReply: false,
    });
    const after = await changedOnDisk(ALPHA_FILE().fsPath, original, 'the contact on disk');
    // The entry goes after the last one, which gains a comma; nothing else of the file changes.
    const lost = linesLost(original, after);
    assert.equal(lost.length, 1, lost.join('\n'));
    assert.ok(after.includes(lost[0]!.replace(/\}(\s*\/\/.*)?$/, (_m, comment?: string) => `},${comment ?? ''}`)), lost[0]);
    const added = after.split('\n').filter((line) => !original.split('\n').includes(line) && !line.includes('1本目の確認をお願い'));
    assert.equal(added.length, 1, added.join('\n'));
    assert.match(added[0] ?? '', /"direction": "sent", "channel": "operatorReport", "summary": "運営への報告メモ", "expectsReply": false/);
  });

  it("uses the writer's own template, created and saved in VS Code, in place of the built-in with the same id", async () => {
    const a = await api();
    const changed = new Promise<void>((resolve) => a.onDidChangeTemplates(() => resolve()));
    await writeTemplate('reminder.md', '---\nid: reminder\ntitle: 自分の催促\n---\n{{client}}\nその後いかがでしょうか（{{title}}）。\n');
    await changed;
    const choices = await eventually('the own template', () => a.templateChoices(GHOSTED).find((c) => c.own));
    assert.deepEqual(choices, { id: 'reminder', title: '自分の催促', fits: true, own: true });
    assert.equal(a.templateChoices(GHOSTED).filter((c) => c.id === 'reminder').length, 1);
    const editor = await scratch('');
    await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: GHOSTED, templateId: 'reminder' });
    assert.equal(editor.document.getText(), '株式会社ミライ企画 様\nその後いかがでしょうか（美容系SEO記事 5本）。\n');
  });

  it('shows a broken template in Problems at its line while the other templates still insert', async () => {
    const a = await api();
    const broken = await writeTemplate('broken.md', '---\nid: broken\ntitle: 壊れた\n---\n{{client}}\n{{clientNmae}} です\n');
    await writeTemplate('fine.md', '---\nid: fine\ntitle: 使える\n---\n{{title}} の件\n');
    const diagnostics = await eventually('the problem in Problems', () => {
      const found = vscode.languages.getDiagnostics(broken);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]?.range.start.line, 5);
    assert.match(diagnostics[0]?.message ?? '', /\{\{clientNmae\}\}/);
    await eventually('the good template', () => a.templateChoices(GHOSTED).find((c) => c.id === 'fine'));
    assert.equal(a.templateChoices(GHOSTED).find((c) => c.id === 'broken'), undefined);
    const editor = await scratch('');
    await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: GHOSTED, templateId: 'fine' });
    assert.equal(editor.document.getText(), '美容系SEO記事 5本 の件\n');
    await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: GHOSTED, templateId: 'withdrawal' });
    assert.match(editor.document.getText(), /今回のお仕事は辞退させていただきたく/);
  });

  it('shows a section left open in Problems at its line, and drops an optional passage the file has no value for', async () => {
    const a = await api();
    const open = await writeTemplate('open.md', '---\nid: open\ntitle: 閉じ忘れ\n---\n{{client}}\n{{#deadline}}\n納期は{{deadline}}です。\n');
    await writeTemplate('optional.md', '---\nid: optional\ntitle: 任意の一文\n---\n{{title}} の件\n{{#operatorReportDate}}\n{{operatorReportDate}}に{{operator}}へ報告しました。\n{{/operatorReportDate}}\n以上です。\n');
    const diagnostics = await eventually('the open section in Problems', () => {
      const found = vscode.languages.getDiagnostics(open);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(diagnostics[0]?.range.start.line, 5);
    assert.match(diagnostics[0]?.message ?? '', /\{\{#deadline\}\}/);
    await eventually('the optional template', () => a.templateChoices(GHOSTED).find((c) => c.id === 'optional'));
    const editor = await scratch('');
    await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: GHOSTED, templateId: 'optional' });
    assert.equal(editor.document.getText(), '美容系SEO記事 5本 の件\n以上です。\n');
  });

  it('offers the dated second reminder and CrowdWorks’ termination notice as fitting, ココナラ’s cancellation not', async () => {
    const a = await api();
    const fits = (id: string) => a.templateChoices(GHOSTED).find((c) => c.id === id)?.fits;
    assert.equal(fits('reminder2'), true);
    assert.equal(fits('termination'), true);
    assert.equal(fits('cancellation'), false);
  });

  it('writes contract text that looks like snippet syntax exactly as it is in the file', async () => {
    const hostile = '$1 ${TM_FILENAME} } \\\\ ${CLIPBOARD}';
    fs.writeFileSync(ALPHA_FILE().fsPath, original.replace('株式会社ミライ企画', () => hostile));
    const a = await api();
    await a.reload();
    const editor = await scratch('');
    await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: GHOSTED, templateId: 'termination' });
    const expected = JSON.parse(`"${hostile}"`) as string;
    assert.ok(editor.document.getText().startsWith(`${expected} 様\n`), editor.document.getText().slice(0, 80));
  });

  it('follows the language setting', async () => {
    await setLanguage('en');
    try {
      const editor = await scratch('');
      await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: GHOSTED, templateId: 'reminder' });
      assert.match(editor.document.getText(), /^Hello 株式会社ミライ企画,\n\nI am following up on my message of Mon, Nov 16 about "美容系SEO記事 5本"/);
    } finally {
      await setLanguage('ja');
    }
  });
});

describe('Create Template from Built-in', () => {
  // The workspace as the fixture has it, whatever test file ran before.
  before(freshWorkspace);
  afterEach(async () => {
    fs.rmSync(vscode.Uri.joinPath(folderUri('alpha'), '.contract-guard').fsPath, { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('copies a built-in into the folder’s templates, opens it, and uses it from then on', async () => {
    const a = await api();
    await vscode.workspace.getConfiguration('contractGuard').update('templates.language', 'ja', vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.commands.executeCommand('contractGuard.createTemplateFromBuiltin', {
        templateId: 'withdrawal',
        folder: folderUri('alpha').toString(),
      });
      const file = vscode.Uri.joinPath(templatesDir(), 'withdrawal.md');
      const editor = await eventually('the new template open', () =>
        vscode.window.activeTextEditor?.document.uri.toString() === file.toString() ? vscode.window.activeTextEditor : undefined,
      );
      assert.match(editor.document.getText(), /^---\nid: withdrawal\ntitle: "応募辞退のご連絡"\n/);
      assert.match(editor.document.getText(), /今回のお仕事は辞退させていただきたく/);
      assert.deepEqual(
        a.templateChoices(GHOSTED).find((c) => c.id === 'withdrawal'),
        { id: 'withdrawal', title: '応募辞退のご連絡', fits: false, own: true },
      );
    } finally {
      await vscode.workspace.getConfiguration('contractGuard').update('templates.language', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
