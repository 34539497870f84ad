import * as path from 'node:path';
import { format } from 'node:util';
import { CODE_SERVER_VERSION, ensureCodeServer, REPO_ROOT, startCodeServer } from './codeServer';
import { launchBrowser } from './browser';
import { freshCopy, PINNED_CLOCK_ENV } from './workspaces';

/**
 * Runs the integration suite (test/integration) inside a real VS Code extension host, offline:
 * code-server serves VS Code 1.100.3, headless Chromium opens the workbench with a payload that
 * names the extension under development and the tests, and the workbench reports the result
 * through window.codeAutomationExit, as @vscode/test-electron's runs do on a desktop.
 */
const VERBOSE = process.env.CONTRACT_GUARD_VERBOSE === '1';
/** Workbench chatter that is expected offline (gallery look-ups, connection set-up); CONTRACT_GUARD_VERBOSE=1 shows it. */
const NOISE =
  /open-vsx|ENOTFOUND|getaddrinfo|^\s+at |Creating a socket|Resolv(ing|ed) connection token|Service Worker|ChatSessionStore|additional builtin extensions/;

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
    const page = await browser.newPage();
    const exit = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...args);
      if (!VERBOSE && NOISE.test(line)) {
        return;
      }
      if (type === 'error') {
        console.error(line);
      } else {
        console.log(line);
      }
    });
    const remote = (p: string): string => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(path.join(REPO_ROOT, 'out', 'test', 'integration', 'index'))],
    ];
    const target = RESTRICTED ? `folder=${encodeURIComponent(workspaceDir)}` : `workspace=${encodeURIComponent(workspaceFile)}`;
    const url = `${server.url}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    console.log(`[integration] code-server ${CODE_SERVER_VERSION} at ${server.url}`);
    await page.goto(url);
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        console.error('[integration] timed out after 10 minutes');
        resolve(1);
      }, 600_000).unref(),
    );
    return await Promise.race([exit, timeout]);
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
