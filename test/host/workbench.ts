import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
}

/** Starts code-server on `folder`, opens the workbench in headless Chromium, and waits until it is ready. */
export async function openWorkbench(folder: string, env: NodeJS.ProcessEnv, options: WorkbenchOptions = {}): Promise<OpenWorkbench> {
  ensureCodeServer();
  const dataDir = `${folder}-data`;
  const extraArgs = options.japanese ? prepareJapanese(dataDir) : [];
  const server = await startCodeServer({ dataDir, env, extraArgs });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(workbenchUrl(server, folder));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const opened = browser;
    return {
      page,
      close: async () => {
        await opened.close();
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results');
