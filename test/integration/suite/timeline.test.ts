import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ChecklistInfo } from '../../../src/api';
import { ALPHA_FILE, eventually, testHooks } from './helpers';

const GHOSTED = 'cw-2026-101';

/**
 * The document an export opened, as shown in an editor, with the language asked for and that
 * format's first words.
 */
const shown = (uri: vscode.Uri, languageId: 'markdown' | 'plaintext'): Promise<vscode.TextDocument> => {
  const start = languageId === 'markdown' ? '# Contract timeline: ' : 'Contract timeline: ';
  return eventually(`the ${languageId} timeline in an editor`, () => {
    const found = vscode.window.visibleTextEditors
      .map((e) => e.document)
      .find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId && d.getText().startsWith(start));
    if (!found) {
      const seen = (d: vscode.TextDocument): string => `${d.uri.toString()} ${d.languageId} ${JSON.stringify(d.getText().slice(0, 24))}`;
      throw new Error(`asked for ${uri.toString()}; editors: ${vscode.window.visibleTextEditors.map((e) => seen(e.document)).join(' | ')}`);
    }
    return found;
  });
};

const untitled = (): vscode.TextDocument[] => vscode.workspace.textDocuments.filter((d) => d.isUntitled);

/**
 * Closes the exports once the describe is done, not after each test: an untitled name (Untitled-1)
 * is free again once its document closes, and the next export given that name then sometimes came up
 * with the closed one's text (VS Code restoring its backup of the reverted document), which was seen
 * as a plain-text export holding the Markdown one.
 */
async function closeAll(): Promise<void> {
  // Untitled documents would ask to be saved on close: revert them first.
  for (const doc of untitled()) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('Export Contract Timeline in the extension host', () => {
  after(closeAll);

  it('opens the facts in date order as an untitled Markdown document beside the editor', async () => {
    await vscode.window.showTextDocument(ALPHA_FILE());
    const uri = await vscode.commands.executeCommand<vscode.Uri>('contractGuard.exportTimeline', { contractId: GHOSTED }, { format: 'markdown' });
    const doc = await shown(uri, 'markdown');
    assert.equal(doc.isUntitled, true, 'nothing is written to disk');
    assert.equal(doc.languageId, 'markdown');
    const lines = doc.getText().split('\n');
    assert.equal(lines[0], '# Contract timeline: 美容系SEO記事 5本');
    const events = lines.filter((l) => l.startsWith('- **'));
    assert.deepEqual(events, [
      '- **Thu, Oct 29, 2026** Stage: Contracted, awaiting escrow',
      '- **Fri, Oct 30, 2026** Stage: Escrow funded, working',
      '- **Fri, Oct 30, 2026** Received (platform message): 仮払いしました',
      '- **Mon, Nov 16, 2026** Sent (platform message): 1本目の確認をお願い',
      '- **Fri, Dec 4, 2026** Delivery deadline',
    ]);
    assert.ok(doc.getText().includes('<https://crowdworks.my.salesforce-sites.com/'), 'the rules that apply, with their sources');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    assert.equal(editor?.viewColumn, vscode.ViewColumn.Two, 'beside the editor');
  });

  it('writes the plain-text variant for a report form', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('contractGuard.exportTimeline', { contractId: GHOSTED }, { format: 'text' });
    const doc = await shown(uri, 'plaintext');
    assert.match(doc.getText(), /^Contract timeline: 美容系SEO記事 5本\n/);
    assert.match(doc.getText(), /\nMon, Nov 16, 2026 Sent \(platform message\): 1本目の確認をお願い\n/);
    assert.doesNotMatch(doc.getText(), /\*\*|^- /m, 'no Markdown');
  });

  it('is offered by the checklist at the operator report, and opens from its button', async () => {
    const a = await testHooks();
    await vscode.commands.executeCommand('contractGuard.openChecklist', { contractId: GHOSTED });
    const info = await eventually<ChecklistInfo>('the checklist', () => {
      const i = a.checklist();
      return i?.posted?.content?.contractId === GHOSTED ? i : undefined;
    }, 20_000);
    const report = info.posted?.content?.steps.find((s) => s.id === 'cw.escrow.report');
    assert.ok(report?.actions.some((x) => x.kind === 'exportTimeline'), JSON.stringify(report?.actions));
    assert.equal(info.posted?.labels.exportTimeline, 'Export the timeline');
    // The exports of the tests before are still open: the one looked for is new.
    const earlier = new Set(untitled().map((d) => d.uri.toString()));
    await a.sendToChecklist({ type: 'action', stepId: 'cw.escrow.report', action: { kind: 'exportTimeline' } });
    const doc = await eventually('the timeline from the checklist', () =>
      vscode.window.visibleTextEditors
        .map((e) => e.document)
        .find((d) => d.isUntitled && !earlier.has(d.uri.toString()) && d.getText().startsWith('# Contract timeline')),
    );
    assert.equal(doc.languageId, 'markdown');
    assert.equal(doc.getText().split('\n')[0], '# Contract timeline: 美容系SEO記事 5本');
  });
});
