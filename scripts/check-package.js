// Part of npm test: packages the extension as users get it and checks the .vsix holds what they
// need and nothing else (no sources, tests, maps or node_modules).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const vsce = path.join(root, 'node_modules', '.bin', 'vsce');
const out = path.join(root, '.vscode-test', 'contract-guard-check.vsix');
fs.mkdirSync(path.dirname(out), { recursive: true });
execFileSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '-o', out], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

const expected = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/codicons/codicon.css',
  'dist/codicons/codicon.ttf',
  'dist/extension.js',
  'dist/optional.js',
  'dist/web/extension.js',
  'dist/webview.js',
  'l10n/bundle.l10n.ja.json',
  'media/activity-bar.svg',
  'media/checklist-dark.png',
  'media/checklist-light.png',
  'media/checklist.css',
  'media/contract-tooltip.png',
  'media/contracts-view.png',
  'media/icon.png',
  'media/ja/checklist.png',
  'media/ja/contracts-view.png',
  'media/ja/template-quick-pick.png',
  'media/template-quick-pick.png',
  'media/walkthrough/contracts-file.ja.md',
  'media/walkthrough/contracts-file.md',
  'package.json',
  'package.nls.ja.json',
  'package.nls.json',
  'schemas/contracts.schema.json',
  'snippets/contract-guard.code-snippets',
];
const extra = files.filter((f) => !expected.includes(f));
const missing = expected.filter((f) => !files.includes(f));
const size = fs.statSync(out).size;
console.log(`package: ${files.length} files, ${(size / 1024).toFixed(1)} KB (${path.relative(root, out)})`);
if (extra.length > 0 || missing.length > 0) {
  console.error(
    `The .vsix does not hold what it should.\n  unexpected: ${extra.join(', ') || '—'}\n  missing: ${missing.join(', ') || '—'}`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// The first bundle, loaded at every start, has a budget; vsce built it minified (vscode:prepublish).
const { EXTENSION_BUDGET_BYTES } = require('./bundleSplit');
const mainBytes = fs.statSync(path.join(root, 'dist', 'extension.js')).size;
console.log(`dist/extension.js: ${(mainBytes / 1024).toFixed(1)} KB of ${EXTENSION_BUDGET_BYTES / 1024} KB`);
if (mainBytes > EXTENSION_BUDGET_BYTES) {
  console.error(
    `dist/extension.js is over its budget by ${((mainBytes - EXTENSION_BUDGET_BYTES) / 1024).toFixed(1)} KB: move what is not needed at start-up to dist/optional.js (src/optional).`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// What Open VSX checks before it takes a package: publisher, name, version and a licence.
require('ovsx')
  .isLicenseOk(root)
  .then((ok) => {
    if (!ok) {
      console.error('Open VSX would refuse the package: no licence.');
      console.log('0 passed, 1 failed');
      process.exit(1);
    }
    console.log('1 passed, 0 failed');
  })
  .catch((error) => {
    console.error(`Open VSX would refuse the package: ${error.message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
