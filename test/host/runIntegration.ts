import * as path from 'node:path';
import { CODE_SERVER_VERSION, ensureCodeServer, REPO_ROOT, startCodeServer } from './codeServer';
import { runInWorkbench } from './automation';
import { launchBrowser } from './browser';
import { freshCopy, PINNED_CLOCK_ENV } from './workspaces';

/**
 * Runs the integration suite (test/integration) inside a real VS Code extension host, offline:
 * code-server serves VS Code 1.100.3, headless Chromium opens the workbench with a payload that
 * names the extension under development and the tests, and the workbench reports the result
 * through window.codeAutomationExit, as @vscode/test-electron's runs do on a desktop.
 */
/** CONTRACT_GUARD_RESTRICTED=1: the Restricted Mode suite, on an untrusted folder with trust on. */
const RESTRICTED = process.env.CONTRACT_GUARD_RESTRICTED === '1';

async function main(): Promise<number> {
  ensureCodeServer();
  const fixture = RESTRICTED ? 'restricted' : 'workspace';
  const workspaceDir = freshCopy(path.join(REPO_ROOT, 'test', 'fixtures', fixture), RESTRICTED ? 'restricted' : 'integration');
  const workspaceFile = path.join(workspaceDir, 'multi.code-workspace');
  const server = await startCodeServer({
    dataDir: path.join(workspaceDir, '..', `${path.basename(workspaceDir)}-data`),
    env: RESTRICTED ? { ...PINNED_CLOCK_ENV, CONTRACT_GUARD_TEST_GREP: 'Restricted Mode' } : PINNED_CLOCK_ENV,
    restricted: RESTRICTED,
  });
  const browser = await launchBrowser();
  try {
    console.log(`[integration] code-server ${CODE_SERVER_VERSION} at ${server.url}`);
    return await runInWorkbench(
      browser,
      server,
      RESTRICTED ? { folder: workspaceDir } : { workspaceFile },
      REPO_ROOT,
      path.join(REPO_ROOT, 'out', 'test', 'integration', 'index'),
      600_000,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
