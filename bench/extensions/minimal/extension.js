// The activation baseline of the host benchmark (bench/host/hostFigures.ts): what any extension with
// a command and a tree view costs to load and activate, with nothing of its own to do.
'use strict';
const vscode = require('vscode');

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  const item = new vscode.TreeItem('A static item');
  context.subscriptions.push(
    vscode.commands.registerCommand('hostbenchMinimal.hello', () =>
      vscode.window.showInformationMessage('Hello from the minimal extension'),
    ),
    vscode.window.registerTreeDataProvider('hostbenchMinimal.items', {
      getTreeItem: (element) => element,
      getChildren: (element) => (element ? [] : [item]),
    }),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
