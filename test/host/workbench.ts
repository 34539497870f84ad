import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { ensureCodeServer, REPO_ROOT, startCodeServer, type RunningCodeServer } from './codeServer';
import { prepareJapanese } from './japanese';

/** The URL that opens `folder` in the workbench with this repository's extension loaded from source. */
export function workbenchUrl(server: RunningCodeServer, folder: string, extraPayload: [string, string][] = []): string {
  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${REPO_ROOT}`], ...extraPayload];
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export interface OpenWorkbench {
  readonly page: Page;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  /** Run VS Code in Japanese (a stub language pack and `--locale ja`; see japanese.ts). */
  readonly japanese?: boolean;
  /**
   * Load the extensions installed in this folder (`--extensions-dir`) instead of this repository's
   * extension from source (the bench installs the .vsix a user gets).
   */
  readonly extensionsDir?: string;
  /** VS Code's user data folder; `<folder>-data` by default. */
  readonly dataDir?: string;
  /** The window's height; it is 1400 wide. */
  readonly height?: number;
  /** Open the window in this browser, which its caller closes; otherwise in a browser of its own. */
  readonly browser?: Browser;
}

/** Starts code-server on `folder`, opens the workbench in headless Chromium, and waits until it is ready. */
export async function openWorkbench(folder: string, env: NodeJS.ProcessEnv, options: WorkbenchOptions = {}): Promise<OpenWorkbench> {
  ensureCodeServer();
  const dataDir = options.dataDir ?? `${folder}-data`;
  const extraArgs = [
    ...(options.japanese ? prepareJapanese(dataDir) : []),
    ...(options.extensionsDir ? ['--extensions-dir', options.extensionsDir] : []),
  ];
  const server = await startCodeServer({ dataDir, env, extraArgs });
  let own: Browser | undefined;
  let context: BrowserContext | undefined;
  try {
    const browser = options.browser ?? (own = await launchBrowser());
    context = await browser.newContext({ viewport: { width: 1400, height: options.height ?? 860 } });
    const page = await context.newPage();
    // Waits for the workbench itself below, not for the page's load event: on a busy machine loading
    // every script of the workbench took longer than goto's 30 s, though the workbench came up.
    await page.goto(options.extensionsDir ? `${server.url}/?folder=${encodeURIComponent(folder)}` : workbenchUrl(server, folder), {
      waitUntil: 'commit',
    });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const opened = context;
    return {
      page,
      close: async () => {
        await opened.close();
        await own?.close();
        await server.stop();
      },
    };
  } catch (error) {
    await context?.close();
    await own?.close();
    await server.stop();
    throw error;
  }
}

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results');
