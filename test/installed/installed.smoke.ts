import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ContractGuardApi } from '../../src/api';

const ID = 'contract-guard.contract-guard';

/** Polls until `check` gives a value, as a person waits for the UI. */
async function eventually<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Contract Guard as a user gets it: installed from the .vsix into the extensions folder, not loaded
 * from this checkout. What .vscodeignore leaves out would break these.
 */
describe('The installed .vsix', () => {
  let api: ContractGuardApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<ContractGuardApi>(ID);
    assert.ok(ext, `${ID} is installed`);
    const expectedDir = process.env.CONTRACT_GUARD_EXTENSIONS_DIR;
    assert.ok(expectedDir && ext.extensionPath.startsWith(expectedDir), `loaded from the extensions folder, not the checkout: ${ext.extensionPath}`);
    api = await ext.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('gives other extensions read-only state only: the test drivers are absent in Production mode', () => {
    // sendToChecklist and reviveChecklist can tick steps, and so write the writer's contracts file;
    // the other two show what only a test should see (a pending question, every log line).
    for (const driver of ['sendToChecklist', 'reviveChecklist', 'mergeQuestion', 'recordLog']) {
      assert.ok(!(driver in api), `${driver} is not on the installed extension's API`);
    }
    assert.ok(Object.isFrozen(api), 'and the API cannot be changed by another extension');
    assert.equal(typeof api.viewRows, 'function', 'while its read-only look at the view is there');
  });

  it('loads the demo contracts into the view', async () => {
    const rows = await eventually('the demo in the view', () => {
      const now = api.viewRows();
      return now.length > 0 ? now : undefined;
    });
    const titles = rows.flatMap((group) => group.children.map((r) => r.label));
    assert.ok(titles.includes('美容系SEO記事 5本（スキンケア）'), titles.join(', '));
    assert.ok((api.badge() ?? 0) > 0);
  });

  it('inserts a message template', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: 'cw-2026-017', templateId: 'reminder' });
    assert.match(editor.document.getText(), /^株式会社ミライ企画 様\n\nお世話になっております。山田花子です。/);
  });

  it('reads a template of the writer’s own, through the YAML reader shipped beside the bundle', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const file = vscode.Uri.joinPath(folder.uri, '.contract-guard', 'templates', 'mine.md');
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(file, { ignoreIfExists: true });
    edit.insert(file, new vscode.Position(0, 0), '---\nid: mine\ntitle: 自分用\n---\n{{title}}\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await (await vscode.workspace.openTextDocument(file)).save());
    await eventually('the own template', () => api.templateChoices('cw-2026-017').find((c) => c.id === 'mine'));
  });

  it('opens the checklist of a contract', async () => {
    await vscode.commands.executeCommand('contractGuard.openChecklist', { contractId: 'cw-2026-017' });
    const tab = await eventually('a checklist tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes('美容系SEO記事 5本（スキンケア）')),
    );
    assert.ok(tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('contractGuard.checklist'), 'the checklist webview');
    // The page loaded from the packaged dist/webview.js and asked for its state.
    await eventually('the page to be ready', () => (api.checklist()?.posted?.content?.contractId === 'cw-2026-017' ? true : undefined));
  });
});
