import * as vscode from 'vscode';
import type { ContractGuardApi } from '../../src/api';

const ID = 'contract-guard.contract-guard';

/** Node's assert is not there in a web worker; these two are all the suite needs. */
function ok(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

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

const contractsFile = (): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'contracts.json');
const readFile = async (): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(contractsFile()));

/**
 * Contract Guard in the web-worker extension host, the one vscode.dev runs extensions in. A web
 * worker has no environment, so the pinned clock (CONTRACT_GUARD_NOW) cannot reach it and the
 * extension runs on the real date. Each check below is chosen to hold on any date: a title is looked
 * for in every group (urgency depends on the day), the template's opening lines carry no date, and
 * the logged contact gives its own time.
 */
describe('Contract Guard in a web worker (no Node)', () => {
  let api: ContractGuardApi;

  before(async () => {
    ok(typeof (globalThis as { process?: unknown }).process === 'undefined', 'this runs in a web worker, without Node');
    const ext = vscode.extensions.getExtension<ContractGuardApi>(ID);
    ok(ext, `${ID} is there`);
    api = await ext.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('loads the demo contracts into the view', async () => {
    const rows = await eventually('the demo in the view', () => {
      const now = api.viewRows();
      return now.length > 0 ? now : undefined;
    });
    const titles = rows.flatMap((group) => group.children.map((r) => r.label));
    ok(titles.includes('美容系SEO記事 5本（スキンケア）'), titles.join(', '));
  });

  it('inserts a message template', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('contractGuard.insertTemplate', { contractId: 'cw-2026-017', templateId: 'reminder' });
    ok(editor.document.getText().startsWith('株式会社ミライ企画 様\n\nお世話になっております。山田花子です。'), editor.document.getText().slice(0, 60));
  });

  it('opens the checklist of a contract', async () => {
    await vscode.commands.executeCommand('contractGuard.openChecklist', { contractId: 'cw-2026-017' });
    const tab = await eventually('a checklist tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes('美容系SEO記事 5本（スキンケア）')),
    );
    ok(tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('contractGuard.checklist'), 'the checklist webview');
    await eventually('the page to be ready', () => (api.checklist()?.posted?.content?.contractId === 'cw-2026-017' ? true : undefined));
  });

  it('logs a contact through workspace.fs, keeping the file’s comments', async () => {
    const before = await readFile();
    await vscode.commands.executeCommand('contractGuard.logReply', { contractId: 'cw-2026-017' }, { summary: 'Webから記録', at: '2026-11-24T11:00:00+09:00' });
    const after = await eventually('the contact in the file', async () => {
      const now = await readFile();
      return now.includes('Webから記録') ? now : undefined;
    });
    for (const comment of before.match(/\/\/[^\n]*/g) ?? []) {
      ok(after.includes(comment), `comment kept: ${comment}`);
    }
  });
});
