import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startCodeServer, type CodeServerOptions, type RunningCodeServer } from './codeServer';

const VERBOSE = process.env.CONTRACT_GUARD_VERBOSE === '1';
/** Workbench chatter that is expected offline (gallery look-ups, connection set-up); CONTRACT_GUARD_VERBOSE=1 shows it. */
const NOISE =
  /open-vsx|ENOTFOUND|getaddrinfo|^\s+at |Creating a socket|Resolv(ing|ed) connection token|Service Worker|ChatSessionStore|additional builtin extensions|^CodeExpectedError|^\[node\.js fs\] \w+ .*failed with error: +Error: ENOENT/;

/**
 * Runs a test suite inside the extension host the way @vscode/test-electron does on a desktop: the
 * workbench's payload names the extension under development and the tests, and the workbench hands
 * back the result through window.codeAutomationExit. Resolves with that exit code.
 */
export async function runInWorkbench(
  browser: Browser,
  server: RunningCodeServer,
  target: { readonly folder?: string; readonly workspaceFile?: string },
  extensionPath: string,
  testsPath: string,
  timeoutMs: number,
): Promise<number> {
  // The extension host's clipboard is the page's: tests of Copy read it back.
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const exit = new Promise<number>((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
  });
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const line = format(...args);
    if (!VERBOSE && NOISE.test(line)) {
      return;
    }
    (type === 'error' ? console.error : console.log)(line);
  });
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  const where = target.workspaceFile ? `workspace=${encodeURIComponent(target.workspaceFile)}` : `folder=${encodeURIComponent(target.folder ?? '')}`;
  // The suite's own exit is what is waited for, not the page's load event (over 30 s on a busy machine).
  await page.goto(`${server.url}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'commit' });
  const timeout = new Promise<number>((resolve) =>
    setTimeout(() => {
      console.error(`[tests] timed out after ${Math.round(timeoutMs / 60_000)} minutes`);
      resolve(1);
    }, timeoutMs).unref(),
  );
  return Promise.race([exit, timeout]);
}

export interface SuiteRun {
  readonly server: CodeServerOptions;
  readonly target: { readonly folder?: string; readonly workspaceFile?: string };
  readonly extensionPath: string;
  readonly testsPath: string;
  readonly timeoutMs: number;
  /** Told the running server once the browser is up (for a launcher's log line). */
  readonly started?: (server: RunningCodeServer) => void;
}

/**
 * Starts code-server, runs a suite with runInWorkbench in a browser of its own, and stops both
 * however the run ends (a browser that fails to start included). Resolves with the suite's exit code.
 */
export async function runSuite(run: SuiteRun): Promise<number> {
  const server = await startCodeServer(run.server);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    run.started?.(server);
    return await runInWorkbench(browser, server, run.target, run.extensionPath, run.testsPath, run.timeoutMs);
  } finally {
    await browser?.close();
    await server.stop();
  }
}
