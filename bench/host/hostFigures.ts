import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../test/host/browser';
import { CODE_SERVER_ENTRY, ensureCodeServer, REPO_ROOT } from '../../test/host/codeServer';
import { openWorkbench, type OpenWorkbench } from '../../test/host/workbench';
import { PINNED_CLOCK_ENV } from '../../test/host/workspaces';
import { summarize, type Timing } from '../measure';

/**
 * Figures 5 and 8 of the performance issue, measured in a real VS Code: code-server 4.100.3 (VS Code
 * 1.100.3) driven in headless Chromium by Playwright. Each figure has its baseline measured in the same
 * run, through the same host: two tiny bench extensions in bench/extensions/.
 *
 * All three extensions are installed from .vsix files with code-server's --install-extension, the way a
 * user installs Contract Guard (ours is packaged with vsce, so it runs the minified production build).
 */

/** A Timing with the samples it was made of, in run order. */
export interface HostTiming extends Timing {
  readonly samples: readonly number[];
}

export interface HostFigures {
  /** Figure 5: codeLoadingTime + activateCallTime in ms, as "Developer: Show Running Extensions" shows it. */
  activation: { ours: HostTiming; minimal: HostTiming; what: string };
  /** Figure 8: palette Enter → the whole page in the webview, in ms. */
  checklistOpen: {
    ours: HostTiming;
    staticPage: HostTiming;
    what: string;
    logEntries: number;
    /** Log entries the checklist page showed (li in its timeline). */
    shownEntries: number;
    /** Bytes of our rendered page (the document's outerHTML once rendered), and of the static page. */
    oursRenderedBytes: number;
    staticPageBytes: number;
  };
  host: string;
}

export interface HostFigureOptions {
  /** Timed runs of each side of each figure (after one untimed warm-up); at least 5. */
  readonly runs?: number;
  readonly log?: (line: string) => void;
}

const WORK = path.join(REPO_ROOT, '.vscode-test', 'hostbench');
const VSCE = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
const OURS_NAME = 'Contract Guard';
const MINIMAL_NAME = 'Hostbench Minimal';
export const BIG_CONTRACT_ID = 'bench-500';
const BIG_CONTRACT_TITLE = 'ベンチマーク用 500件の記録がある契約';
export const BIG_LOG_ENTRIES = 500;

/** measure.ts's summary, with the samples in run order kept. */
function summarizeRuns(samples: readonly number[]): HostTiming {
  return { ...summarize(samples), samples: [...samples] };
}

// ---------------------------------------------------------------------------------------------
// Packaging and installing

/**
 * Contract Guard's .vsix, built by vsce (whose vscode:prepublish is the production build). The
 * build writes dist/; whatever dist/ held before (usually the development build the tests use) is
 * put back afterwards.
 */
