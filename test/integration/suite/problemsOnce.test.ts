import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ALPHA_FILE, api, eventually, suiteOnFreshWorkspace } from './helpers';

/** The diagnostics on one line, from every source (Contract Guard's and VS Code's own JSON checker). */
function onLine(uri: vscode.Uri, line: number): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.range.start.line === line);
}

describe('Each problem is reported once, in the writer’s language', () => {
  const original = suiteOnFreshWorkspace();

  it('a schema problem comes from Contract Guard alone; a syntax error in an open editor from VS Code alone', async () => {
    const broken = original().replace('"stage": "escrowFunded"', '"stage": "shipped"');
    fs.writeFileSync(ALPHA_FILE().fsPath, broken);
    const stageLine = broken.split('\n').findIndex((l) => l.includes('"shipped"'));
    const editor = await vscode.window.showTextDocument(ALPHA_FILE());
    // VS Code may still hold the document from an earlier test: wait until it has read the new text.
    await eventually('the editor to show the file on disk', () => (editor.document.getText() === broken ? true : undefined));
    const ours = await eventually('Contract Guard’s problem', () => {
      const found = onLine(ALPHA_FILE(), stageLine).filter((d) => d.source === 'Contract Guard');
      return found.length > 0 ? found : undefined;
    });
    assert.equal(ours[0]?.code, 'schema');
    assert.match(ours[0]?.message ?? '', /stage/);

    // Break the syntax in the editor (unsaved): VS Code's JSON checker reports it, and Contract Guard does not repeat it.
    const title = '"title": "美容系SEO記事 5本"';
    const at = editor.document.getText().indexOf(`${title},`) + title.length;
    const titleLine = editor.document.positionAt(at).line;
    assert.ok(await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 1)))));
    assert.ok(!editor.document.getText().includes(`${title},`));
    const syntax = await eventually('VS Code’s syntax error', () => {
      const found = vscode.languages.getDiagnostics(ALPHA_FILE()).filter((d) => d.source !== 'Contract Guard');
      return found.length > 0 ? found : undefined;
    });
    assert.ok(syntax[0]!.range.start.line >= titleLine, `${syntax[0]!.range.start.line} ≥ ${titleLine}`);
    // Contract Guard has read the broken text once its schema problem is gone (syntax comes first).
    await eventually('Contract Guard to read the broken text', () =>
      vscode.languages.getDiagnostics(ALPHA_FILE()).some((d) => d.source === 'Contract Guard' && d.code === 'schema') ? undefined : true,
    );
    assert.deepEqual(
      vscode.languages.getDiagnostics(ALPHA_FILE()).filter((d) => d.source === 'Contract Guard' && d.code === 'syntax'),
      [],
    );

    // Undo: VS Code's checker has looked at the file again and found nothing; ours is the only report.
    await vscode.commands.executeCommand('undo');
    await eventually('VS Code’s syntax error gone', () =>
      vscode.languages.getDiagnostics(ALPHA_FILE()).every((d) => d.source === 'Contract Guard') ? true : undefined,
    );
    await eventually('Contract Guard’s schema problem back', () =>
      onLine(ALPHA_FILE(), stageLine).some((d) => d.source === 'Contract Guard') ? true : undefined,
    );
    assert.equal(onLine(ALPHA_FILE(), stageLine).length, 1, onLine(ALPHA_FILE(), stageLine).map((d) => `${d.source}: ${d.message}`).join(' | '));
  });

  it('a key written twice in an open editor is reported by VS Code alone', async () => {
    const editor = await vscode.window.showTextDocument(ALPHA_FILE());
    const at = editor.document.getText().indexOf('"stage": "escrowFunded",');
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(at), '"stage": "delivered", ')));
    const line = editor.document.positionAt(at).line;
    await eventually('a duplicate-key report', () => (onLine(ALPHA_FILE(), line).some((d) => /duplicate/i.test(d.message)) ? true : undefined));
    await eventually('Contract Guard to read the edit', async () =>
      (await api()).viewRows().some((r) => r.contextValue === 'problems') ? true : undefined,
    );
    // VS Code's JSON checker marks each of the two keys; Contract Guard adds no third report.
    const reports = onLine(ALPHA_FILE(), line).map((d) => `${d.source ?? ''}: ${d.message}`);
    assert.deepEqual(
      reports.filter((r) => r.startsWith('Contract Guard')),
      [],
      reports.join(' | '),
    );
  });

  it('reports the syntax error of a file not open in any editor tab', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.writeFileSync(ALPHA_FILE().fsPath, original().replace('"platform":"crowdworks",', '"platform":"crowdworks"'));
    const found = await eventually('a syntax error in Problems', () => {
      const d = vscode.languages.getDiagnostics(ALPHA_FILE()).filter((x) => /comma/i.test(x.message));
      return d.length > 0 ? d : undefined;
    });
    // VS Code's JSON checker looks only at files open in a tab, so Contract Guard reports it, once.
    assert.deepEqual(
      found.map((d) => d.source),
      ['Contract Guard'],
    );
  });
});
