// The baseline of the host benchmark's checklist figure (bench/host/hostFigures.ts): a webview panel
// whose HTML is a static page, read once from .hostbench/static-page.json in the workspace (the bench
// writes it from Contract Guard's own rendered checklist, so both pages have the same content and size).
// It also carries the palette command that opens Contract Guard's checklist on the bench's contract, so
// both sides of the figure go the same way: palette, a command of this extension, a webview panel.
'use strict';
const vscode = require('vscode');

/** @type {{ contractId: string, title: string, html: string } | undefined} */
let page;

/**
 * Read on first use (the bench's untimed warm-up), then kept: the timed runs only set the HTML. The
 * bench writes the page only after it has seen Contract Guard's, so an empty one is read again.
 */
async function staticPage() {
  if (!page || !page.html) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      throw new Error('no workspace folder');
    }
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.hostbench', 'static-page.json'));
    page = JSON.parse(new TextDecoder().decode(bytes));
  }
  return page;
}

/** @type {vscode.WebviewPanel | undefined} */
let panel;

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('hostbenchStatic.openStaticPage', async () => {
      const { title, html } = await staticPage();
      panel?.dispose();
      // Like Contract Guard's panel: beside the editor, keeping focus where it was.
      panel = vscode.window.createWebviewPanel(
        'hostbenchStatic.page',
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
        {},
      );
      panel.webview.html = html;
      panel.onDidDispose(() => (panel = undefined));
    }),
    vscode.commands.registerCommand('hostbenchStatic.openChecklist', async () => {
      const config = await staticPage();
      await vscode.commands.executeCommand('contractGuard.openChecklist', { contractId: config.contractId });
    }),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