function packageOurs(out: string): void {
  const dist = path.join(REPO_ROOT, 'dist');
  const saved = path.join(WORK, 'dist-before');
  fs.rmSync(saved, { recursive: true, force: true });
  const hadDist = fs.existsSync(dist);
  if (hadDist) {
    fs.cpSync(dist, saved, { recursive: true });
  }
  try {
    execFileSync(VSCE, ['package', '--no-dependencies', '--no-rewrite-relative-links', '-o', out], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
    if (hadDist) {
      fs.cpSync(saved, dist, { recursive: true });
      fs.rmSync(saved, { recursive: true, force: true });
    }
  }
}

function packageBenchExtension(name: string, out: string): void {
  execFileSync(VSCE, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', out], {
    cwd: path.join(REPO_ROOT, 'bench', 'extensions', name),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** An extensions folder holding the three extensions, installed as a user installs them. */
function installExtensions(log: (line: string) => void): string {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  const vsixes = [
    path.join(WORK, 'contract-guard.vsix'),
    path.join(WORK, 'minimal.vsix'),
    path.join(WORK, 'static-webview.vsix'),
  ];
  log('packaging Contract Guard (production build) and the two bench extensions…');
  packageOurs(vsixes[0]!);
  packageBenchExtension('minimal', vsixes[1]!);
  packageBenchExtension('static-webview', vsixes[2]!);
  const extensionsDir = path.join(WORK, 'extensions');
  execFileSync(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      '--user-data-dir',
      path.join(WORK, 'install-user'),
      '--extensions-dir',
      extensionsDir,
      ...vsixes.flatMap((v) => ['--install-extension', v]),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return extensionsDir;
}

// ---------------------------------------------------------------------------------------------
// Workbench windows

/** A fresh code-server (fresh user data, so a fresh extension host) and a fresh window on `folder`. */
async function openWindow(browser: Browser, extensionsDir: string, folder: string, name: string, height: number): Promise<OpenWorkbench> {
  const dataDir = path.join(WORK, `${name}-data`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  return openWorkbench(folder, PINNED_CLOCK_ENV, { extensionsDir, dataDir, height, browser });
}

/** Types a command's title into the palette and waits until it is the one Enter would run. */
async function choose(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor({ timeout: 30_000 });
}

async function runCommand(page: Page, title: string): Promise<void> {
  await choose(page, title);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

// ---------------------------------------------------------------------------------------------
// Figure 5: activation

const ACTIVATION_RUNS = 11;

/**
 * The activation time of an extension as "Developer: Show Running Extensions" shows it:
 * "Startup Activation: N ms" (or "Activation: N ms"), where N is the extension host's
 * codeLoadingTime + activateCallTime for that extension (the runtime extensions editor of VS Code
 * 1.100 adds exactly those two).
 */
async function runningExtensionTimes(page: Page, names: readonly string[]): Promise<number[]> {
  await runCommand(page, 'Developer: Show Running Extensions');
  const editor = page.locator('.runtime-extensions-editor');
  await editor.waitFor({ timeout: 30_000 });
  const times: number[] = [];
  for (const name of names) {
    const row = editor.locator('.monaco-list-row', { has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });
    const until = Date.now() + 30_000;
    for (;;) {
      const text = (await row.locator('.activation-time').first().innerText({ timeout: 30_000 })).trim();
      const match = /Activation: (\d+)ms$/.exec(text);
      if (match) {
        times.push(Number(match[1]));
        break;
      }
      if (Date.now() > until) {
        throw new Error(`${name} did not finish activating: "${text}"`);
      }
      await page.waitForTimeout(200);
    }
  }
  return times;
}

async function measureActivation(
  browser: Browser,
  extensionsDir: string,
  runs: number,
  log: (line: string) => void,
): Promise<HostFigures['activation']> {
  const folder = path.join(WORK, 'demo');
  fs.cpSync(path.join(REPO_ROOT, 'demo'), folder, { recursive: true });
  const ours: number[] = [];
  const minimal: number[] = [];
  for (let run = -1; run < runs; run++) {
    // A tall window: the editor lists every running extension, slowest first, in a virtual list.
    const window = await openWindow(browser, extensionsDir, folder, `activation-${run + 1}`, 1600);
    try {
      const [o, m] = await runningExtensionTimes(window.page, [OURS_NAME, MINIMAL_NAME]);
      log(`  activation ${run < 0 ? 'warm-up' : `run ${run + 1}`}: Contract Guard ${o} ms, minimal ${m} ms`);
      if (run >= 0) {
        ours.push(o!);
        minimal.push(m!);
      }
    } finally {
      await window.close();
    }
  }
  return {
    ours: summarizeRuns(ours),
    minimal: summarizeRuns(minimal),
    what:
      'codeLoadingTime + activateCallTime (ms) of each extension as VS Code reports it in "Developer: Show Running Extensions" ' +
      '(the extension host times loading the main module and the synchronous activate() call; an async activate()’s later work is not included). ' +
      'Both extensions installed from .vsix (Contract Guard’s production build), activated by workspaceContains:contracts.json in the same window on the demo workspace; a fresh code-server and window for each run.',
  };
}

// ---------------------------------------------------------------------------------------------
// Figure 8: the checklist of a contract with 500 log entries

/** ISO instant in Japan time (the demo's zone), e.g. 2026-11-20T10:00:00+09:00. */
function jst(ms: number): string {
  return `${new Date(ms + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
}

/** The demo plus one contract in progress with 500 log entries (valid against src/core/schema.ts). */
function bigContractWorkspace(): string {
  const folder = path.join(WORK, 'checklist');
  fs.cpSync(path.join(REPO_ROOT, 'demo'), folder, { recursive: true });
  const last = Date.parse('2026-11-20T10:00:00+09:00');
  const summaries = [
    '構成案を提出しました',
    '本文の確認をお願いしました',
    '修正点のご連絡をいただきました',
    '納期について相談',
    '仮払いのお礼',
    '検収のお願い',
  ];
  const contacts = Array.from({ length: BIG_LOG_ENTRIES }, (_, k) => ({
    at: jst(last - (BIG_LOG_ENTRIES - 1 - k) * 16 * 3_600_000),
    direction: k % 3 === 1 ? 'received' : 'sent',
    channel: 'platformMessage',
    summary: `${summaries[k % summaries.length]}（${k + 1}回目）`,
  }));
  const contract = {
    id: BIG_CONTRACT_ID,
    title: BIG_CONTRACT_TITLE,
    platform: 'crowdworks',
    client: { name: '株式会社ベンチマーク', identityVerified: true, rating: 4.8 },
    stage: 'escrowFunded',
    amount: 120000,
    currency: 'JPY',
    deadline: '2026-12-20',
    stageDates: { applied: '2025-12-01', contracted: '2025-12-05', escrowFunded: '2025-12-06' },
    contacts,
  };
  const file = path.join(folder, 'contracts.json');
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes('"contracts": [')) {
    throw new Error('demo/contracts.json has no "contracts": [ to add the bench contract to');
  }
  fs.writeFileSync(file, text.replace('"contracts": [', `"contracts": [\n    ${JSON.stringify(contract)},`));
  writeStaticPage(folder, '');
  return folder;
}

function writeStaticPage(folder: string, html: string): void {
  fs.mkdirSync(path.join(folder, '.hostbench'), { recursive: true });
  fs.writeFileSync(
    path.join(folder, '.hostbench', 'static-page.json'),
    JSON.stringify({ contractId: BIG_CONTRACT_ID, title: BIG_CONTRACT_TITLE, html }),
  );
}

/** What our rendered page holds, to build the static page and the "visible" condition from. */
interface Captured {
  readonly appTextLength: number;
  readonly entries: number;
  readonly appHtml: string;
  readonly documentBytes: number;
}

async function captureOurs(page: Page, timeoutMs: number): Promise<Captured> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const found = await frame
        .evaluate((title) => {
          const doc = (globalThis as unknown as { document: DocumentLike }).document;
          const app = doc.getElementById('app');
          const h1 = app?.querySelector('h1');
          if (!app || !h1 || h1.textContent !== title) {
            return undefined;
          }
          return {
            appTextLength: (app.textContent ?? '').length,
            entries: app.querySelectorAll('ul.timeline > li').length,
            appHtml: app.outerHTML,
            documentBytes: new TextEncoder().encode(doc.documentElement.outerHTML).length,
          };
        }, BIG_CONTRACT_TITLE)
        .catch(() => undefined);
      if (found && found.entries > 0) {
        return found;
      }
    }
    if (Date.now() > until) {
      await page.screenshot({ path: path.join(WORK, 'checklist-not-shown.png') });
      throw new Error(`the checklist of the bench contract did not show (screenshot in ${WORK}/checklist-not-shown.png)`);
    }
    await page.waitForTimeout(200);
  }
}

/** Just enough of the DOM for captureOurs, which runs in the page (the bench's lib has no DOM types). */
interface ElementLike {
  textContent: string | null;
  outerHTML: string;
  querySelector(s: string): ElementLike | null;
  querySelectorAll(s: string): { length: number };
}
interface DocumentLike {
  getElementById(id: string): ElementLike | null;
  documentElement: ElementLike;
}

/** A static page with our rendered content and stylesheet, no script. */
function staticHtml(captured: Captured): string {
  const css = fs.readFileSync(path.join(REPO_ROOT, 'media', 'checklist.css'), 'utf8');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>
${css}
</style>
<title>Contract Guard (static)</title>
</head>
<body>
${captured.appHtml}
</body>
</html>`;
}

/**
 * Polls every frame until one's #app holds at least `textLength` characters of text, and returns the
 * wall-clock time (performance.timeOrigin + now(), comparable across Chromium's processes) at which
 * that frame saw it. Each poll is one evaluate per frame, a few ms: the mark is late by at most one
 * round of polls, the same on both sides of the figure. (A probe installed in the frames beforehand
 * did not survive VS Code writing the page into its frame, so the bench looks from outside.)
 */
async function visibleAt(page: Page, textLength: number): Promise<number> {
  const until = Date.now() + 30_000;
  for (;;) {
    for (const frame of page.frames()) {
      const at = await frame
        .evaluate((n) => {
          const doc = (globalThis as unknown as { document: DocumentLike }).document;
          const app = doc.getElementById('app');
          return app && (app.textContent ?? '').length >= n ? performance.timeOrigin + performance.now() : undefined;
        }, textLength)
        .catch(() => undefined);
      if (typeof at === 'number') {
        return at;
      }
    }
    if (Date.now() > until) {
      await page.screenshot({ path: path.join(WORK, 'not-visible.png') });
      throw new Error(`the page never became visible (screenshot in ${WORK}/not-visible.png)`);
    }
  }
}

/** Runs a palette command and returns the ms from its Enter to the whole page visible in the webview. */
async function timedOpen(page: Page, title: string, textLength: number): Promise<number> {
  await choose(page, title);
  await page.evaluate(() => {
    const w = globalThis as unknown as {
      __hbEnterAt?: number;
      addEventListener(type: string, f: (e: { key: string }) => void, capture: boolean): void;
    };
    w.__hbEnterAt = undefined;
    const listen = (e: { key: string }): void => {
      if (e.key === 'Enter' && w.__hbEnterAt === undefined) {
        w.__hbEnterAt = performance.timeOrigin + performance.now();
      }
    };
    w.addEventListener('keydown', listen, true);
  });
  await page.keyboard.press('Enter');
  const end = await visibleAt(page, textLength);
  const start = await page.evaluate(() => (globalThis as unknown as { __hbEnterAt?: number }).__hbEnterAt);
  if (typeof start !== 'number') {
    throw new Error('the Enter key was not seen');
  }
  return end - start;
}

async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await page.locator('iframe.webview').first().waitFor({ state: 'detached', timeout: 15_000 });
  // A webview opened right after another closed sometimes hangs in a browser (see checklistPanel.ts).
  await page.waitForTimeout(1000);
}

const OPEN_OURS = 'Hostbench: Open Contract Guard Checklist';
const OPEN_STATIC = 'Hostbench: Open Static Page';

async function measureChecklistOpen(
  browser: Browser,
  extensionsDir: string,
  runs: number,
  log: (line: string) => void,
): Promise<HostFigures['checklistOpen']> {
  const folder = bigContractWorkspace();
  const window = await openWindow(browser, extensionsDir, folder, 'checklist', 860);
  const { page } = window;
  try {
    // Contract Guard's view appears once it has activated and read the file.
    await page.locator('.activitybar .action-item [aria-label^="Contract Guard"]').first().waitFor({ timeout: 60_000 });
    // Warm-up of ours, untimed: its rendered page is what the static page is made of.
    // Now and then the first palette run opens nothing (no panel, no message): the warm-up tries again.
    let captured: Captured | undefined;
    for (let attempt = 1; !captured; attempt++) {
      await runCommand(page, OPEN_OURS);
      try {
        captured = await captureOurs(page, attempt < 3 ? 15_000 : 60_000);
      } catch (error) {
        if (attempt >= 3) {
          throw error;
        }
        log(`  checklist warm-up: nothing showed after attempt ${attempt}, trying again`);
      }
    }
    const html = staticHtml(captured);
    writeStaticPage(folder, html);
    log(
      `  checklist: ${captured.entries} log entries shown, rendered page ${(captured.documentBytes / 1024).toFixed(0)} KB, static page ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`,
    );
    await closeAllEditors(page);
    // Warm-up of the static page (it reads the page written above), untimed.
    await runCommand(page, OPEN_STATIC);
    await visibleAt(page, captured.appTextLength);
    await closeAllEditors(page);
    const ours: number[] = [];
    const staticPage: number[] = [];
    for (let run = 0; run < runs; run++) {
      // ABBA order, so neither side always goes first after a close.
      const order = run % 2 === 0 ? ([OPEN_OURS, OPEN_STATIC] as const) : ([OPEN_STATIC, OPEN_OURS] as const);
      for (const title of order) {
        const ms = await timedOpen(page, title, captured.appTextLength);
        (title === OPEN_OURS ? ours : staticPage).push(ms);
        log(`  checklist run ${run + 1}: ${title === OPEN_OURS ? 'Contract Guard' : 'static page'} ${ms.toFixed(1)} ms`);
        await closeAllEditors(page);
      }
    }
    return {
      ours: summarizeRuns(ours),
      staticPage: summarizeRuns(staticPage),
      what:
        'From the Enter key on the palette command (a bench command that runs contractGuard.openChecklist on the contract, or one that opens a webview panel with the static page) ' +
        'to the moment the webview’s frame, polled by Playwright, holds the whole page (#app with all of the text of our rendered checklist); both ends are wall-clock times taken in the page and the webview frame. ' +
        'One window, after one untimed warm-up of each, the editors closed between runs, the two sides alternated.',
      logEntries: BIG_LOG_ENTRIES,
      shownEntries: captured.entries,
      oursRenderedBytes: captured.documentBytes,
      staticPageBytes: Buffer.byteLength(html),
    };
  } finally {
    await window.close();
  }
}

// ---------------------------------------------------------------------------------------------

export async function measureHostFigures(options: HostFigureOptions = {}): Promise<HostFigures> {
  const runs = Math.max(5, options.runs ?? 5);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  ensureCodeServer();
  const extensionsDir = installExtensions(log);
  const browser = await launchBrowser();
  try {
    log('figure 5: activation, a fresh window for each run…');
    // Activation varies from one window to the next by more than the target (30–80 ms for the same
    // build), so its median is taken over more windows than the other figures' 5.
    const activation = await measureActivation(browser, extensionsDir, Math.max(runs, ACTIVATION_RUNS), log);
    log('figure 8: opening the checklist of a contract with 500 log entries…');
    const checklistOpen = await measureChecklistOpen(browser, extensionsDir, runs, log);
    return {
      activation,
      checklistOpen,
      host: `code-server ${process.env.CODE_SERVER_VERSION ?? '4.100.3'} + headless Chromium (Playwright)`,
    };
  } finally {
    await browser.close();
  }
}
