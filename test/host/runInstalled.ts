import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, ensureCodeServer, REPO_ROOT } from './codeServer';
import { runSuite } from './automation';
import { freshCopy, PINNED_CLOCK_ENV } from './workspaces';

/**
 * The smoke suite (test/installed) against Contract Guard installed from the .vsix that
 * `npm run test:package` built, the way a user installs it (`--install-extension`). The suite itself
 * runs from a tiny runner extension, so the only Contract Guard in the host is the installed one.
 */
const VSIX = path.join(REPO_ROOT, '.vscode-test', 'contract-guard-check.vsix');

async function main(): Promise<number> {
  ensureCodeServer();
  if (!fs.existsSync(VSIX)) {
    throw new Error(`${VSIX} is missing: run npm run test:package first`);
  }
  const workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'installed');
  const dataDir = `${workspace}-data`;
  const extensionsDir = path.join(dataDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  execFileSync(
    process.execPath,
    [CODE_SERVER_ENTRY, '--user-data-dir', path.join(dataDir, 'user'), '--extensions-dir', extensionsDir, '--install-extension', VSIX],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const runner = path.join(REPO_ROOT, 'out', 'test', 'installed');
  fs.copyFileSync(path.join(REPO_ROOT, 'test', 'installed', 'runner-package.json'), path.join(runner, 'package.json'));
  return runSuite({
    server: { dataDir, env: { ...PINNED_CLOCK_ENV, CONTRACT_GUARD_EXTENSIONS_DIR: extensionsDir } },
    target: { folder: workspace },
    extensionPath: runner,
    testsPath: path.join(runner, 'index'),
    timeoutMs: 300_000,
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
