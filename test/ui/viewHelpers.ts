import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import { openWorkbench, SCREENSHOT_DIR, type OpenWorkbench } from '../host/workbench';
import { PINNED_CLOCK_ENV } from '../host/workspaces';

/** Reading and driving the Contracts view the way a person does: by what is on screen. */

/** A row of the Contracts view as a person sees it: its indentation level and text. */
export interface VisibleRow {
  readonly level: number;
  readonly label: string;
  readonly description: string;
}

export function contractsPane(page: Page): Locator {
  return page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /Contracts/i }) });
}

export async function visibleRows(page: Page, pane: Locator = contractsPane(page)): Promise<VisibleRow[]> {
  // Read in one go inside the page: row by row, a row the list re-rendered meanwhile was waited for
  // until the timeout (seen while the view regrouped on a busy machine).
  type Row = { getAttribute(n: string): string | null; querySelector(s: string): { textContent: string | null } | null };
  return pane.locator('.monaco-list-row').evaluateAll((rows) =>
    (rows as unknown as Row[]).map((row) => ({
      level: Number(row.getAttribute('aria-level')),
      label: (row.querySelector('.label-name')?.textContent ?? '').trim(),
      description: (row.querySelector('.label-description')?.textContent ?? '').trim(),
    })),
  );
}

/** Which top-level group a row with `title` sits under, reading the list top to bottom. */
export function groupOf(rows: readonly VisibleRow[], title: string): string | undefined {
  let group: string | undefined;
  for (const row of rows) {
    if (row.level === 1) {
      group = row.label;
    } else if (row.level === 2 && row.label === title) {
      return group;
    }
  }
  return undefined;
}

/**
 * Every screenshot goes to test-results/ to be looked at; with UPDATE_SCREENSHOTS=1 it also
 * replaces the copy in media/ that the README shows.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(SCREENSHOT_DIR, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  if (process.env.UPDATE_SCREENSHOTS === '1' && fs.existsSync(path.join(REPO_ROOT, 'media', name))) {
    fs.copyFileSync(path.join(SCREENSHOT_DIR, name), path.join(REPO_ROOT, 'media', name));
  }
}

/**
 * Opens Contract Guard from the activity bar. The click goes to the icon's whole item: its badge sits
 * over the icon, and a click aimed at the icon alone can land on the badge while the bar still moves.
 */
export async function openContractGuard(page: Page): Promise<void> {
  await page.locator('.activitybar .action-item', { has: page.locator('[aria-label^="Contract Guard"]') }).first().click();
}

/**
 * A window on `workspace` (the clock pinned) with the Contracts view open and showing `row`, and the
 * side bar `width` wide when given. `prepare` runs before the view opens (a permission, a dialog
 * handler). A window that fails on the way is closed here, since its suite never gets it to close.
 */
export async function openOnRow(
  workspace: string,
  row: string,
  options: { readonly width?: number; readonly prepare?: (page: Page) => Promise<void> | void } = {},
): Promise<OpenWorkbench> {
  const wb = await openWorkbench(workspace, PINNED_CLOCK_ENV);
  try {
    await options.prepare?.(wb.page);
    await openContractGuard(wb.page);
    await contractsPane(wb.page).locator('.monaco-list-row', { hasText: row }).waitFor({ timeout: 60_000 });
    if (options.width !== undefined) {
      await widenSideBar(wb.page, options.width);
    }
    return wb;
  } catch (error) {
    await wb.close();
    throw error;
  }
}

/** Drags the side bar's edge so titles and descriptions fit, as a person would. */
export async function widenSideBar(page: Page, width: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) {
    return;
  }
  const edge = box.x + box.width;
  await page.mouse.move(edge, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + width, box.y + 200, { steps: 5 });
  await page.mouse.up();
}

export async function eventually<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The frame of the checklist's page (inside the webview's two iframes) once it shows `title`. */
export async function checklistFrame(page: Page, title: string): Promise<Frame> {
  return eventually(
    `the checklist of ${title}`,
    async () => {
      for (const frame of page.frames()) {
        // Webview frames come and go while a panel loads; a detached one is simply skipped.
        const heading = await frame
          .locator('#app h1')
          .first()
          .innerText({ timeout: 500 })
          .catch(() => undefined);
        if (heading === title) {
          return frame;
        }
      }
      return undefined;
    },
    30_000,
  );
}

/** The text of the editors on screen as a person reads it (monaco draws spaces as U+00A0), line by line from the top. */
export async function editorText(page: Page): Promise<string> {
  const lines = page.locator('.editor-instance .monaco-editor .view-lines .view-line');
  const texts = await lines.allInnerTexts();
  const tops = await lines.evaluateAll((els) => els.map((el) => parseFloat((el as unknown as { style: { top: string } }).style.top)));
  return texts
    .map((t, i) => ({ t: t.replace(/\u00a0/g, ' '), top: tops[i] ?? 0 }))
    .sort((a, b) => a.top - b.top)
    .map((l) => l.t)
    .join('\n');
}
