import * as vscode from 'vscode';

/** A fresh nonce for every load: only the script tag that carries it may run. */
function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The panel's page. The Content Security Policy allows nothing by default: styles and the icon
 * font only from the extension's own files, and the one script that carries this load's nonce. No
 * inline styles or event handlers; every contract text is set as text by the script.
 */
export function checklistHtml(webview: vscode.Webview, extensionUri: vscode.Uri, language: string): string {
  const asset = (...path: string[]): vscode.Uri => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path));
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${language === 'ja' ? 'ja' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dist', 'codicons', 'codicon.css').toString()}">
<link rel="stylesheet" href="${asset('media', 'checklist.css').toString()}">
<title>Contract Guard</title>
</head>
<body>
<main id="app" aria-live="polite"></main>
<script nonce="${n}" src="${asset('dist', 'webview.js').toString()}"></script>
</body>
</html>`;
}
