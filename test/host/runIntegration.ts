import * as path from 'node:path';
import { CODE_SERVER_VERSION, ensureCodeServer, REPO_ROOT } from './codeServer';
import { runSuite } from './automation';
import { freshCopy, PINNED_CLOCK_ENV } from './workspaces';

/**
 * Runs the integration suite (test/integration) inside a real VS Code extension host, offline:
 * code-server serves VS Code 1.100.3, headless Chromium opens the workbench with a payload that
 * names the extension under development and the tests, and the workbench reports the result
 * through window.codeAutomationExit, as @vscode/test-electron's runs do on a desktop.
 */
/**
 * CONTRACT_GUARD_RESTRICTED=1: the Restricted Mode suite, on an untrusted folder with trust on. The grep
 * is anchored: other suites' titles mention Restricted Mode, and they need the integration fixture.
 */
const RESTRICTED = process.env.CONTRACT_GUARD_RESTRICTED === '1';

async function main(): Promise<number> {
  ensureCodeServer();
  const fixture = RESTRICTED ? 'restricted' : 'workspace';
  const workspaceDir = freshCopy(path.join(REPO_ROOT, 'test', 'fixtures', fixture), RESTRICTED ? 'restricted' : 'integration');
  const workspaceFile = path.join(workspaceDir, 'multi.code-workspace');
  return runSuite({
    server: {
      dataDir: path.join(workspaceDir, '..', `${path.basename(workspaceDir)}-data`),
      env: RESTRICTED ? { ...PINNED_CLOCK_ENV, CONTRACT_GUARD_RESTRICTED: '1', CONTRACT_GUARD_TEST_GREP: '^Restricted Mode \\(untrusted workspace\\)' } : PINNED_CLOCK_ENV,
      restricted: RESTRICTED,
    },
    target: RESTRICTED ? { folder: workspaceDir } : { workspaceFile },
    extensionPath: REPO_ROOT,
    testsPath: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index'),
    timeoutMs: 600_000,
    started: (server) => console.log(`[integration] code-server ${CODE_SERVER_VERSION} at ${server.url}`),
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
