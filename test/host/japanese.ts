import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, REPO_ROOT } from './codeServer';

/**
 * VS Code in Japanese without a network: VS Code accepts `--locale ja` only when it knows a language
 * pack for Japanese, and the real pack comes from the Marketplace. A stub pack with no translations
 * is enough, because Contract Guard's own Japanese comes from its package.nls.ja.json and l10n
 * bundle: VS Code's own UI stays English, ours turns Japanese. See ../../../shared/notes/vscode-host.md.
 */
const STUB_DIR = path.join(REPO_ROOT, 'test', 'host', 'ja-stub');
const STUB_ID = 'contract-guard-test.ja-stub';
const STUB_VERSION = '1.0.0';

/** Installs the stub pack into a code-server data folder and registers it; returns the extra start arguments. */
export function prepareJapanese(dataDir: string): string[] {
  const vsix = path.join(REPO_ROOT, '.vscode-test', 'ja-stub.vsix');
  if (!fs.existsSync(vsix)) {
    fs.mkdirSync(path.dirname(vsix), { recursive: true });
    execFileSync(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce'),
      ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix],
      { cwd: STUB_DIR, stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  const userDir = path.join(dataDir, 'user');
  const extensionsDir = path.join(dataDir, 'extensions');
  fs.mkdirSync(userDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  execFileSync(
    process.execPath,
    [CODE_SERVER_ENTRY, '--user-data-dir', userDir, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // The command-line install leaves the pack unregistered; this is the record VS Code keeps of it.
  const translations = path.join(extensionsDir, `${STUB_ID}-${STUB_VERSION}`, 'translations', 'main.i18n.json');
  const packs = {
    ja: {
      hash: 'stub',
      extensions: [{ extensionIdentifier: { id: STUB_ID }, version: STUB_VERSION }],
      translations: { vscode: translations },
      label: '日本語',
    },
  };
  fs.writeFileSync(path.join(userDir, 'languagepacks.json'), JSON.stringify(packs));
  return ['--locale', 'ja'];
}
