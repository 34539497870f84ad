import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import { changedOnDisk } from '../host/diskWrites';
import { openWorkbench, type OpenWorkbench } from '../host/workbench';
import { freshCopy, PINNED_CLOCK_ENV } from '../host/workspaces';
import { contractsPane, groupOf, openContractGuard, shoot, visibleRows, widenSideBar } from './viewHelpers';

const LAST_YEAR = '地方移住インタビュー記事 3本';

/** In the page (Playwright sends its source, so it uses nothing from this file). */
type PageNode = { nodeType: number; matches(s: string): boolean; querySelectorAll(s: string): ArrayLike<PageNode>; shadowRoot: PageNode | null };
type MenuCounter = {
  __menus?: number;
  document: PageNode & { body: PageNode };
  MutationObserver: new (cb: (records: { addedNodes: ArrayLike<PageNode> }[]) => void) => { observe(node: PageNode, options: object): void };
};
/**
 * Counts, from now on, every menu VS Code opens. Its menus render inside the shadow root of the
 * workbench's context view, which lasts as long as the window, so that root is watched too.
 */
const countMenus = (): void => {
  const w = globalThis as unknown as MenuCounter;
  w.__menus = 0;
  const observer = new w.MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1) {
          w.__menus = (w.__menus ?? 0) + (node.matches('.monaco-menu') ? 1 : 0) + node.querySelectorAll('.monaco-menu').length;
        }
      }
    }
  });
  const roots = [w.document.body, ...Array.from(w.document.querySelectorAll('.shadow-root-host')).flatMap((h) => (h.shadowRoot ? [h.shadowRoot] : []))];
  for (const root of roots) {
    observer.observe(root, { childList: true, subtree: true });
  }
};
const menusOpened = (): number => (globalThis as unknown as MenuCounter).__menus ?? -1;

describe('Archive Closed Contracts in the browser (code-server + Chromium)', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;
  let workspace: string;

  before(async () => {
    workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'ui-archive');
    wb = await openWorkbench(workspace, PINNED_CLOCK_ENV);
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  it('archives last year’s closed contract from the palette, after asking the age and confirming', async () => {
    await openContractGuard(page);
    const pane = contractsPane(page);
    await pane.locator('.monaco-list-row', { hasText: LAST_YEAR }).waitFor({ timeout: 60_000 });
    await widenSideBar(page, 560);
    assert.equal(groupOf(await visibleRows(page), LAST_YEAR), 'Closed');
    const before = fs.readFileSync(path.join(workspace, 'contracts.json'), 'utf8');

    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Contract Guard: Archive Closed Contracts');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Archive Closed Contracts' }).first().waitFor();
    await input.press('Enter');
    // Each age says how many contracts it would move: only last year's is older than 6 months.
    const sixMonths = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Older than 6 months' });
    await sixMonths.waitFor();
    assert.match(await sixMonths.innerText(), /1 contract\(s\)/);
    await sixMonths.click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(
      await dialog.innerText(),
      /Move 1 finished contract\(s\) out of contracts\.json\?[\s\S]*contracts-archive-2025\.json: 1/,
    );
    await dialog.locator('.monaco-button', { hasText: /^Archive$/ }).click();

    await pane.locator('.monaco-list-row', { hasText: LAST_YEAR }).waitFor({ state: 'detached' });
    // Two files are written, one after the other: wait for each to hold its finished text.
    const archive = await changedOnDisk(path.join(workspace, 'contracts-archive-2025.json'), '', 'the archive file');
    assert.match(archive, /\/\/ 報酬受け取り済み。リピートの打診あり/);
    const contracts = await changedOnDisk(path.join(workspace, 'contracts.json'), before, 'the contracts file without it');
    assert.ok(!contracts.includes('lc-2025-011'));
  });

  it('lists it again, apart and read-only, with Show Archived', async () => {
    const pane = contractsPane(page);
    // With one view in the container, its title-bar buttons sit in the side bar's title.
    await page.locator('.part.sidebar').hover();
    await page.locator('.part.sidebar .action-label[aria-label="Show Archived Contracts"]').first().click();
    const row = pane.locator('.monaco-list-row', { hasText: LAST_YEAR });
    await row.waitFor();
    assert.equal(groupOf(await visibleRows(page), LAST_YEAR), 'Archived');
    assert.match(await row.innerText(), /Closed · 2025-07-01 · contracts-archive-2025\.json/);
    await page.locator('.part.sidebar .action-label[aria-label="Hide Archived Contracts"]').first().waitFor({ state: 'attached' });
    await shoot(page, 'archived-view.png');
    // Read-only: its context menu offers none of the contract commands, so VS Code opens none. That
    // is checked without waiting on a quiet moment: a right-click on the archived row, then one on a
    // contract in progress. The page handles them in order, so once the second row's menu shows, any
    // menu for the archived row would already have opened; the page counts every menu that opens.
    const active = pane.locator('.monaco-list-row[aria-level="2"]').filter({ hasNotText: LAST_YEAR }).first();
    await page.evaluate(countMenus);
    await row.click({ button: 'right' });
    await active.click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor();
    assert.match(await menu.innerText(), /Log Message Sent/);
    assert.equal(await page.evaluate(menusOpened), 1, 'only the contract in progress opened a menu');
    await page.keyboard.press('Escape');
    // And no inline button either, while a contract in progress has them.
    assert.ok((await active.locator('.actions .action-label').count()) > 0, 'a contract in progress has inline buttons');
    assert.equal(await row.locator('.actions .action-label').count(), 0, 'the archived one has none');
    await page.keyboard.press('Escape');
  });
});
